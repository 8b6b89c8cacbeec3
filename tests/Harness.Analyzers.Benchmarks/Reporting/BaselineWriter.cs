using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Harness.Analyzers.Baseline;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Benchmarks.Reporting;

/// <summary>
/// <c>--baseline-write FILE</c>: the run's HAR findings as a <c>harness.baseline</c> in the format the build's
/// <c>HarnessRecordBaseline</c> task writes (src/Harness.Analyzers.Package/build): its header, then one entry a line,
/// <c>ID | project | file | key | count</c>, sorted ordinally, the file relative to the baseline's folder with '/', the
/// count the findings sharing the rest. The key is the finding's own <c>HarnessBaselineKey</c>.
/// </summary>
internal static class BaselineWriter
{
    private static readonly string[] Header =
    [
        "# harness.baseline: findings accepted when Harness.Analyzers was adopted. The build reports new ones only.",
        "# Refresh after fixing some (stale entries go; accepting new findings is a reviewable diff):",
        "#   dotnet build -p:HarnessUpdateBaseline=true",
        "# One entry a line: ID | project | file (relative to this file) | key | count",
    ];

    /// <param name="folder">The folder the baseline is read from (the first <c>--src</c> folder), not where it is written.</param>
    /// <returns>The entries written and the findings they count.</returns>
    public static (int Entries, int Findings) Write(string path, IEnumerable<Diagnostic> diagnostics, string project, string folder)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            if (FindingSlot.Of(diagnostic) is { } slot)
            {
                var file = Path.GetRelativePath(folder, slot.File).Replace('\\', '/');
                var entry = string.Join(BaselineEntry.Separator, slot.Id, project, file, slot.Key);
                counts[entry] = counts.GetValueOrDefault(entry) + 1;
            }
        }

        var lines = counts.Select(pair => pair.Key + BaselineEntry.Separator + pair.Value).Order(StringComparer.Ordinal);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, string.Concat(Header.Concat(lines).Select(line => line + "\n")), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return (counts.Count, counts.Values.Sum());
    }
}
