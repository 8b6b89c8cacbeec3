using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Architecture;

public class LayerCycleTests
{
    private const string Rules = """
        [layer orders]
        namespaces = Shop.Orders.**

        [layer billing]
        namespaces = Shop.Billing.**

        [layer shipping]
        namespaces = Shop.Shipping.**
        may_use    = orders
        """;

    [Fact]
    public Task Layers_whose_code_uses_each_other_form_a_cycle_reported_at_its_first_use()
    {
        var orders = "namespace Shop.Orders { public class Order { public Shop.Billing.{|#0:Invoice|}? Invoice; } }";
        var billing = "namespace Shop.Billing { public class Invoice { public Shop.Orders.{|#1:Order|}? Order; } }";
        var shipping = "namespace Shop.Shipping { public class Parcel { public Shop.Orders.Order? Order; } }";
        var test = RulesTest.Create(Rules, orders, billing, shipping);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR1004").AtMarker(0).WithAdditionalMarker(1)
            .WithMessage("Layers form a dependency cycle: orders -> billing -> orders"));
        return test.RunAsync();
    }

    [Fact]
    public Task One_way_use_is_no_cycle()
    {
        var orders = "namespace Shop.Orders { public class Order { public Shop.Billing.Invoice? Invoice; } }";
        var billing = "namespace Shop.Billing { public class Invoice { } }";
        return RulesTest.Create(Rules, orders, billing).RunAsync();
    }
}
