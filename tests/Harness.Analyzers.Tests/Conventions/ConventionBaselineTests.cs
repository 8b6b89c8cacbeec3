using System.Threading.Tasks;
using Harness.Analyzers.Baseline;
using Harness.Analyzers.Conventions;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Conventions;

/// <summary>Convention findings carry a line-free baseline key: accepted ones are suppressed, fixed ones make their entry stale.</summary>
public class ConventionBaselineTests
{
    private const string Rules = """
        [convention repositories]
        where_implements = **.IRepository
        name             = *Repository
        modifiers        = sealed
        """;

    [Fact]
    public Task Accepted_findings_are_suppressed_new_ones_reported_and_an_entry_matching_nothing_is_stale()
    {
        var test = new AnalyzerTest(new ConventionsAnalyzer(), new MalformedBaselineEntryAnalyzer(), new BaselineSuppressor());
        test.AdditionalFiles.Add(("/repo/harness.rules", Rules));
        test.AdditionalFiles.Add(("/repo/harness.baseline", """
            HAR3001 | TestProject | src/File0.cs | T:Shop.Orders -> Orders | 1
            HAR3003 | TestProject | src/File0.cs | T:Shop.Orders -> Orders | 1
            {|#0:HAR3003 | TestProject | src/File0.cs | T:Shop.Gone -> Gone | 1|}
            """));
        test.Sources.Add(("/repo/src/File0.cs", """
            namespace Shop
            {
                public interface IRepository { }

                // moved down and reformatted since the baseline was taken
                public   class Orders : IRepository { }
                public sealed class {|HAR3001:Customers|} : IRepository { }
            }
            """));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic(DiagnosticIds.StaleBaselineEntry).AtMarker(0));
        return test.RunAsync();
    }
}
