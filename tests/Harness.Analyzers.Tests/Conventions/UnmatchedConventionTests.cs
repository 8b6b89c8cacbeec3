using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Conventions;

/// <summary>A convention that selects no type the compilation can see joins HAR1005's build-time check.</summary>
public class UnmatchedConventionTests
{
    private const string Rules = """
        [convention repositories]
        where_implements = **.IRepository
        name             = *Repository

        {|#0:[convention ghosts]|}
        where_name = *Ghost
        name       = Never*

        [convention referenced]
        where_inherits = Shop.Data.EntityBase
        name           = *Entity
        """;

    private const string Code = """
        namespace Shop { public interface IRepository { } public sealed class OrderRepository : IRepository { } }
        """;

    [Fact]
    public Task Is_off_by_default() =>
        WithReference(ConventionsTest.Create(Rules.Replace("{|#0:", string.Empty).Replace("|}", string.Empty), Code)).RunAsync();

    [Fact]
    public Task When_raised_a_convention_that_selects_no_type_of_the_source_or_the_references_is_reported_at_its_header()
    {
        var test = WithReference(ConventionsTest.Create(Rules, Code)).WithUnmatchedRuleOn();
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR1005").AtMarker(0)
            .WithMessage("[convention ghosts] matches nothing this compilation can see, so the rule passes vacuously"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_convention_that_selects_only_types_of_a_referenced_project_is_not_reported()
    {
        var test = ConventionsTest.Create("[convention entities]\nwhere_inherits = Shop.Data.EntityBase\nname = *Entity\n", "namespace Shop { public class Order { } }");
        return WithReference(test).WithUnmatchedRuleOn().RunAsync();
    }

    private static AnalyzerTest WithReference(AnalyzerTest test)
    {
        test.ReferencedProjects.Add(("Shop.Data", new[] { "namespace Shop.Data { public abstract class EntityBase { } public sealed class OrderEntity : EntityBase { } }" }));
        return test;
    }
}
