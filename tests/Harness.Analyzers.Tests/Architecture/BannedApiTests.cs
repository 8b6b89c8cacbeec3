using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Architecture;

public class BannedApiTests
{
    private const string Rules = RulesTest.Layers + """


        [ban domain]
        P:System.DateTime.Now = inject IClock so that time can be tested
        N:System.Net.Http     = the domain does no I/O
        T:System.IO.File      = the domain does no I/O

        [ban *]
        M:System.Console.WriteLine = use ILogger
        M:System.Math.Max(System.Int32,System.Int32) = use Clamp
        """;

    [Fact]
    public Task A_member_ban_covers_that_member_and_an_unparameterised_method_ban_every_overload()
    {
        var domain = """
            using System;

            namespace Shop.Domain;

            public class Order
            {
                public DateTime Stamp() => DateTime.{|#0:Now|};
                public DateTime Utc() => DateTime.UtcNow;
                public void Log() { Console.{|HAR1003:WriteLine|}("x"); Console.{|HAR1003:WriteLine|}(1); Console.Write("fine"); }
                public int Bigger(int a, int b) => Math.{|HAR1003:Max|}(a, b) + (int)Math.Max(1.0, 2.0);
            }
            """;
        var test = RulesTest.Create(Rules, domain);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR1003").AtMarker(0).WithMessage(
            "'Shop.Domain.Order' uses 'System.DateTime.Now', banned by P:System.DateTime.Now (harness.rules, ban domain): inject IClock so that time can be tested"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_namespace_ban_covers_nested_namespaces_and_using_directives_and_a_type_ban_its_members()
    {
        var domain = """
            using {|HAR1003:System.Net.Http|};

            namespace Shop.Domain;

            public class Gateway
            {
                private {|HAR1003:HttpClient|}? _client;
                private System.Net.Http.Headers.{|HAR1003:MediaTypeHeaderValue|}? _type;
                public bool Exists(string path) => System.IO.{|HAR1003:File|}.Exists(path);
                public string Text(string path) => System.IO.Path.GetFileName(path);
            }
            """;
        return RulesTest.Create(Rules, domain).RunAsync();
    }

    [Fact]
    public Task A_layer_ban_applies_to_that_layer_only_and_a_star_ban_to_all_code()
    {
        var application = """
            namespace Shop.Application
            {
                public class Clock { public System.DateTime Now() => System.DateTime.Now; }
            }

            namespace Shop.Unlayered
            {
                public class Logger { public void Log() => System.Console.{|HAR1003:WriteLine|}(); }
            }
            """;
        return RulesTest.Create(Rules, application).RunAsync();
    }

    [Fact]
    public Task Top_level_statements_are_all_code()
    {
        var test = RulesTest.Create(Rules, "System.Console.{|HAR1003:WriteLine|}(\"hello\");");
        test.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    [Fact]
    public Task A_constructor_ban_covers_new_target_typed_new_and_attributes_written_without_their_suffix()
    {
        var rules = """
            [ban *]
            M:System.Text.StringBuilder.#ctor = use the pooled builder
            M:System.ObsoleteAttribute.#ctor = delete dead code instead
            """;
        var code = """
            namespace Shop;

            public class Report
            {
                [System.{|#0:Obsolete|}]
                public void Old() { }

                public string Build()
                {
                    var first = new System.Text.{|#1:StringBuilder|}();
                    System.Text.StringBuilder second = {|HAR1003:new|}();
                    return first.Append(second).ToString();
                }
            }
            """;
        var test = RulesTest.Create(rules, code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR1003").AtMarker(0).WithMessage(
            "'Shop.Report' uses 'System.ObsoleteAttribute', banned by M:System.ObsoleteAttribute.#ctor (harness.rules, ban *): delete dead code instead"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR1003").AtMarker(1).WithMessage(
            "'Shop.Report' uses 'System.Text.StringBuilder', banned by M:System.Text.StringBuilder.#ctor (harness.rules, ban *): use the pooled builder"));
        return test.RunAsync();
    }
}
