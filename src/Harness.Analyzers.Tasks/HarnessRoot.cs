using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Harness.Analyzers.Tasks;

/// <summary>
/// The folder of a repository's root <c>harness.rules</c>, where <c>harness.baseline</c> and <c>AGENTS.md</c> go: the
/// innermost rules file that says <c>root = true</c>, else the outermost one found; with none, the fallback (the
/// solution's or the project's folder).
/// </summary>
internal static class HarnessRoot
{
    /// <param name="rulesFiles">The project's harness.rules files, outermost first.</param>
    /// <param name="fallbackFolder">Where to write when there is no rules file.</param>
    public static string Folder(IReadOnlyList<string> rulesFiles, string fallbackFolder)
    {
        var root = rulesFiles.LastOrDefault(file => SaysRoot(File.ReadLines(file))) ?? rulesFiles.FirstOrDefault();
        return root is null ? Path.GetFullPath(fallbackFolder) : Path.GetDirectoryName(Path.GetFullPath(root))!;
    }

    /// <summary>Whether the preamble (the lines before the first section) holds <c>root = true</c>.</summary>
    public static bool SaysRoot(IEnumerable<string> lines)
    {
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith("[", StringComparison.Ordinal))
            {
                return false;
            }

            var equals = line.IndexOf('=');
            if (equals > 0 && !line.StartsWith("#", StringComparison.Ordinal) && !line.StartsWith(";", StringComparison.Ordinal)
                && line.Substring(0, equals).Trim().Equals("root", StringComparison.OrdinalIgnoreCase))
            {
                var value = line.Substring(equals + 1).Split('#', ';')[0].Trim();
                return value.Equals("true", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }
}
