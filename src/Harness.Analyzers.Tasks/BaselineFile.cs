using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Harness.Analyzers.Tasks;

/// <summary>
/// The text of <c>harness.baseline</c>: one entry a line, <c>ID | project | file | key | count</c>, sorted, under a
/// header that says how to refresh it.
/// </summary>
internal static class BaselineFile
{
    public const string FileName = "harness.baseline";
    public const string Separator = " | ";
    public const string KeyProperty = "HarnessBaselineKey";

    // The suppression that an update build puts on every finding. Other suppressions (#pragma, [SuppressMessage])
    // mean the finding is handled in code and needs no entry.
    private const string RecordingSuppression = "Suppression Id: HARU";

    private static readonly string[] Header =
    {
        "# harness.baseline: findings accepted when Harness.Analyzers was adopted. The build reports new ones only.",
        "# Refresh after fixing some (stale entries go; accepting new findings is a reviewable diff):",
        "#   dotnet build -p:HarnessUpdateBaseline=true",
        "# One entry a line: ID | project | file (relative to this file) | key | count",
    };

    /// <summary>The entries (without their count) of a project's findings, with how many findings share each.</summary>
    public static SortedDictionary<string, int> EntriesOf(IEnumerable<SarifResult> results, string project, string baselineFolder)
    {
        var entries = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            if (!result.Properties.TryGetValue(KeyProperty, out var key) || result.File is null || IsHandledInCode(result))
            {
                continue;
            }

            var entry = string.Join(Separator, result.Id, project, Relative(baselineFolder, result.File), key);
            entries[entry] = entries.TryGetValue(entry, out var count) ? count + 1 : 1;
        }

        return entries;
    }

    /// <summary>Every target framework's entries of one project, each with the largest count any of them found.</summary>
    public static SortedDictionary<string, int> Union(IEnumerable<IEnumerable<string>> fragments)
    {
        var union = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in fragments.SelectMany(fragment => fragment))
        {
            if (Split(line) is { } entry)
            {
                union[entry.Entry] = Math.Max(entry.Count, union.TryGetValue(entry.Entry, out var other) ? other : 0);
            }
        }

        return union;
    }

    public static IEnumerable<string> Lines(SortedDictionary<string, int> entries) =>
        entries.Select(pair => pair.Key + Separator + pair.Value.ToString(CultureInfo.InvariantCulture));

    /// <summary>The baseline with <paramref name="project"/>'s entries replaced by <paramref name="entries"/>, other projects' kept.</summary>
    public static string Replace(string baseline, string project, SortedDictionary<string, int> entries)
    {
        var kept = baseline.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith("#", StringComparison.Ordinal) && ProjectOf(line) != project)
            .Concat(Lines(entries))
            .OrderBy(line => line, StringComparer.Ordinal);
        return string.Join("\n", Header.Concat(kept)) + "\n";
    }

    private static bool IsHandledInCode(SarifResult result) =>
        result.Suppressions.Count > 0 && !result.Suppressions.Any(s => s.Contains(RecordingSuppression));

    private static string Relative(string folder, string file) =>
        Uri.UnescapeDataString(new Uri(folder.TrimEnd('/', '\\') + "/").MakeRelativeUri(new Uri(file)).ToString()).Replace('\\', '/');

    private static (string Entry, int Count)? Split(string line)
    {
        var last = line.LastIndexOf(Separator, StringComparison.Ordinal);
        return last > 0 && int.TryParse(line.Substring(last + Separator.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? (line.Substring(0, last), count)
            : null;
    }

    private static string? ProjectOf(string line)
    {
        var fields = line.Split(new[] { Separator }, 3, StringSplitOptions.None);
        return fields.Length == 3 ? fields[1].Trim() : null;
    }
}
