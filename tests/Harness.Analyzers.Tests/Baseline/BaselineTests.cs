using System.Linq;
using System.Threading.Tasks;
using Harness.Analyzers.Baseline;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Harness.Analyzers.Tests.Baseline;

public class BaselineTests
{
    private const string Order = """
        namespace Shop.Domain
        {
            public class Order
            {
                public void Save() { var store = new Shop.Infrastructure.{|#0:SqlStore|}(); }
                public int Total => throw new System.NotImplementedException();
            }
        }
        """;

    private const string Accepted = """
        # accepted on adoption
        HAR1001 | TestProject | src/File0.cs | M:Shop.Domain.Order.Save -> SqlStore | 1
        HAR2006 | TestProject | src/File0.cs | P:Shop.Domain.Order.Total -> throw new System.NotImplementedException() | 1
        """;

    [Fact]
    public Task Findings_the_baseline_accepts_are_not_reported()
    {
        var test = BaselineTest.Create(Accepted, Order.Replace("{|#0:SqlStore|}", "SqlStore"));
        return test.RunAsync();
    }

    [Fact]
    public Task Without_a_baseline_the_same_findings_are_reported()
    {
        var test = BaselineTest.Create("# nothing accepted yet\n", Order.Replace("{|#0:SqlStore|}", "{|HAR1001:SqlStore|}")
            .Replace("throw new System.NotImplementedException()", "{|HAR2006:throw new System.NotImplementedException()|}"));
        return test.RunAsync();
    }

    [Fact]
    public Task Moving_lines_reformatting_and_adding_code_elsewhere_keep_the_findings_accepted()
    {
        var moved = """
            namespace Shop.Domain
            {
                public class Order
                {
                    public Order() { }

                    // the total is still to be written
                    public int Total
                        => throw new   System.NotImplementedException( );

                    public void Unrelated() { }

                    public void Save()
                    {
                        var store =
                            new Shop.Infrastructure.SqlStore /* the store */ ();
                    }
                }
            }
            """;
        return BaselineTest.Create(Accepted, moved).RunAsync();
    }

    [Fact]
    public Task A_use_beyond_the_recorded_count_and_a_use_in_another_member_are_new_findings()
    {
        var grown = """
            namespace Shop.Domain
            {
                public class Order
                {
                    public void Save()
                    {
                        var store = new Shop.Infrastructure.SqlStore();
                        var second = new Shop.Infrastructure.{|HAR1001:SqlStore|}();
                    }

                    public void Load() { var store = new Shop.Infrastructure.{|HAR1001:SqlStore|}(); }
                    public int Total => throw new System.NotImplementedException();
                }
            }
            """;
        return BaselineTest.Create(Accepted, grown).RunAsync();
    }

