using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Harness.Analyzers.Benchmarks.Reporting;

/// <summary>
/// Today's reports against human verdicts, matched by (ID, file, line): per ID, how many reports there are, how many a
/// reviewer judged, precision (worth acting on / judged), the 'act' verdicts no longer reported (findings lost: recall
/// against the verdicts), and the reports nobody has judged yet. A report, not a gate: the exit code does not depend
/// on it.
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
        var judged = reports.Where(r => verdicts.ContainsKey((r.Id, r.File, r.Line))).ToList();
        var lost = file.Verdicts.Where(v => v.Kind == Verdict.Act && !reportedKeys.Contains(v.Key))
            .OrderBy(v => v.Id, StringComparer.Ordinal).ThenBy(v => v.File, StringComparer.Ordinal).ThenBy(v => v.Line).ToList();

        _out.WriteLine($"### Against human verdicts ({Path.GetFileName(file.Path)}: {file.Verdicts.Count} verdicts)");
        _out.WriteLine();
        _out.WriteLine("Matched by (ID, file, line). Precision = act / judged reports; lost = 'act' verdicts no longer reported at their (ID, file, line) "
            + "(recall loss against the verdicts; a moved line counts as lost, so re-key verdicts when the code moves).");
        _out.WriteLine();
        _out.WriteLine("| ID | Reports now | Judged | Act | Boilerplate | Wrong | **Precision** | Act verdicts | Lost | Not judged |");
        _out.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var ids = reports.Select(r => r.Id).Concat(file.Verdicts.Select(v => v.Id)).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var id in ids)
        {
            Row(id, reports.Where(r => r.Id == id).ToList(), judged.Where(r => r.Id == id).ToList(), file.Verdicts.Where(v => v.Id == id).ToList(), lost.Count(v => v.Id == id), verdicts);
        }

        Row("**All**", reports, judged, file.Verdicts, lost.Count, verdicts);
        _out.WriteLine();

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
        int lost,
        IReadOnlyDictionary<(string, string, int), Verdict> verdicts)
    {
        int Count(string kind) => judged.Count(r => verdicts[(r.Id, r.File, r.Line)].Kind == kind);

        var act = Count(Verdict.Act);
        var precision = judged.Count == 0 ? "–" : $"{(100d * act / judged.Count).ToString("0", Invariant)} %";
        _out.WriteLine(
            $"| {id} | {reports.Count} | {judged.Count} | {act} | {Count(Verdict.Boilerplate)} | {Count(Verdict.Wrong)} | **{precision}** "
            + $"| {idVerdicts.Count(v => v.Kind == Verdict.Act)} | {lost} | {reports.Count - judged.Count} |");
    }
}
