using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Architecture;

public class ModuleDependencyTests
{
    private const string Rules = """
        [modules features]
        namespaces = Shop.Features.{module}.**
        may_use    = Common
        because    = features ship independently
        """;

    private const string Features = """
        namespace Shop.Features.Catalog { public class Product { public static Product Find(int id) => new Product(); } }
        namespace Shop.Features.Common { public class Money { } }
        namespace Shop.Features.Ordering.Internal { public class Basket { } }
        """;

    [Fact]
    public Task A_module_may_use_itself_and_the_shared_modules_but_no_other()
    {
        var ordering = """
            namespace Shop.Features.Ordering;

            public class Order
            {
                public Shop.Features.Common.Money? Total;
                public Shop.Features.Ordering.Internal.Basket? Basket;
                public Shop.Features.Catalog.{|#0:Product|}? Product = Shop.Features.Catalog.{|HAR1002:Product|}.Find(1);
            }
            """;
        var test = RulesTest.Create(Rules, Features, ordering);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR1002").AtMarker(0).WithMessage(
            "'Shop.Features.Ordering.Order' (module Ordering) uses 'Shop.Features.Catalog.Product' (module Catalog); the modules of features are independent, except Common (harness.rules, modules features): features ship independently"));
        return test.RunAsync();
    }

    [Fact]
    public Task Code_outside_the_modules_is_free_to_use_them()
    {
        var host = """
            namespace Shop.Host;

            public class Startup { public Shop.Features.Catalog.Product? P; public Shop.Features.Ordering.Internal.Basket? B; }
            """;
        return RulesTest.Create(Rules, Features, host).RunAsync();
    }

    [Fact]
    public Task Modules_and_layers_are_judged_together()
    {
        var rules = Rules + """


            [layer features]
            namespaces = Shop.Features.**
            may_use    = nothing

            [layer data]
            namespaces = Shop.Data.**
            """;
        var code = """
            namespace Shop.Data { public class Db { } }
            namespace Shop.Features.Ordering
            {
                public class Order { public Shop.Data.{|HAR1001:Db|}? Db; public Shop.Features.Catalog.{|HAR1002:Product|}? P; }
            }
            """;
        return RulesTest.Create(rules, Features, code).RunAsync();
    }
}
