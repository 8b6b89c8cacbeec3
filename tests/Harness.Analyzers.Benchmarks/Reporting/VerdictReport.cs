using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Harness.Analyzers.Benchmarks.Reporting;

/// <summary>
/// Today's reports against human verdicts, matched by (ID, file, line): per ID, how many reports there are, how many a
/// reviewer judged, precision (worth acting on / judged), the verdicts now reported under another ID at the same file
/// and line (moved: a rule change re-labelled the finding, say HAR2002 to HAR2001), the 'act' verdicts not reported
/// at that place under any ID (findings lost: recall against the verdicts), and the reports nobody has judged yet.
/// A report, not a gate: the exit code does not depend on it.
/// </summary>
internal sealed class VerdictReport
{
    private const int MaxListed = 20;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly TextWriter _out;

    public VerdictReport(TextWriter output) => _out = output;

    public void Write(VerdictFile file, IReadOnlyList<ReportedDiagnostic> reports)
    {
        var verdicts = file.Verdicts.ToDictionary(v => v.Key);
        var reportedKeys = reports.Select(r => (r.Id, r.File, r.Line)).ToHashSet();
        var idsAtPlace = reports.ToLookup(r => (r.File, r.Line), r => r.Id);
        var judged = reports.Where(r => verdicts.ContainsKey((r.Id, r.File, r.Line))).ToList();
        var unreported = file.Verdicts.Where(v => !reportedKeys.Contains(v.Key))
            .OrderBy(v => v.Id, StringComparer.Ordinal).ThenBy(v => v.File, StringComparer.Ordinal).ThenBy(v => v.Line).ToList();

        // Still reported at its place under another ID: the finding survived a change of rule, it is not recall lost.
        var moved = unreported.Where(v => idsAtPlace.Contains((v.File, v.Line)))
            .Select(v => (Verdict: v, NowIds: idsAtPlace[(v.File, v.Line)].Distinct().Order(StringComparer.Ordinal).ToList()))
            .ToList();
        var lost = unreported.Where(v => v.Kind == Verdict.Act && !idsAtPlace.Contains((v.File, v.Line))).ToList();

        _out.WriteLine($"### Against human verdicts ({Path.GetFileName(file.Path)}: {file.Verdicts.Count} verdicts)");
        _out.WriteLine();
        _out.WriteLine("Matched by (ID, file, line). Precision = act / judged reports; moved = verdicts (any kind) not reported under their ID but under "
            + "another at the same file and line (counted under the verdict's ID; the report there is not judged until the verdict is re-keyed); "
            + "lost = 'act' verdicts with no report at their file and line under any ID (recall loss against the verdicts; a moved line of code "
            + "counts as lost, so re-key verdicts when the code moves).");
        _out.WriteLine();
        _out.WriteLine("| ID | Reports now | Judged | Act | Boilerplate | Wrong | **Precision** | Act verdicts | Moved | Lost | Not judged |");
        _out.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var ids = reports.Select(r => r.Id).Concat(file.Verdicts.Select(v => v.Id)).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var id in ids)
        {
            Row(
                id,
                reports.Where(r => r.Id == id).ToList(),
                judged.Where(r => r.Id == id).ToList(),
                file.Verdicts.Where(v => v.Id == id).ToList(),
                (Moved: moved.Count(m => m.Verdict.Id == id), Lost: lost.Count(v => v.Id == id)),
                verdicts);
        }

        Row("**All**", reports, judged, file.Verdicts, (moved.Count, lost.Count), verdicts);
        _out.WriteLine();

        if (moved.Count > 0)
        {
            _out.WriteLine($"Moved findings, reported under another ID at the same place (first {Math.Min(MaxListed, moved.Count)} of {moved.Count}):");
            foreach (var (verdict, nowIds) in moved.Take(MaxListed))
            {
                _out.WriteLine($"- {verdict.Id} → {string.Join(", ", nowIds)} `{verdict.File}:{verdict.Line}` ({verdict.Kind}): {verdict.Reason}");
            }

            _out.WriteLine();
        }

        if (lost.Count > 0)
        {
            _out.WriteLine($"Lost findings (first {Math.Min(MaxListed, lost.Count)} of {lost.Count}):");
            foreach (var verdict in lost.Take(MaxListed))
            {
                _out.WriteLine($"- {verdict.Id} `{verdict.File}:{verdict.Line}`: {verdict.Reason}");
            }

            _out.WriteLine();
        }

        if (file.Problems.Count > 0)
        {
            _out.WriteLine($"Verdict lines skipped ({file.Problems.Count}):");
            foreach (var problem in file.Problems.Take(MaxListed))
            {
                _out.WriteLine($"- {problem}");
            }

            _out.WriteLine();
        }
    }

    private void Row(
        string id,
        IReadOnlyCollection<ReportedDiagnostic> reports,
        IReadOnlyList<ReportedDiagnostic> judged,
        IReadOnlyCollection<Verdict> idVerdicts,
        (int Moved, int Lost) unreported,
        IReadOnlyDictionary<(string, string, int), Verdict> verdicts)
    {
        int Count(string kind) => judged.Count(r => verdicts[(r.Id, r.File, r.Line)].Kind == kind);

        var act = Count(Verdict.Act);
        var precision = judged.Count == 0 ? "–" : $"{(100d * act / judged.Count).ToString("0", Invariant)} %";
        _out.WriteLine(
            $"| {id} | {reports.Count} | {judged.Count} | {act} | {Count(Verdict.Boilerplate)} | {Count(Verdict.Wrong)} | **{precision}** "
            + $"| {idVerdicts.Count(v => v.Kind == Verdict.Act)} | {unreported.Moved} | {unreported.Lost} | {reports.Count - judged.Count} |");
    }
}
