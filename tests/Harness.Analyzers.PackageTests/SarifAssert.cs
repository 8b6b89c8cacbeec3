using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace Harness.Analyzers.PackageTests;

/// <summary>Assertions on the diagnostics of a consumer build's SARIF logs.</summary>
internal static class SarifAssert
{
    /// <summary>
    /// The unsuppressed HAR diagnostics are exactly <paramref name="expected"/>: each once, at its file, line and column,
    /// with its message parts; none other (so a type reported twice, or in a project that only references it, fails);
    /// and no analyzer threw.
    /// </summary>
    public static void Exactly(IReadOnlyList<ExpectedDiagnostic> expected, IReadOnlyList<SarifResult> diagnostics, Func<string, string> fullPath)
    {
        var all = Describe(diagnostics);
        var crashes = diagnostics.Where(d => d.RuleId == "AD0001").ToList();
        Assert.True(crashes.Count == 0, $"An analyzer threw:{Environment.NewLine}{Describe(crashes)}");

        var reported = diagnostics.Where(d => !d.IsSuppressed && d.RuleId.StartsWith("HAR", StringComparison.Ordinal)).ToList();
        Assert.True(
            Located(expected.Select(e => (e.Id, fullPath(e.RelativePath), e.Line, e.Column))).SequenceEqual(Located(reported.Select(d => (d.RuleId, d.FilePath, d.Line, d.Column)))),
            $"Expected exactly:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", expected)}{Environment.NewLine}The SARIF logs hold:{Environment.NewLine}{all}");

        foreach (var diagnostic in expected)
        {
            var match = reported.Single(d => d.RuleId == diagnostic.Id && d.FilePath == fullPath(diagnostic.RelativePath) && d.Line == diagnostic.Line && d.Column == diagnostic.Column);
            foreach (var part in diagnostic.MessageParts)
            {
                Assert.True(match.Message.Contains(part, StringComparison.Ordinal), $"The message of {diagnostic} lacks \"{part}\":{Environment.NewLine}{match.Message}");
            }
        }
    }

    public static string Describe(IEnumerable<SarifResult> results)
    {
        var lines = results.Select(r => "  " + r).ToList();
        return lines.Count == 0 ? "  (none)" : string.Join(Environment.NewLine, lines);
    }

    private static List<string> Located(IEnumerable<(string Id, string Path, int Line, int Column)> diagnostics) =>
        diagnostics.Select(d => $"{d.Path}({d.Line},{d.Column}): {d.Id}").OrderBy(d => d, StringComparer.Ordinal).ToList();
}
