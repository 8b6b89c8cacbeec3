using System.Collections.Generic;

namespace Harness.Analyzers.Baseline;

/// <summary>
/// Paths as the baseline compares them: absolute, <c>/</c>-separated, with <c>.</c> and <c>..</c> resolved, so that an
/// entry's file (relative to its baseline) and a finding's file (as the compiler names it) meet on any OS.
/// </summary>
internal static class BaselinePath
{
    public static string Normalize(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Replace('\\', '/').Split('/'))
        {
            if (segment == "." || (segment.Length == 0 && segments.Count > 0))
            {
                continue;
            }

            if (segment == ".." && segments.Count > 1)
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return string.Join("/", segments);
    }

    public static string Folder(string file)
    {
        var normalized = Normalize(file);
        var slash = normalized.LastIndexOf('/');
        return slash < 0 ? string.Empty : normalized.Substring(0, slash);
    }

    public static string Combine(string folder, string relative) => Normalize(folder + "/" + relative);
}
