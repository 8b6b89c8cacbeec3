using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Harness.Analyzers.Tests.Architecture;

public class LayerDependencyTests
{
    [Fact]
    public Task Every_kind_of_use_in_declarations_is_reported_at_the_name()
    {
        var domain = """
            using System.Collections.Generic;
            using {|HAR1001:Shop.Infrastructure|};

            namespace Shop.Domain;

            [{|HAR1001:Traced|}]
            public class Order : {|HAR1001:IStore|}
            {
                private {|HAR1001:SqlStore|}? _store;
                public {|HAR1001:Box|}<int>? Box;
                public List<{|HAR1001:SqlStore|}> Stores = new();

                public {|HAR1001:SqlStore|}? Store => _store;

                public void Attach({|HAR1001:SqlStore|} store) => _store = store;
            }

            public class Repository<T> where T : {|HAR1001:IStore|} { }

            public record Invoice({|HAR1001:SqlStore|} Store);
            """;
        return RulesTest.Create(RulesTest.Layers, RulesTest.Infrastructure, domain).RunAsync();
    }

    [Fact]
    public Task Every_kind_of_use_in_code_is_reported_at_the_name()
    {
        var domain = """
            using static {|HAR1001:Shop.Infrastructure.StoreExtensions|};

            namespace Shop.Domain
            {
                public class Order
                {
                    public async System.Threading.Tasks.Task<object?> UseAsync(object value)
                    {
                        var created = Shop.Infrastructure.{|HAR1001:SqlStore|}.Create();
                        created.{|HAR1001:Save|}();
                        var first = {|HAR1001:created[0]|};
                        Shop.Infrastructure.{|HAR1001:SqlStore|} typed = {|HAR1001:new|}();
                        var type = typeof(Shop.Infrastructure.{|HAR1001:SqlStore|});
                        var port = Shop.Infrastructure.{|HAR1001:SqlStore|}.Port;
                        "text".{|HAR1001:Flush|}();
                        if (value is Shop.Infrastructure.{|HAR1001:SqlStore|} store)
                        {
                            return (Shop.Infrastructure.{|HAR1001:IStore|})store;
                        }

                        await System.Threading.Tasks.Task.Yield();
                        return value switch { Shop.Infrastructure.{|HAR1001:Box|}<int> box => box, _ => null };
                    }
                }
            }
            """;
        return RulesTest.Create(RulesTest.Layers, RulesTest.Infrastructure, domain).RunAsync();
    }

