using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Architecture;

/// <summary>
/// Uses that the syntax walk can only find by the member's name, where no type a rule cares about is written:
/// values whose type is inferred, chains, conditional access, indexers, method groups, overrides, constructor
/// initializers and target-typed <c>new()</c>. The analyzer resolves them from the bound bodies; these
/// pin that it still finds every one, and nothing more.
/// </summary>
public class MemberUseTests
{
    /// <summary>One constructor of a type banned, the others not: the tests that bind target-typed <c>new()</c> need it.</summary>
    private const string SizedBuilderBan = """
        [ban *]
        M:System.Text.StringBuilder.#ctor(System.Int32) = size it with the pool
        """;

    private const string Wiring = """
        namespace Shop.Wiring
        {
            public class Holder
            {
                public Shop.Infrastructure.SqlStore Store { get; } = new();
                public Shop.Infrastructure.SqlStore? Maybe;
                public Shop.Infrastructure.SqlStore[] Stores = new Shop.Infrastructure.SqlStore[1];
                public Shop.Infrastructure.Named Named = new();
            }

            public static class Factory
            {
                public static Shop.Infrastructure.SqlStore Make() => new();
            }
        }

        namespace Shop.Infrastructure
        {
            public class Named
            {
                public override string ToString() => "named";
            }
        }
        """;

    [Fact]
    public Task Members_are_found_through_values_whose_type_is_never_written()
    {
        var domain = """
            namespace Shop.Domain;

            public class Order
            {
                private readonly Shop.Wiring.Holder _holder = new();

                public object Run(Shop.Wiring.Holder holder)
                {
                    var store = Shop.Wiring.Factory.Make();
                    store.{|HAR1001:Save|}();
                    Shop.Wiring.Factory.Make().{|HAR1001:Save|}();
                    holder.Store.{|HAR1001:Save|}();
                    this._holder.Maybe?.{|HAR1001:Save|}();
                    holder.Stores[0].{|HAR1001:Save|}();
                    System.Action save = holder.Store.{|HAR1001:Save|};
                    var text = holder.Named.{|HAR1001:ToString|}() + holder.Store.ToString() + ((object)holder.Named).ToString();
                    return {|HAR1001:holder.Store[1]|} + text.Length;
                }
            }
            """;
        return RulesTest.Create(RulesTest.Layers, RulesTest.Infrastructure, Wiring, domain).RunAsync();
    }

    [Fact]
    public Task A_finding_at_a_type_is_not_repeated_at_its_static_members_but_each_member_reached_through_a_value_is_a_use()
    {
        var infrastructure = """
            namespace Shop.Infrastructure
            {
                public class Pool
                {
                    public static Pool Shared { get; } = new();
                    public SqlStore Store { get; } = new();
                }

                public enum Level { Low, High }
            }
            """;
        var domain = """
            using {|HAR1001:Shop.Infrastructure|};

            namespace Shop.Domain;

            public class Order
            {
                public {|HAR1001:Level|} Level => {|HAR1001:Level|}.High;

                public void Run()
                {
                    Shop.Infrastructure.{|HAR1001:Pool|}.Shared.{|HAR1001:Store|}.{|HAR1001:Save|}();
                    Shop.Infrastructure.{|HAR1001:StoreExtensions|}.{|HAR1001:Flush|}("x");
                    var level = {|HAR1001:Level|}.Low;
                }
            }
            """;
        return RulesTest.Create(RulesTest.Layers, RulesTest.Infrastructure, infrastructure, domain).RunAsync();
    }

    [Fact]
    public Task Constructor_initializers_and_target_typed_new_are_judged_by_the_type_they_construct()
    {
        var domain = """
            namespace Shop.Domain;

            public class Special : Shop.Infrastructure.{|HAR1001:SqlStore|}
            {
                public Special() {|HAR1001:: base()|} { }

                public Special(int port) : this() { }

                public static Shop.Infrastructure.{|HAR1001:SqlStore|} Make() { return {|HAR1001:new|}(); }

                public static Shop.Infrastructure.{|HAR1001:SqlStore|} Quick => {|HAR1001:new|}();

                public static void Use(Shop.Infrastructure.{|HAR1001:SqlStore|} store) => Use({|HAR1001:new|}());

                public static System.Collections.Generic.List<int> Numbers() => new();
            }
            """;
        return RulesTest.Create(RulesTest.Layers, RulesTest.Infrastructure, domain).RunAsync();
    }

