using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Harness.Analyzers.Tests.Architecture;

public class ExternalTypeTests
{
    private const string Rules = """
        root = true

        [layer domain]
        namespaces = Shop.Domain.**
        may_use    = nothing
        external   = System, System.Collections.**
        because    = the domain is pure

        [layer infrastructure]
        namespaces = Shop.Infrastructure.**
        """;

    /// <summary>Types of the compilation that no layer holds: for the domain they are external like any package's.</summary>
    private const string Vendor = """
        namespace Vendor.Json
        {
            public interface IJson { }

            public class JsonNode : IJson
            {
                public int Count;
                public static JsonNode Parse(string text) => new JsonNode();
                public void Write() { }
                public int this[int index] => index;
            }

            public class Box<T> { }

            public static class JsonExtensions
            {
                public static void Dump(this string text) { }
            }

            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class JsonAttribute : System.Attribute { }
        }

        namespace Shop.Infrastructure
        {
            public class SqlStore { }
        }
        """;

    [Fact]
    public Task Every_kind_of_use_of_a_type_in_no_layer_is_reported_at_the_name()
    {
        var domain = """
            using System;
            using System.Collections.Generic;
            using {|HAR1006:Vendor.Json|};

            namespace Shop.Domain;

            [{|HAR1006:Json|}]
            public class Order : {|HAR1006:IJson|}
            {
                private {|HAR1006:JsonNode|}? _node;
                public List<{|HAR1006:JsonNode|}> Nodes = new();
                public {|HAR1006:Box|}<int>? Box;

                public void Attach({|HAR1006:JsonNode|} node) => _node = node;

                public object? Use(object value)
                {
                    var parsed = {|HAR1006:JsonNode|}.Parse("x");
                    parsed.{|HAR1006:Write|}();
                    var count = parsed.{|HAR1006:Count|};
                    var first = {|HAR1006:parsed[0]|};
                    {|HAR1006:JsonNode|} typed = {|HAR1006:new|}();
                    var type = typeof({|HAR1006:JsonNode|});
                    "text".{|HAR1006:Dump|}();
                    var builder = new System.Text.{|HAR1006:StringBuilder|}();
                    if (value is {|HAR1006:JsonNode|} node)
                    {
                        return ({|HAR1006:IJson|})node;
                    }

                    return value switch { {|HAR1006:Box|}<int> box => box, _ => null };
                }
            }
            """;
        return RulesTest.Create(Rules, Vendor, domain).RunAsync();
    }

    [Fact]
    public Task Generic_arguments_of_allowed_types_and_methods_are_judged()
    {
        var domain = """
            using System.Collections.Generic;

            namespace Shop.Domain;

            public class Catalog
            {
                public Dictionary<string, System.Text.{|HAR1006:StringBuilder|}> Texts = new();
                public List<Vendor.Json.{|HAR1006:Box|}<Vendor.Json.{|HAR1006:JsonNode|}>> Boxes = new();

                public T Make<T>() where T : new() => new T();

                public object Use() => Make<Vendor.Json.{|HAR1006:JsonNode|}>();

                public System.Type Type() => typeof(List<Vendor.Json.{|HAR1006:IJson|}>);
            }
            """;
        return RulesTest.Create(Rules, Vendor, domain).RunAsync();
    }

