using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy;

public class DuplicatedBlockTests
{
    [Fact]
    public Task A_run_of_statements_repeated_in_another_member_is_reported_once_at_the_later_copy()
    {
        var first = """
            namespace Shop;

            public class Import
            {
                public int Run(string[] rows)
                {
                    var header = rows[0];
                    if (header.Length == 0) { return 0; }
                    var skipped = 0;
                    while (skipped < rows.Length && rows[skipped].StartsWith("#")) { skipped++; }
                    System.Console.WriteLine("importing " + rows.Length + " rows after " + skipped);
                    {|#0:var fields = header.Split(',');
                    var count = fields.Length;
                    if (count < 3) { throw new System.FormatException("too few columns: " + count); }
                    var trimmed = new string[count];
                    for (var i = 0; i < count; i++) { trimmed[i] = fields[i].Trim(); }|}
                    return trimmed.Length + rows.Length;
                }
            }
            """;
        var second = """
            namespace Shop;

            public class Export
            {
                public string Describe(string line, bool verbose)
                {
                    if (!verbose) { return string.Empty; }
                    {|#1:var fields = line.Split(',');
                    var count = fields.Length;
                    if (count < 3) { throw new System.FormatException("too few columns: " + count); }
                    var trimmed = new string[count];
                    for (var i = 0; i < count; i++) { trimmed[i] = fields[i].Trim(); }|}
                    var builder = new System.Text.StringBuilder();
                    foreach (var part in trimmed) { builder.Append('[').Append(part).Append(']'); }
                    return builder.Length > 80 ? builder.ToString(0, 80) : builder.ToString();
                }
            }
            """;
        var test = DuplicationTest.Create(first, second);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR2003").AtMarker(1).WithAdditionalMarker(0)
            .WithMessage("These 5 statements are repeated in 'Import.Run' (File0.cs line 12): extract the shared part into one method"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_block_is_not_reported_again_inside_a_member_reported_as_a_copy()
    {
        var code = """
            namespace Shop;

            public class Twins
            {
                public int A(int[] values) { var sum = 0; foreach (var v in values) { sum += v; } var max = 0; foreach (var v in values) { if (v > max) { max = v; } } return sum + max; }
                public int {|HAR2001:B|}(int[] values) { var sum = 0; foreach (var v in values) { sum += v; } var max = 0; foreach (var v in values) { if (v > max) { max = v; } } return sum + max; }
            }
            """;
        return DuplicationTest.Create(code).RunAsync();
    }
}