    [Fact]
    public Task A_call_is_judged_by_the_overload_that_binding_chooses_among_a_member_and_an_extension_of_another_layer()
    {
        var infrastructure = """
            namespace Shop.Infrastructure
            {
                public static class NoteExtensions
                {
                    public static void Write(this Shop.Domain.Note note, string text) { }
                }
            }
            """;
        var domain = """
            using {|HAR1001:Shop.Infrastructure|};

            namespace Shop.Domain;

            public class Note
            {
                public void Write(int value) { }

                public static void Run(Note note)
                {
                    note.Write(1);
                    note.{|HAR1001:Write|}("text");
                    new Note().{|HAR1001:Write|}("text");
                    System.Action<int> write = note.Write;
                }
            }
            """;
        return RulesTest.Create(RulesTest.Layers, infrastructure, domain).RunAsync();
    }

    [Fact]
    public Task A_using_directive_inside_a_namespace_is_judged_by_the_namespace_it_names_relative_to_that_namespace()
    {
        var domain = """
            namespace Shop
            {
                namespace Domain
                {
                    using {|HAR1001:Infrastructure|};
                    using System.Collections.Generic;

                    public class Order { public List<int> Lines = new(); }
                }
            }
            """;
        return RulesTest.Create(RulesTest.Layers, RulesTest.Infrastructure, domain).RunAsync();
    }

    [Fact]
    public Task A_call_in_every_shape_is_judged_by_the_method_it_calls_and_a_delegate_call_by_the_delegate_member()
    {
        var rules = """
            [ban *]
            T:Vendor.Client = go through the gateway
            M:Vendor.Tools.Ping = no pings
            """;
        var code = """
            namespace Shop;

            public class Order
            {
                public void Run(Vendor.{|HAR1003:Client|}? client, System.Action<int> report)
                {
                    client?.{|HAR1003:Send|}();
                    client!.{|HAR1003:Send|}<int>(1);
                    client.{|HAR1003:OnSent|}(2);
                    client.{|HAR1003:OnSent|}.Invoke(3);
                    Vendor.Tools.{|HAR1003:Ping|}();
                    report(4);
                    Ping();
                    Local();

                    void Local() => Ping();
                }

                private static void Ping() { }
            }
            """;
        var test = RulesTest.Create(rules, code);
        test.ReferencedProjects.Add(("Vendor", ["""
            namespace Vendor
            {
                public class Client
                {
                    public void Send() { }
                    public void Send<T>(T value) { }
                    public System.Action<int> OnSent { get; } = _ => { };
                }

                public static class Tools { public static void Ping() { } }
            }
            """]));
        return test.RunAsync();
    }

    [Fact]
    public Task A_target_typed_new_in_an_array_or_a_collection_is_judged_by_the_constructor_it_calls()
    {
        var code = """
            namespace Shop;

            public class Report
            {
                private static readonly System.Text.StringBuilder[] Table = [{|HAR1003:new|}(16), new()];
                private static readonly System.Text.StringBuilder[] Old = { {|HAR1003:new|}(8), new() };
                private static readonly System.Text.StringBuilder[][] Jagged = [[{|HAR1003:new|}(4)]];
                private static readonly System.Collections.Generic.List<System.Text.StringBuilder> Listed = [{|HAR1003:new|}(2)];

                public static System.Text.StringBuilder[] Build() => new System.Text.StringBuilder[] { {|HAR1003:new|}(32), new() };

                public static System.Text.StringBuilder[] Returned() { return [{|HAR1003:new|}(64)]; }
            }
            """;
        return RulesTest.Create(SizedBuilderBan, code).RunAsync();
    }

    [Fact]
    public Task A_constructor_ban_with_parameters_covers_that_constructor_only()
    {
        var code = """
            namespace Shop;

            public class Report
            {
                public string Build()
                {
                    var sized = new System.Text.{|HAR1003:StringBuilder|}(16);
                    var plain = new System.Text.StringBuilder();
                    System.Text.StringBuilder target = new();
                    System.Text.StringBuilder targetSized = {|HAR1003:new|}(32);
                    return sized.Append(plain).Append(target).Append(targetSized).ToString();
                }
            }
            """;
        return RulesTest.Create(SizedBuilderBan, code).RunAsync();
    }
}