    [Fact]
    public Task The_message_names_the_type_the_layer_its_list_the_file_and_the_reason()
    {
        // The spec's example: a domain type returning ASP.NET's IResult, from a referenced assembly.
        var rules = """
            root = true

            [layer domain]
            namespaces = Shop.Domain.**
            may_use    = nothing
            external   = System, System.Collections.**, Microsoft.Extensions.Logging.Abstractions.**
            because    = no frameworks
            """;
        var domain = """
            namespace Shop.Domain;

            public class OrderEndpoint
            {
                public Microsoft.AspNetCore.Http.{|#0:IResult|}? Get() => null;
            }
            """;
        var test = RulesTest.Create(rules, domain);
        test.ReferencedProjects.Add(("Microsoft.AspNetCore.Http.Abstractions", new[] { "namespace Microsoft.AspNetCore.Http { public interface IResult { } }" }));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR1006").AtMarker(0).WithSeverity(DiagnosticSeverity.Warning).WithMessage(
            "'Shop.Domain.OrderEndpoint' (layer domain) uses 'Microsoft.AspNetCore.Http.IResult', which belongs to no layer; domain may use external System, System.Collections.**, Microsoft.Extensions.Logging.Abstractions.** (harness.rules, layer domain): no frameworks"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_member_is_named_in_the_message_and_reported_once_with_its_type()
    {
        var rules = """
            [layer domain]
            namespaces = Shop.Domain.**
            external   = System.Collections.**
            """;
        var domain = """
            namespace Shop.Domain;

            public class Clock
            {
                public object Now() => System.{|#0:DateTime|}.Now;

                public void Log(string text)
                {
                    System.{|#1:Console|}.WriteLine(text);
                    var builder = new System.Text.{|#2:StringBuilder|}().Append(text);
                    builder.{|#3:Append|}(text);
                }
            }
            """;
        var test = RulesTest.Create(rules, domain);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR1006").AtMarker(0).WithMessage(
            "'Shop.Domain.Clock' (layer domain) uses 'System.DateTime', which belongs to no layer; domain may use external System.Collections.** (harness.rules, layer domain)"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR1006").AtMarker(1));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR1006").AtMarker(2));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR1006").AtMarker(3).WithMessage(
            "'Shop.Domain.Clock' (layer domain) uses 'System.Text.StringBuilder.Append', which belongs to no layer; domain may use external System.Collections.** (harness.rules, layer domain)"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_use_a_ban_reports_is_not_reported_again_by_the_external_list()
    {
        var rules = """
            [layer domain]
            namespaces = Shop.Domain.**
            external   = System
            because    = the domain is pure

            [ban domain]
            N:System.IO = the domain does no I/O
            """;
        var domain = """
            using {|#0:System.IO|};

            namespace Shop.Domain;

            public class Loader
            {
                public string Load(string path) => {|#1:File|}.ReadAllText(path);

                public object Builder() => new System.Text.{|#2:StringBuilder|}();
            }
            """;
        var test = RulesTest.Create(rules, domain);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR1003").AtMarker(0));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR1003").AtMarker(1).WithMessage(
            "'Shop.Domain.Loader' uses 'System.IO.File', banned by N:System.IO (harness.rules, ban domain): the domain does no I/O"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR1006").AtMarker(2));
        return test.RunAsync();
    }

    [Fact]
    public Task Using_directives_are_judged_once_each()
    {
        var rules = """
            [layer domain]
            namespaces = Shop.Domain.**
            external   = System.Collections.**
            """;
        var domain = """
            using Shop;
            using System.Collections.Generic;
            using {|HAR1006:System|};
            using {|HAR1006:System.Text|};
            using static {|HAR1006:System.Math|};
            using Builder = {|HAR1006:System.Text.StringBuilder|};

            namespace Shop.Domain
            {
                public class Order { public List<int> Lines = new(); }
            }

            namespace Shop.Domain.Pricing
            {
                using {|HAR1006:System.Globalization|};

                public class Price { }
            }
            """;
        var shop = "namespace Shop.Domain.Shared { public class Id { } }";
        return RulesTest.Create(rules, shop, domain).RunAsync();
    }

    [Fact]
    public Task External_nothing_allows_no_external_type_but_the_types_of_keywords()
    {
        var rules = """
            [layer domain]
            namespaces = Shop.Domain.**
            external   = nothing
            """;
        var domain = """
            namespace Shop.Domain;

            public class Money
            {
                public decimal Amount;
                public string? Currency;
                public int? Cents;
                public int[] Parts = new int[2];
                public (int Whole, int Fraction) Split => (1, 2);
                public System.{|HAR1006:Guid|} Id;

                public object Describe(object other)
                {
                    var length = Currency!.Length + Parts.Length + Cents!.Value + Split.Whole + Split.Item2;
                    var parsed = int.Parse("1") + string.Join(",", Parts).Length;
                    var anonymous = new { Name = "x" };
                    var same = other.Equals(this) && anonymous.Name == Currency && ReferenceEquals(other, this);
                    // Object.GetType is allowed, the Type it returns is not: its Name is System.Reflection.MemberInfo's.
                    return System.{|HAR1006:DateTime|}.Now.{|HAR1006:ToString|}() + System.String.Empty + nameof(Money) + other.GetType().{|HAR1006:Name|};
                }
            }
            """;
        return RulesTest.Create(rules, domain).RunAsync();
    }

