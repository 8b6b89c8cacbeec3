using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Harness.Analyzers.Benchmarks.Reporting;

/// <summary>
/// <c>--verdicts FILE</c>: TSV lines <c>id, file, line, verdict, reason</c>; blank lines, '#' comments and a header
/// line starting with <c>id</c> are skipped. A line that does not parse is listed in the report rather than failing the
/// run: the verdicts are a report's input, and one typo should not hide the rest. Later lines win over earlier ones
/// for the same key.
/// </summary>
internal sealed record VerdictFile(string Path, IReadOnlyList<Verdict> Verdicts, IReadOnlyList<string> Problems)
{
    private static readonly string[] Kinds = [Verdict.Act, Verdict.Boilerplate, Verdict.Wrong];

    /// <exception cref="ArgumentException">The file does not exist.</exception>
    public static VerdictFile Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ArgumentException($"--verdicts: no file '{path}'.");
        }

        var verdicts = new Dictionary<(string, string, int), Verdict>();
        var problems = new List<string>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#') || line.StartsWith("id\t", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < 4
                || !int.TryParse(cells[2].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var lineNumber)
                || !Kinds.Contains(cells[3].Trim().ToLowerInvariant()))
            {
                problems.Add($"line {i + 1}: expected id, file, line, verdict ({string.Join("/", Kinds)}), reason; got '{line}'");
                continue;
            }

            var verdict = new Verdict(
                cells[0].Trim(), cells[1].Trim().Replace('\\', '/'), lineNumber, cells[3].Trim().ToLowerInvariant(), cells.Length > 4 ? cells[4].Trim() : string.Empty);
            verdicts[verdict.Key] = verdict;
        }

        return new VerdictFile(path, verdicts.Values.ToList(), problems);
    }
}
