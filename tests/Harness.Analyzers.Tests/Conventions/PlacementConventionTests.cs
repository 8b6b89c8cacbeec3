using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Conventions;

/// <summary>HAR3002: the <c>layer</c> and <c>namespace</c> requirements, and the <c>where_layer</c> selector.</summary>
public class PlacementConventionTests
{
    [Fact]
    public Task A_type_outside_the_required_layer_is_reported_naming_its_layer_or_no_layer()
    {
        var rules = ConventionsTest.Layers + """
            [convention repositories]
            where_name = *Repository
            layer      = infrastructure
            because    = repositories are storage adapters
            """;
        var code = """
            namespace Shop.Infrastructure { public sealed class SqlOrderRepository { } }
            namespace Shop.Domain { public sealed class {|#0:OrderRepository|} { } }
            namespace Shop.Tools { public sealed class {|#1:FileRepository|} { } }
            """;
        var test = ConventionsTest.Reporting("HAR3002", rules, code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR3002").AtMarker(0)
            .WithMessage("'Shop.Domain.OrderRepository' is in layer domain; convention repositories requires layer infrastructure (harness.rules, convention repositories): repositories are storage adapters"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR3002").AtMarker(1)
            .WithMessage("'Shop.Tools.FileRepository' is in no layer; convention repositories requires layer infrastructure (harness.rules, convention repositories): repositories are storage adapters"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_type_outside_the_required_namespaces_is_reported_the_global_namespace_too()
    {
        var rules = """
            [convention controllers]
            where_name = *Controller
            namespace  = Shop.Web.**, Shop.Api
            """;
        var code = """
            namespace Shop.Web.Orders { public class OrdersController { } }
            namespace Shop.Api { public class HealthController { } }
            namespace Shop.Api.V2 { public class {|#0:UsersController|} { } }
            public class {|#1:RootController|} { }
            """;
        var test = ConventionsTest.Reporting("HAR3002", rules, code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR3002").AtMarker(0)
            .WithMessage("'Shop.Api.V2.UsersController' is in namespace Shop.Api.V2; convention controllers requires namespace Shop.Web.** or Shop.Api (harness.rules, convention controllers)"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR3002").AtMarker(1)
            .WithMessage("'RootController' is in the global namespace; convention controllers requires namespace Shop.Web.** or Shop.Api (harness.rules, convention controllers)"));
        return test.RunAsync();
    }

    [Fact]
    public Task Layer_and_namespace_are_two_requirements_each_reported()
    {
        var rules = ConventionsTest.Layers + """
            [convention handlers]
            where_name = *Handler
            layer      = application, infrastructure
            namespace  = **.Handlers
            """;
        var code = """
            namespace Shop.Application.Handlers { public sealed class PlaceOrderHandler { } }
            namespace Shop.Application { public sealed class [|CancelOrderHandler|] { } }
            namespace Shop.Domain.Handlers { public sealed class [|ShipOrderHandler|] { } }
            namespace Shop.Domain { public sealed class {|#0:PayOrderHandler|} { } }
            """;
        var test = ConventionsTest.Reporting("HAR3002", rules, code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR3002").AtMarker(0)
            .WithMessage("'Shop.Domain.PayOrderHandler' is in layer domain; convention handlers requires layer application or infrastructure (harness.rules, convention handlers)"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR3002").AtMarker(0)
            .WithMessage("'Shop.Domain.PayOrderHandler' is in namespace Shop.Domain; convention handlers requires namespace **.Handlers (harness.rules, convention handlers)"));
        return test.RunAsync();
    }

    [Fact]
    public Task Where_layer_selects_the_types_of_a_layer_placed_by_namespace_or_by_assembly()
    {
        var rules = """
            [layer domain]
            namespaces = Shop.Domain.**

            [layer host]
            assemblies = TestProject

            [convention domain-types]
            where_layer = domain, HOST
            where_kind  = class
            name        = Shop*
            """;
        var code = """
            namespace Shop.Domain { public class [|Order|] { } public class ShopOrder { } }
            namespace Elsewhere { public class [|Startup|] { } }
            """;
        return ConventionsTest.Create(rules, code).RunAsync();
    }

    [Fact]
    public Task The_message_names_the_file_of_the_key_that_was_broken()
    {
        var test = ConventionsTest.Reporting("HAR3002", "[convention repositories]\nnamespace = Shop.Data.**\n", "namespace Shop.Other { public class {|#0:OrderRepository|} { } }");
        test.AdditionalFiles.Add(("/packs/Team.harness.rules", "[convention repositories]\nwhere_name = *Repository\nnamespace = Shop.Infrastructure.**\nbecause = the pack says so\n"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR3002").AtMarker(0)
            .WithMessage("'Shop.Other.OrderRepository' is in namespace Shop.Other; convention repositories requires namespace Shop.Data.** (harness.rules, convention repositories): the pack says so"));
        return test.RunAsync();
    }
}
