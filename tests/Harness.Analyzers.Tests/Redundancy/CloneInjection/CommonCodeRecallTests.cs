using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>
/// Found by the clone-injection measurements at scale: a near copy made mostly of common code must still be
/// found. Exact copies stand once in the shingle index, and only telling shingles count towards a candidate, so
/// 64 identical members beside a near copy of them do not hide it.
/// </summary>
public class CommonCodeRecallTests
{
    private const string Body = """
            var total = 0;
            foreach (var value in values)
            {
                if (value > 10) { total += value * 2; } else { total -= value; }
            }

        """;

    [Theory]
    [InlineData(63)]
    [InlineData(64)]
    public async Task A_near_copy_is_reported_however_common_its_code_is(int identicalMembers)
    {
        var code = new StringBuilder("namespace Shop;\n\npublic class Totals\n{\n");
        for (var i = 0; i < identicalMembers; i++)
        {
            code.Append($"    public int Sum{i}(int[] values)\n    {{\n{Body}        return total;\n    }}\n\n");
        }

        code.Append($"    public int Near(int[] values)\n    {{\n{Body}        total += values.Length;\n        return total;\n    }}\n}}\n");
        var diagnostics = await DuplicationTest.Create(code.ToString()).GetAnalyzerDiagnosticsAsync();

        Assert.Contains(diagnostics, d => d.Id == "HAR2002" && d.Location.SourceTree!.GetText().GetSubText(d.Location.SourceSpan).ToString() == "Near");
    }
}
