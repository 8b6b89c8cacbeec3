using System.Threading.Tasks;
using Harness.Analyzers.CodeFixes.Redundancy;
using Harness.Analyzers.Redundancy;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy;

public class DuplicateMemberCodeFixTests
{
    private const string Pricing = """
        namespace Shop;

        public class Pricing
        {
            public decimal Total(decimal[] prices, decimal rate)
            {
                var sum = 0m;
                foreach (var price in prices)
                {
                    sum += price * rate;
                }

                return sum;
            }

            private decimal {|HAR2001:Amount|}(decimal[] lines, decimal factor)
            {
                var total = 0m;
                foreach (var line in lines)
                {
                    total += line * factor;
                }

                return total;
            }

            public decimal Invoice(decimal[] lines) => Amount(lines, 1.2m);
        }
        """;

    private static CodeFixTest Create(string key, params (string Path, string Markup)[] sources)
    {
        var test = new CodeFixTest(new DuplicationAnalyzer(), new DuplicateMemberCodeFix()) { CodeActionEquivalenceKey = key };
        test.AdditionalFiles.Add(("/repo/harness.rules", DuplicationTest.Rules));
        test.Sources.AddRange(sources);
        return test;
    }

    [Fact]
    public Task Call_instead_makes_the_copy_call_its_twin_and_FixAll_keeps_the_first()
    {
        var test = Create(DuplicateMemberCodeFix.CallTwinKey, ("/repo/src/Pricing.cs", Pricing));
        // The copy is the later member, so one fix and FixAll agree: the first is kept.
        test.FixedSources.Add(("/repo/src/Pricing.cs", """
            namespace Shop;

            public class Pricing
            {
                public decimal Total(decimal[] prices, decimal rate)
                {
                    var sum = 0m;
                    foreach (var price in prices)
                    {
                        sum += price * rate;
                    }

                    return sum;
                }

                private decimal Amount(decimal[] lines, decimal factor)
                {
                    return Total(lines, factor);
                }

                public decimal Invoice(decimal[] lines) => Amount(lines, 1.2m);
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Remove_and_use_is_offered_only_where_the_twin_is_accessible_to_every_caller()
    {
        var caller = """
            namespace Shop;

            public static class Checkout
            {
                public static decimal Pay(Pricing pricing, decimal[] lines) => pricing.Total(lines, 2m);
            }
            """;
        var test = Create(DuplicateMemberCodeFix.RemoveAndUseTwinKey, ("/repo/src/Pricing.cs", Pricing), ("/repo/src/Checkout.cs", caller));
        test.FixedSources.Add(("/repo/src/Pricing.cs", """
            namespace Shop;

            public class Pricing
            {
                public decimal Total(decimal[] prices, decimal rate)
                {
                    var sum = 0m;
                    foreach (var price in prices)
                    {
                        sum += price * rate;
                    }

                    return sum;
                }

                public decimal Invoice(decimal[] lines) => Total(lines, 1.2m);
            }
            """));
        test.FixedSources.Add(("/repo/src/Checkout.cs", caller));
        return test.RunAsync();
    }

    [Fact]
    public Task Not_offered_when_the_twins_differ_in_static_ness_or_the_copy_is_virtual()
    {
        var code = """
            namespace Shop;

            public class Rates
            {
                public static int Sum(int[] values) { var total = 0; foreach (var v in values) { total += v * 3; } return total; }
                public int {|HAR2001:Add|}(int[] values) { var total = 0; foreach (var v in values) { total += v * 3; } return total; }
            }

            public class Base
            {
                public virtual int {|HAR2001:Count|}(int[] items) { var n = 0; foreach (var i in items) { n += i * 3; } return n; }
            }
            """;
        var test = Create(DuplicateMemberCodeFix.CallTwinKey, ("/repo/src/Rates.cs", code));
        test.FixedSources.Add(("/repo/src/Rates.cs", code.Replace("{|HAR2001:", string.Empty).Replace("|}", string.Empty)));
        return test.RunAsync();
    }
    [Fact]
    public Task Call_instead_is_not_offered_when_an_argument_would_not_convert()
    {
        // ILSpy's FindModuleByAssemblyNameInfo beside FindModuleByReference: the same tokens over unrelated parameter
        // types, so the call would not compile (CS1503), and removing the copy would break its callers the same way.
        var code = """
            namespace Shop;

            public interface IReference { string Name { get; } }

            public sealed class NameInfo { public string Name { get; } = ""; }

            public static class Lookup
            {
                public static int ByReference(string[] names, IReference reference)
                {
                    var count = 0;
                    foreach (var name in names) { if (name == reference.Name) { count++; } }
                    return count;
                }

                public static int {|HAR2001:ByInfo|}(string[] names, NameInfo reference)
                {
                    var count = 0;
                    foreach (var name in names) { if (name == reference.Name) { count++; } }
                    return count;
                }
            }
            """;
        var test = Create(DuplicateMemberCodeFix.CallTwinKey, ("/repo/src/Lookup.cs", code));
        test.FixedSources.Add(("/repo/src/Lookup.cs", code.Replace("{|HAR2001:", string.Empty).Replace("|}", string.Empty)));
        return test.RunAsync();
    }
    /// <summary>Humanizer's word converters: the same private static lookup, with an <c>out</c> parameter, in two types of two files.</summary>
    private const string Ordinals = """
        using System.Collections.Generic;

        namespace Words;

        internal sealed class Ordinals
        {
            public long Parse(Dictionary<string, long> values, string word) => TryGetValue(values, word, out var value) ? value : -1;

            static bool TryGetValue(Dictionary<string, long> values, string word, out long value)
            {
                foreach (var candidate in values)
                {
                    if (candidate.Key == word.Trim()) { value = candidate.Value; return true; }
                }

                value = 0;
                return false;
            }
        }
        """;

    private const string Cardinals = """
        using System.Collections.Generic;

        namespace Words;

        internal sealed class Cardinals
        {
            public long Parse(Dictionary<string, long> values, string text) => TryGetValue(values, text, out var number) ? number : 0;

            static bool {|HAR2001:TryGetValue|}(Dictionary<string, long> values, string words, out long value)
            {
                foreach (var candidate in values)
                {
                    if (candidate.Key == words.Trim()) { value = candidate.Value; return true; }
                }

                value = 0;
                return false;
            }
        }
        """;

    [Fact]
    public Task Call_instead_calls_a_static_twin_in_another_file_forwarding_out_and_makes_a_private_twin_internal()
    {
        var test = Create(DuplicateMemberCodeFix.CallTwinKey, ("/repo/src/Ordinals.cs", Ordinals), ("/repo/src/Tens.cs", Cardinals));
        test.FixedSources.Add(("/repo/src/Tens.cs", """
            using System.Collections.Generic;

            namespace Words;

            internal sealed class Cardinals
            {
                public long Parse(Dictionary<string, long> values, string text) => TryGetValue(values, text, out var number) ? number : 0;

                static bool TryGetValue(Dictionary<string, long> values, string words, out long value)
                {
                    return Ordinals.TryGetValue(values, words, out value);
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Ordinals.cs", Ordinals.Replace("    static bool TryGetValue", "    internal static bool TryGetValue")));
        return test.RunAsync();
    }

    [Fact]
    public Task Call_instead_is_not_offered_across_types_when_the_twin_is_an_instance_method()
    {
        var code = """
            namespace Shop;

            public class Carts
            {
                public int Count(string[] names) { var n = 0; foreach (var name in names) { n += name.Trim().Length * 7; } return n; }
            }

            public class Baskets
            {
                public int {|HAR2001:Count|}(string[] names) { var n = 0; foreach (var name in names) { n += name.Trim().Length * 7; } return n; }
            }
            """;
        var test = Create(DuplicateMemberCodeFix.CallTwinKey, ("/repo/src/Shop.cs", code));
        test.FixedSources.Add(("/repo/src/Shop.cs", code.Replace("{|HAR2001:", string.Empty).Replace("|}", string.Empty)));
        return test.RunAsync();
    }
}