    [Fact]
    public Task The_message_names_both_sides_the_rule_its_file_and_the_reason()
    {
        var domain = """
            namespace Shop.Domain;

            public class Order
            {
                private Shop.Infrastructure.{|#0:SqlStore|}? _store;
            }
            """;
        var test = RulesTest.Create(RulesTest.Layers, RulesTest.Infrastructure, domain);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR1001").AtMarker(0).WithSeverity(DiagnosticSeverity.Warning).WithMessage(
            "'Shop.Domain.Order' (layer domain) uses 'Shop.Infrastructure.SqlStore' (layer infrastructure); domain may use nothing (harness.rules, layer domain): the domain is pure"));
        return test.RunAsync();
    }

    [Fact]
    public Task Allowed_directions_own_layer_and_unlayered_code_are_quiet()
    {
        var application = """
            using Shop.Domain;

            namespace Shop.Application
            {
                public class PlaceOrder { public Order Run() => new Order(new Helper()); }
                public class Helper { }
            }

            namespace Shop.Tools
            {
                public class Seeder { public Shop.Infrastructure.SqlStore Store = new(); public Shop.Application.Helper H = new(); }
            }
            """;
        var domain = """
            namespace Shop.Domain;

            public class Order
            {
                public Order(object helper) { Helper = helper; }
                public object Helper { get; }
                public Line Line => new Line();
            }

            public class Line { }
            """;
        return RulesTest.Create(RulesTest.Layers, RulesTest.Infrastructure, application, domain).RunAsync();
    }

    [Fact]
    public Task Types_from_referenced_projects_are_layered_by_namespace_and_by_assembly()
    {
        var rules = RulesTest.Layers + """


            [layer vendor]
            assemblies = Vendor.*
            """;
        var domain = """
            namespace Shop.Domain;

            public class Order
            {
                public Shop.Infrastructure.{|HAR1001:SqlStore|}? Store;
                public Acme.Net.{|HAR1001:Client|}? Client;
            }
            """;
        var test = RulesTest.Create(rules, domain);
        test.ReferencedProjects.Add(("Shop.Infrastructure", new[] { RulesTest.Infrastructure }));
        test.ReferencedProjects.Add(("Vendor.Net", new[] { "namespace Acme.Net { public class Client { } }" }));
        return test.RunAsync();
    }

    [Fact]
    public Task Partial_types_nested_namespaces_and_nested_types_are_judged_where_they_stand()
    {
        var first = """
            namespace Shop
            {
                namespace Domain
                {
                    public partial class Order
                    {
                        public class Inner { public Shop.Infrastructure.{|HAR1001:SqlStore|}? Store; }
                    }
                }
            }
            """;
        var second = """
            namespace Shop.Domain.Sales;

            public partial class Quote { }

            public partial class Quote
            {
                private Shop.Infrastructure.{|HAR1001:IStore|}? _store;
            }
            """;
        return RulesTest.Create(RulesTest.Layers, RulesTest.Infrastructure, first, second).RunAsync();
    }

    [Fact]
    public Task Top_level_statements_belong_to_the_layer_of_their_assembly()
    {
        var rules = RulesTest.Layers + """


            [layer web]
            assemblies = Shop.Web
            may_use    = application
            """;
        var program = """
            var store = Shop.Infrastructure.{|HAR1001:SqlStore|}.Create();
            System.Console.WriteLine(store);
            """;
        var test = RulesTest.Create(rules, program);
        test.AssemblyName = "Shop.Web";
        test.OutputKind = OutputKind.ConsoleApplication;
        test.ReferencedProjects.Add(("Shop.Infrastructure", new[] { RulesTest.Infrastructure }));
        return test.RunAsync();
    }

    [Fact]
    public Task Code_that_does_not_compile_is_judged_where_it_can_be_and_never_crashes()
    {
        var domain = """
            namespace Shop.Domain;

            public class Order
            {
                public void Broken()
                {
                    Shop.Infrastructure.{|HAR1001:SqlStore|} store = new Shop.Infrastructure.{|HAR1001:SqlStore|}(1, 2, 3);
                    Missing.Type x = store.{|HAR1001:Save|}(;
                    var y = Unknown() +
                }

                public Shop.Infrastructure.{|HAR1001:Box|}<Undefined> Property { get
            """;
        var test = RulesTest.Create(RulesTest.Layers, RulesTest.Infrastructure, domain);
        test.AllowCompilerErrors = true;
        return test.RunAsync();
    }

    [Fact]
    public Task Pragma_SuppressMessage_and_editorconfig_severity_work_as_for_any_diagnostic()
    {
        var domain = """
            namespace Shop.Domain;

            public class Order
            {
            #pragma warning disable HAR1001
                private Shop.Infrastructure.SqlStore? _quiet;
            #pragma warning restore HAR1001
                private Shop.Infrastructure.{|#0:SqlStore|}? _loud;
            }

            [System.Diagnostics.CodeAnalysis.SuppressMessage("Architecture", "HAR1001", Justification = "migration in progress")]
            public class Legacy
            {
                private Shop.Infrastructure.SqlStore? _store;
            }
            """;
        var test = RulesTest.Create(RulesTest.Layers, RulesTest.Infrastructure, domain);
        test.AnalyzerConfigFiles.Add(("/repo/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.HAR1001.severity = error\n"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR1001").AtMarker(0).WithSeverity(DiagnosticSeverity.Error));
        return test.RunAsync();
    }

    [Fact]
    public Task Aliases_are_followed_to_what_they_name()
    {
        var domain = """
            using Store = {|HAR1001:Shop.Infrastructure.SqlStore|};

            namespace Shop.Domain;

            public class Order { private {|HAR1001:Store|}? _store; }
            """;
        return RulesTest.Create(RulesTest.Layers, RulesTest.Infrastructure, domain).RunAsync();
    }

    [Fact]
    public Task Patterns_match_whole_segments_so_a_prefix_is_not_a_match()
    {
        var rules = """
            [layer orders]
            namespaces = Shop.Orders.**
            may_use    = nothing

            [layer billing]
            namespaces = Shop.*ing.**
            """;
        var code = """
            namespace Shop.Billing { public class Invoice { } }
            namespace Shop.OrderSamples { public class Sample { public Shop.Billing.Invoice? Invoice; } }
            namespace Shop.Orders.Deep.Er { public class Order { public Shop.Billing.{|HAR1001:Invoice|}? Invoice; public Shop.OrderSamples.Sample? Sample; } }
            """;
        return RulesTest.Create(rules, code).RunAsync();
    }

    [Fact]
    public Task A_file_level_using_is_judged_for_each_namespace_of_the_file_and_reported_once()
    {
        var code = """
            using {|#0:Shop.Infrastructure|};

            namespace Shop.Domain.Orders { public class Order { } }
            namespace Shop.Domain.Billing { public class Invoice { } }
            namespace Shop.Application { public class Service { } }
            """;
        var test = RulesTest.Create(RulesTest.Layers, RulesTest.Infrastructure, code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR1001").AtMarker(0).WithMessage(
            "'Shop.Domain.Orders' (layer domain) uses 'Shop.Infrastructure' (layer infrastructure); domain may use nothing (harness.rules, layer domain): the domain is pure"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR1001").AtMarker(0).WithMessage(
            "'Shop.Application' (layer application) uses 'Shop.Infrastructure' (layer infrastructure); application may use domain (harness.rules, layer application)"));
        return test.RunAsync();
    }
}