    [Fact]
    public Task Allowed_namespaces_other_layers_own_layer_and_layers_without_the_key_are_not_reported()
    {
        var domain = """
            using System;
            using System.Collections.Generic;
            using System.Collections.Concurrent;

            namespace Shop.Domain;

            public class Order
            {
                public DateTime Placed = DateTime.UtcNow;
                public ConcurrentDictionary<Guid, Line> Lines = new();
                public IReadOnlyList<Line> Sorted() => new List<Line>(Lines.Values);
                public Shop.Infrastructure.{|HAR1001:SqlStore|}? Store;
            }

            public class Line { }
            """;
        var application = """
            namespace Shop.Application;

            public class Service
            {
                public Vendor.Json.JsonNode Node = Vendor.Json.JsonNode.Parse("x");
                public System.Text.StringBuilder Builder = new();
            }
            """;
        var rules = Rules + """

            [layer application]
            namespaces = Shop.Application.**
            """;
        return RulesTest.Create(rules, Vendor, domain, application).RunAsync();
    }

    [Fact]
    public Task Without_the_key_types_in_no_layer_are_unconstrained()
    {
        var rules = """
            [layer domain]
            namespaces = Shop.Domain.**
            may_use    = nothing
            """;
        var domain = """
            using Vendor.Json;
            using System.Text;

            namespace Shop.Domain;

            [Json]
            public class Order : IJson
            {
                public JsonNode Node = JsonNode.Parse("x");
                public StringBuilder Builder = new();
                public void Use() { "x".Dump(); Node.Write(); System.Console.WriteLine(Node[0]); }
            }
            """;
        return RulesTest.Create(rules, Vendor, domain).RunAsync();
    }

    [Fact]
    public Task Compiler_synthesised_members_are_not_uses()
    {
        // Records use System.Text.StringBuilder and System.Type, foreach over a string System.CharEnumerator, await
        // System.Runtime.CompilerServices awaiters, async methods their builders: none is written, so none is reported.
        var rules = """
            [layer domain]
            namespaces = Shop.Domain.**
            external   = System.Threading.Tasks
            """;
        var domain = """
            namespace Shop.Domain;

            public record Money(decimal Amount, string Currency);

            public record struct Quantity(int Value);

            public class Counter
            {
                public async Task<int> CountAsync(string text, Money money)
                {
                    var count = 0;
                    foreach (var c in text)
                    {
                        count += c == 'a' ? 1 : 0;
                    }

                    foreach (var part in new[] { 1, 2 })
                    {
                        count += part;
                    }

                    await Task.Yield();
                    await Task.Delay(1);
                    var (amount, currency) = money;
                    var copy = money with { Amount = 2 };
                    return count + (copy == money ? 1 : 0) + currency.Length + (int)amount;
                }
            }
            """;
        var usings = "global using System.Threading.Tasks;";
        return RulesTest.Create(rules, usings, domain).RunAsync();
    }

    [Fact]
    public Task Bad_patterns_and_nothing_mixed_with_patterns_are_reported_at_the_line()
    {
        var rules = """
            [layer domain]
            namespaces = Shop.Domain.**
            {|HAR0006:external = System, System..Bad|}

            [layer app]
            namespaces = Shop.App.**
            {|#0:external = System, nothing|}
            """;
        var code = "namespace Shop.Domain { public class Order { public System.DateTime At; } }";
        var test = RulesTest.Create(rules, code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR0004").AtMarker(0).WithMessage(
            "Invalid value 'System, nothing' for 'external' in [layer app]: expected 'nothing' or a comma-separated list of namespace patterns, not both"));
        return test.RunAsync();
    }
}
