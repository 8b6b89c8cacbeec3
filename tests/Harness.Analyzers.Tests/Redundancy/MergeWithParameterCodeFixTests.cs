using System.Threading.Tasks;
using Harness.Analyzers.CodeFixes.Redundancy;
using Harness.Analyzers.Redundancy;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy;

public class MergeWithParameterCodeFixTests
{
    private static CodeFixTest Create(params (string Path, string Markup)[] sources)
    {
        var test = new CodeFixTest(new DuplicationAnalyzer(), new MergeWithParameterCodeFix()) { CodeActionEquivalenceKey = MergeWithParameterCodeFix.MergeKey };
        test.AdditionalFiles.Add(("/repo/harness.rules", DuplicationTest.Rules));
        test.Sources.AddRange(sources);
        return test;
    }

    [Fact]
    public Task A_rewrite_that_turned_a_literal_into_a_parameter_is_merged_into_the_original()
    {
        var mailer = """
            using System.Threading.Tasks;

            namespace Shop;

            public class Mailer
            {
                public async Task<int> SendAsync(string to, string body)
                {
                    var attempts = 0;
                    while (attempts < 3)
                    {
                        attempts++;
                        if (await TryAsync(to, body)) { return attempts; }
                    }

                    return -1;
                }

                public async Task<int> {|HAR2005:SendV2Async|}(string to, string body, int retries)
                {
                    var attempts = 0;
                    while (attempts < retries)
                    {
                        attempts++;
                        if (await TryAsync(to, body)) { return attempts; }
                    }

                    return -1;
                }

                private Task<bool> TryAsync(string to, string body) => Task.FromResult(to.Length > body.Length);
            }
            """;
        var caller = """
            namespace Shop;

            public static class Signup
            {
                public static System.Threading.Tasks.Task<int> WelcomeAsync(Mailer mailer, string to) => mailer.SendV2Async(to, "welcome", 5);
            }
            """;
        var test = Create(("/repo/src/Mailer.cs", mailer), ("/repo/src/Signup.cs", caller));
        test.FixedSources.Add(("/repo/src/Mailer.cs", """
            using System.Threading.Tasks;

            namespace Shop;

            public class Mailer
            {
                public async Task<int> SendAsync(string to, string body, int retries = 3)
                {
                    var attempts = 0;
                    while (attempts < retries)
                    {
                        attempts++;
                        if (await TryAsync(to, body)) { return attempts; }
                    }

                    return -1;
                }

                private Task<bool> TryAsync(string to, string body) => Task.FromResult(to.Length > body.Length);
            }
            """));
        test.FixedSources.Add(("/repo/src/Signup.cs", caller.Replace("SendV2Async", "SendAsync")));
        return test.RunAsync();
    }

    [Fact]
    public Task A_copy_that_changed_one_literal_is_merged_and_its_callers_pass_the_value_by_name()
    {
        var prices = """
            namespace Shop;

            public class Prices
            {
                public decimal Discount(decimal[] items)
                {
                    var total = 0m;
                    foreach (var item in items) { total += item; }
                    return total > 100 ? total * 0.9m : total;
                }

                public decimal {|HAR2001:VipDiscount|}(decimal[] items)
                {
                    var sum = 0m;
                    foreach (var item in items) { sum += item; }
                    return sum > 100 ? sum * 0.8m : sum;
                }

                public decimal Checkout(decimal[] items, bool vip) => vip ? VipDiscount(items) : Discount(items);
            }
            """;
        var test = Create(("/repo/src/Prices.cs", prices));
        // The copy is the later member, so one fix and FixAll agree: the first is kept.
        test.FixedSources.Add(("/repo/src/Prices.cs", """
            namespace Shop;

            public class Prices
            {
                public decimal Discount(decimal[] items, decimal value = 0.9m)
                {
                    var total = 0m;
                    foreach (var item in items) { total += item; }
                    return total > 100 ? total * value : total;
                }

                public decimal Checkout(decimal[] items, bool vip) => vip ? Discount(items, value: 0.8m) : Discount(items);
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Not_offered_when_a_method_group_refers_to_the_copy_or_more_than_one_value_changed()
    {
        var code = """
            namespace Shop;

            public class Rates
            {
                public int Low(int[] values) { var total = 0; foreach (var v in values) { total += v * 3; } return total + 1; }
                public int {|HAR2001:High|}(int[] values) { var total = 0; foreach (var v in values) { total += v * 4; } return total + 2; }
                public int {|HAR2001:Mid|}(int[] values) { var total = 0; foreach (var v in values) { total += v * 5; } return total + 1; }
                public System.Func<int[], int> Pick() => Mid;
            }
            """;
        var test = Create(("/repo/src/Rates.cs", code));
        test.FixedSources.Add(("/repo/src/Rates.cs", code.Replace("{|HAR2001:", string.Empty).Replace("|}", string.Empty)));
        return test.RunAsync();
    }
}
