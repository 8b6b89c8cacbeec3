using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Harness.Analyzers.Tests.Conventions;

/// <summary>
/// Which types are judged, and where: partial types once at their first declaration, nested types, generic
/// definitions, types of referenced projects as base and interface targets, code that does not compile, generated
/// code and top-level statements.
/// </summary>
public class ConventionScopeTests
{
    private const string Repositories = """
        [convention repositories]
        where_implements = **.IRepository
        name             = *Repository
        modifiers        = sealed
        """;

    [Fact]
    public Task A_partial_type_is_reported_once_at_its_first_declaration_in_file_path_then_source_order()
    {
        var test = ConventionsTest.Reporting("HAR3003", Repositories);
        test.Sources.Add(("/repo/src/B.cs", "namespace Shop { public partial class Orders : IRepository { } public interface IRepository { } }"));
        test.Sources.Add(("/repo/src/A.cs", "namespace Shop { public partial class {|HAR3001:[|Orders|]|} { } public partial class Orders { } }"));
        return test.RunAsync();
    }

    [Fact]
    public Task Nested_and_generic_types_are_judged_and_named_with_their_containing_types_and_type_parameters()
    {
        var code = """
            namespace Shop
            {
                public interface IRepository<T> { }
                public static class Stores
                {
                    public sealed class {|#0:Orders|}<T> : IRepository<T> { }
                    public sealed class OrderRepository : IRepository<int> { }
                    private sealed class Inner { public sealed class {|#1:Deepest|} : IRepository<string> { } }
                }
            }
            """;
        var test = ConventionsTest.Create(Repositories, code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR3001").AtMarker(0)
            .WithMessage("'Shop.Stores.Orders<T>' is named Orders; convention repositories requires a name like *Repository (harness.rules, convention repositories)"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR3001").AtMarker(1)
            .WithMessage("'Shop.Stores.Inner.Deepest' is named Deepest; convention repositories requires a name like *Repository (harness.rules, convention repositories)"));
        return test.RunAsync();
    }

    [Fact]
    public Task Nested_interfaces_and_base_classes_match_by_their_full_name_with_containing_types()
    {
        var rules = """
            [convention handlers]
            where_implements = Shop.Messaging.Bus.IHandler
            name             = *Handler
            """;
        var code = """
            namespace Shop.Messaging { public static class Bus { public interface IHandler<T> { } } }
            namespace Shop.Application { public sealed class [|PlaceOrder|] : Shop.Messaging.Bus.IHandler<int> { } }
            """;
        return ConventionsTest.Create(rules, code).RunAsync();
    }

    [Fact]
    public Task Interfaces_base_classes_and_attributes_of_a_referenced_project_select_the_types_of_this_one()
    {
        var rules = """
            [layer infrastructure]
            assemblies = Shop.Data

            [convention repositories]
            where_implements = **.IRepository
            name             = *Repository

            [convention entities]
            where_inherits  = Shop.Data.EntityBase
            where_attribute = Shop.Data.Table
            layer           = infrastructure
            """;
        var test = ConventionsTest.Create(rules, """
            namespace Shop.App
            {
                public sealed class [|Orders|] : Shop.Data.RepositoryBase<int> { }
                public sealed class Customers : Shop.Data.EntityBase { }
                [Shop.Data.Table] public sealed class {|HAR3002:Invoice|} : Shop.Data.EntityBase { }
            }
            """);
        test.ReferencedProjects.Add(("Shop.Data", new[]
        {
            """
            namespace Shop.Data
            {
                public interface IRepository<T> { }
                public abstract class RepositoryBase<T> : IRepository<T> { }
                public abstract class EntityBase { }
                [System.AttributeUsage(System.AttributeTargets.Class)] public sealed class TableAttribute : System.Attribute { }
            }
            """,
        }));
        return test.RunAsync();
    }

    [Fact]
    public Task Code_with_compile_errors_is_judged_as_far_as_it_binds_and_never_crashes()
    {
        var code = """
            namespace Shop
            {
                public interface IRepository { }
                public class [|Orders|] : IRepository, IMissing { }
                public class [|Broken|] : Missing, IRepository { void M() { this is } }
                public class [|Half|]<T> : IRepository where T : Unknown { }
                [Nowhere] public class NoAttribute : Missing { }
                public class [|Unfinished|] : IRepository
            """;
        var test = ConventionsTest.Create("""
            [convention repositories]
            where_implements = **.IRepository
            name             = *Repository

            [convention attributed]
            where_attribute = Nowhere
            name            = Never*

            [convention derived]
            where_inherits = Missing
            name           = Never*
            """, code);
        test.AllowCompilerErrors = true;
        return test.RunAsync();
    }

    [Fact]
    public Task Generated_code_types_marked_GeneratedCode_and_top_level_statements_are_not_judged_but_a_declared_part_of_Program_is()
    {
        var rules = """
            [convention everything]
            where_namespace = **
            name            = Never*
            """;
        var test = ConventionsTest.Create(rules, "System.Console.WriteLine();", "namespace Shop { public class [|Order|] { } }", "public partial class [|Program|] { }");
        test.Sources.Add(("/repo/src/Model.g.cs", "// <auto-generated/>\nnamespace Shop { public class Generated { } }"));
        test.Sources.Add(("/repo/src/Tool.cs", "namespace Shop { [System.CodeDom.Compiler.GeneratedCode(\"tool\", \"1.0\")] public class Marked { public class Inner { } } [System.Obsolete] public class [|Attributed|] { } }"));
        test.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }
}