    [Fact]
    public Task Baselines_at_two_folder_levels_add_up_and_each_reports_its_own_stale_entries()
    {
        // The folder's baseline accepts one of the two uses in Save and the root's the other; the root's HAR2006 entry
        // names a file relative to the root, the folder's stale entry one relative to src/.
        var order = Order.Replace("{|#0:SqlStore|}(); }", "SqlStore(); var again = new Shop.Infrastructure.SqlStore(); }")
            .Replace("throw new System.NotImplementedException()", "42");
        var folderBaseline = """
            HAR1001 | TestProject | File0.cs | M:Shop.Domain.Order.Save -> SqlStore | 1
            {|#0:HAR1001 | TestProject | File0.cs | M:Shop.Domain.Order.Gone -> SqlStore | 1|}
            """;
        var test = BaselineTest.Create(Accepted, order);
        test.AdditionalFiles.Add(("/repo/src/harness.baseline", folderBaseline));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic(DiagnosticIds.StaleBaselineEntry).AtMarker(0)
            .WithMessage("HAR1001 in File0.cs (M:Shop.Domain.Order.Gone -> SqlStore): the baseline accepts 1, the code has 0; refresh it with 'dotnet build -p:HarnessUpdateBaseline=true'")
            .WithSeverity(DiagnosticSeverity.Info));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic(DiagnosticIds.StaleBaselineEntry).At(BaselineTest.BaselinePath, 3, 1)
            .WithSeverity(DiagnosticSeverity.Info));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("Net", "Deduct", "Lower")]
    [InlineData("Lower", "Net", "Deduct")]
    [InlineData("Deduct", "Lower", "Net")]
    public Task Three_copies_in_one_file_stay_accepted_whichever_comes_first(string first, string second, string third)
    {
        // The analyzers report the second and third copy in source order against the first: reordering the members
        // changes which are reported, not the group's one entry.
        const string Copy = """
                    public static decimal NAME(decimal gross, decimal rate)
                    {
                        var tax = gross * rate;
                        var rounded = System.Math.Round(tax, 2);
                        var net = gross - rounded;
                        if (net < 0) { net = 0; }
                        return net;
                    }

            """;
        var prices = "namespace Shop.Pricing\n{\n    public static class Prices\n    {\n"
            + Copy.Replace("NAME", first) + Copy.Replace("NAME", second) + Copy.Replace("NAME", third) + "    }\n}\n";
        var baseline = """
            HAR2001 | TestProject | src/File0.cs | M:Shop.Pricing.Prices.Deduct(decimal,decimal) -> Deduct ~ M:Shop.Pricing.Prices.Lower(decimal,decimal) ~ M:Shop.Pricing.Prices.Net(decimal,decimal) | 2
            """;
        return BaselineTest.Create(baseline, prices).RunAsync();
    }

    [Fact]
    public Task A_finding_in_a_new_file_is_reported()
    {
        var copy = Order.Replace("class Order", "class Invoice").Replace("{|#0:SqlStore|}", "{|HAR1001:SqlStore|}")
            .Replace("throw new System.NotImplementedException()", "{|HAR2006:throw new System.NotImplementedException()|}");
        return BaselineTest.Create(Accepted, Order.Replace("{|#0:SqlStore|}", "SqlStore"), copy).RunAsync();
    }

    [Fact]
    public Task A_new_copy_of_a_baselined_member_is_a_new_finding()
    {
        const string Original = """
            namespace Shop.Pricing
            {
                public static class Prices
                {
                    public static decimal Net(decimal gross, decimal rate)
                    {
                        var tax = gross * rate;
                        var rounded = System.Math.Round(tax, 2);
                        var net = gross - rounded;
                        if (net < 0) { net = 0; }
                        return net;
                    }
                }
            }
            """;
        var baseline = """
            HAR2001 | TestProject | src/File1.cs | M:Shop.Pricing.Taxes.Deduct(decimal,decimal) -> Deduct ~ M:Shop.Pricing.Prices.Net(decimal,decimal) | 1
            """;
        var accepted = Original.Replace("class Prices", "class Taxes").Replace("Net(", "Deduct(");
        var added = Original.Replace("class Prices", "class Discounts").Replace("Net(", "{|HAR2001:Lower|}(");
        return BaselineTest.Create(baseline, Original, accepted, added).RunAsync();
    }

    [Fact]
    public Task An_entry_that_matches_fewer_findings_than_it_records_is_stale_at_its_line()
    {
        var baseline = """
            HAR1001 | TestProject | src/File0.cs | M:Shop.Domain.Order.Save -> SqlStore | 2
            {|#0:HAR2006 | TestProject | src/File0.cs | P:Shop.Domain.Order.Total -> throw new System.NotImplementedException() | 1|}
            HAR1001 | OtherProject | src/Elsewhere.cs | M:Other.Gone -> SqlStore | 1
            """;
        var fixedOrder = Order.Replace("{|#0:SqlStore|}", "SqlStore").Replace("throw new System.NotImplementedException()", "42");
        var test = BaselineTest.Create(baseline.Replace("| 2\n", "| 2|}\n").Replace("HAR1001 | TestProject", "{|#1:HAR1001 | TestProject"), fixedOrder);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic(DiagnosticIds.StaleBaselineEntry).AtMarker(1)
            .WithMessage("HAR1001 in src/File0.cs (M:Shop.Domain.Order.Save -> SqlStore): the baseline accepts 2, the code has 1; refresh it with 'dotnet build -p:HarnessUpdateBaseline=true'")
            .WithSeverity(DiagnosticSeverity.Info));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic(DiagnosticIds.StaleBaselineEntry).AtMarker(0)
            .WithMessage("HAR2006 in src/File0.cs (P:Shop.Domain.Order.Total -> throw new System.NotImplementedException()): the baseline accepts 1, the code has 0; refresh it with 'dotnet build -p:HarnessUpdateBaseline=true'")
            .WithSeverity(DiagnosticSeverity.Info));
        return test.RunAsync();
    }

    [Fact]
    public Task A_malformed_entry_is_reported_at_its_line_and_the_rest_still_applies()
    {
        var baseline = """
            {|HAR0010:HAR1001 | TestProject | src/File0.cs|}
            {|HAR0010:HAR9999 | TestProject | src/File0.cs | M:X | 1|}
            {|HAR0010:HAR0001 | TestProject | src/File0.cs | M:X | 1|}
            {|HAR0010:HAR2006 | TestProject | src/File0.cs | M:X | none|}
            {|HAR0010:HAR2006 | TestProject | src/File0.cs | M:X | 0|}
            {|HAR0010:HAR2006 |  | src/File0.cs | M:X | 1|}
            HAR1001 | TestProject | src/File0.cs | M:Shop.Domain.Order.Save -> SqlStore | 1
            HAR2006 | TestProject | src/File0.cs | P:Shop.Domain.Order.Total -> throw new System.NotImplementedException() | 1
            """;
        return BaselineTest.Create(baseline, Order.Replace("{|#0:SqlStore|}", "SqlStore")).RunAsync();
    }

    [Fact]
    public async Task A_malformed_entry_says_what_is_wrong()
    {
        var test = BaselineTest.Create("HAR2006 | TestProject | src/File0.cs | M:X | none\nHAR9999 | TestProject | src/File0.cs | M:X | 1\n");
        var messages = (await test.GetAnalyzerDiagnosticsAsync()).Where(d => d.Id == DiagnosticIds.MalformedBaselineEntry).Select(d => d.GetMessage()).ToList();
        Assert.Equal(
            [
                "Malformed baseline entry 'HAR2006 | TestProject | src/File0.cs | M:X | none': the count 'none' is not a whole number above 0",
                "Malformed baseline entry 'HAR9999 | TestProject | src/File0.cs | M:X | 1': 'HAR9999' is not the ID of a finding (HAR1xxx, HAR2xxx or HAR3xxx) this version reports",
            ],
            messages);
    }

    [Fact]
    public Task While_the_baseline_is_rewritten_every_finding_is_suppressed_and_nothing_is_stale()
    {
        var test = BaselineTest.Create("HAR1001 | TestProject | src/File0.cs | M:Gone -> SqlStore | 1\n", Order.Replace("{|#0:SqlStore|}", "SqlStore"));
        test.AnalyzerConfigFiles.Add(("/repo/.globalconfig", "is_global = true\nbuild_property.HarnessUpdateBaseline = true\n"));
        return test.RunAsync();
    }

    [Fact]
    public async Task Every_finding_carries_its_key_and_the_suppression_names_the_baseline()
    {
        var test = BaselineTest.Create(Accepted, Order.Replace("{|#0:SqlStore|}", "SqlStore"));
        var diagnostics = await test.GetAnalyzerDiagnosticsAsync();
        Assert.Empty(diagnostics);

        var suppressor = new BaselineSuppressor();
        var accepted = suppressor.SupportedSuppressions.Single(s => s.SuppressedDiagnosticId == DiagnosticIds.LayerDependency && s.Id == "HARB1001");
        Assert.Equal("Accepted in harness.baseline: a finding that existed when the baseline was written; new ones are still reported", accepted.Justification.ToString());
        Assert.Equal(
            Descriptors.Findings.Select(d => d.Id).OrderBy(id => id),
            suppressor.SupportedSuppressions.Where(s => s.Id.StartsWith("HARB", System.StringComparison.Ordinal)).Select(s => s.SuppressedDiagnosticId).OrderBy(id => id));
    }
}
