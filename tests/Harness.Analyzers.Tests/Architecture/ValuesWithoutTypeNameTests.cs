using System.Threading.Tasks;
using Xunit;

namespace Harness.Analyzers.Tests.Architecture;

/// <summary>
/// Every way a value of a layer's or banned type reaches code without its type being written there: inherited
/// members, lambdas, extension methods, <c>using static</c>, <c>foreach</c>, deconstruction, operators, positional
/// records, indexers, constraints, aliases, and referenced assemblies that hand the value out. Its members are
/// uses all the same; these pin that a filter on which names to bind never drops one.
/// </summary>
public class ValuesWithoutTypeNameTests
{
    /// <summary>Wiring (no layer) hands out infrastructure values in every way the language allows.</summary>
    private const string Wiring = """
        using System;
        using System.Collections.Generic;

        namespace Shop.Wiring
        {
            public class Base
            {
                protected Shop.Infrastructure.SqlStore Kept { get; } = new();
            }

            public static class Registry
            {
                public static void Each(Action<Shop.Infrastructure.SqlStore> action) => action(new());
                public static Shop.Infrastructure.SqlStore Fetch(this string key) => new();
                public static Shop.Infrastructure.SqlStore Make() => new();
            }

            public class Stores
            {
                public Enumerator GetEnumerator() => new();

                public struct Enumerator
                {
                    public Shop.Infrastructure.SqlStore Current => new();
                    public bool MoveNext() => false;
                }
            }

            public class Pair
            {
                public void Deconstruct(out Shop.Infrastructure.SqlStore first, out int second) { first = new(); second = 0; }
                public static Shop.Infrastructure.SqlStore operator +(Pair left, Pair right) => new();
            }

            public record Slot(Shop.Infrastructure.SqlStore Store);

            public class Chain
            {
                public Pair Next { get; } = new();
                public Dictionary<string, Shop.Infrastructure.SqlStore> ByName { get; } = new();
            }
        }
        """;

    [Fact]
    public Task Members_are_found_through_values_that_arrive_without_their_type_written()
    {
        var domain = """
            using static Shop.Wiring.Registry;

            namespace Shop.Domain;

            public class Order : Shop.Wiring.Base
            {
                public void Inherited() => Kept.{|HAR1001:Save|}();

                public void Lambda() => Shop.Wiring.Registry.Each(store => store.{|HAR1001:Save|}());

                public void Extension() => "key".Fetch().{|HAR1001:Save|}();

                public void Static() => Make().{|HAR1001:Save|}();

                public void Enumerated()
                {
                    foreach (var store in new Shop.Wiring.Stores())
                    {
                        store.{|HAR1001:Save|}();
                    }
                }

                public void Deconstructed(Shop.Wiring.Pair pair)
                {
                    var (store, _) = pair;
                    store.{|HAR1001:Save|}();
                    (pair + pair).{|HAR1001:Save|}();
                }

                public void Positional(Shop.Wiring.Slot slot) => slot.Store.{|HAR1001:Save|}();

                public void Chained(Shop.Wiring.Chain chain)
                {
                    var (store, _) = chain.Next;
                    store.{|HAR1001:Save|}();
                    chain.ByName["a"].{|HAR1001:Save|}();
                }

                public void Constrained<T>(T store) where T : Shop.Infrastructure.{|HAR1001:SqlStore|} => store.{|HAR1001:Save|}();
            }
            """;
        return RulesTest.Create(RulesTest.Layers, RulesTest.Infrastructure, Wiring, domain).RunAsync();
    }

    [Fact]
    public Task Members_are_found_through_aliases_and_global_using_static_directives()
    {
        var usings = """
            global using static Shop.Wiring.Registry;
            global using Factory = Shop.Wiring.Registry;
            """;
        var domain = """
            namespace Shop.Domain;

            public class Order
            {
                public void Global() => Make().{|HAR1001:Save|}();

                public void Aliased() => Factory.Make().{|HAR1001:Save|}();
            }
            """;
        return RulesTest.Create(RulesTest.Layers, RulesTest.Infrastructure, Wiring, usings, domain).RunAsync();
    }

    [Fact]
    public Task A_banned_type_that_a_referenced_assembly_hands_out_is_found_at_its_members()
    {
        var rules = """
            root = true

            [ban *]
            T:Vendor.Client = go through the gateway
            """;
        var code = """
            namespace Shop;

            public class Order
            {
                public void Run() => Wiring.Factory.Create().{|HAR1003:Send|}();

                public void Typed(Vendor.{|HAR1003:Client|} client) => client.{|HAR1003:Send|}();

                public int Count(System.Collections.Generic.List<int> items) => items.Count;
            }
            """;
        var test = RulesTest.Create(rules, code);
        test.ReferencedProjects.Add(("Vendor", ["namespace Vendor { public class Client { public void Send() { } public int Count => 0; } }"]));
        test.ReferencedProjects.Add(("Wiring", ["namespace Wiring { public static class Factory { public static Vendor.Client Create() => new(); } }"]));
        return test.RunAsync();
    }
}
