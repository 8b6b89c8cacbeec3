using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Harness.Analyzers.Benchmarks.Fixes;

namespace Harness.Analyzers.Benchmarks.Reporting;

/// <summary>
/// <c>--fixes</c>: per ID, the 'act' reports, how many get a fix offered, applied, and compiling, and the share that
/// compiles (issue 12's goal: 60 %); then why the others do not (outcomes, where their other copy is, the first new
/// error's ID), and every report with its first action and what became of it.
/// </summary>
internal sealed class FixShareReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly TextWriter _out;

    public FixShareReport(TextWriter output) => _out = output;

    public void Write(FixShareRun run)
    {
        var attempts = run.Attempts;
        _out.WriteLine($"### Code fixes on the findings worth acting on ({attempts.Count} 'act' reports of HAR2001-HAR2006)");
        _out.WriteLine();
        _out.WriteLine("Each report judged `act`, in an `AdhocWorkspace` project with the compilation's documents, references and options: every "
            + "`[ExportCodeFixProvider]` of Harness.Analyzers.CodeFixes that lists the ID is asked for actions (nested ones flattened), the first "
            + "action is applied and the changed project compiled. Compiles = no error (ID and message) beyond the "
            + $"{run.ErrorsBefore.ToString("N0", Invariant)} of the unchanged corpus (its packages and source generators are missing). "
            + $"Share = compiles / act reports. {run.Elapsed.TotalSeconds.ToString("N0", Invariant)} s.");
        _out.WriteLine();
        if (run.ActReportsInTimedRun != attempts.Count)
        {
            _out.WriteLine($"**The workspace's analysis found {attempts.Count} 'act' reports, the timed run {run.ActReportsInTimedRun}**: the two compilations differ.");
            _out.WriteLine();
        }

        if (run.TemplateOutputMarked == false)
        {
            _out.WriteLine("**The workspace does not mark the template output**: a fix that loads the redundancy scope sees it as hand-written code.");
            _out.WriteLine();
        }

        _out.WriteLine("| ID | Act reports now | Fix offered | Fix applied | Compiles | **Share** |");
        _out.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var group in attempts.GroupBy(a => a.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Row(group.Key, group.ToList());
        }

        Row("**All**", attempts);
        _out.WriteLine();
        WriteWhyNot(attempts.Where(a => !a.Compiles).ToList());
        WriteEach(attempts);
    }

    private void Row(string id, IReadOnlyCollection<FixAttempt> attempts)
    {
        var compiles = attempts.Count(a => a.Compiles);
        var share = attempts.Count == 0 ? "–" : $"{(100d * compiles / attempts.Count).ToString("0", Invariant)} %";
        _out.WriteLine($"| {id} | {attempts.Count} | {attempts.Count(a => a.Offered)} | {attempts.Count(a => a.Applied)} | {compiles} | **{share}** |");
    }

    private void WriteWhyNot(IReadOnlyList<FixAttempt> failed)
    {
        if (failed.Count == 0)
        {
            return;
        }

        _out.WriteLine($"Why {failed.Count} get no fix that compiles, by outcome: the IDs, where the other copy is, whether a duplicated block "
            + "(HAR2003) leaves itself with a jump (an extracted method cannot), and for new errors the first one's ID.");
        _out.WriteLine();
        _out.WriteLine("| Outcome | Reports | By ID | Other copy | HAR2003 block jumps out | First new error |");
        _out.WriteLine("|---|---:|---|---|---|---|");
        foreach (var group in failed.GroupBy(a => a.Result.Outcome).OrderBy(g => g.Key))
        {
            var errors = group.Key == FixOutcome.NewErrors ? Counts(group, a => a.Result.FirstErrorId ?? "?") : string.Empty;
            var blocks = group.Where(a => a.Exits != BlockExits.NotABlock).ToList();
            _out.WriteLine($"| {group.Key} | {group.Count()} | {Counts(group, a => a.Id)} | {Counts(group, a => a.Copies)} | {Counts(blocks, a => a.Exits)} | {errors} |");
        }

        _out.WriteLine();
    }

    private void WriteEach(IReadOnlyList<FixAttempt> attempts)
    {
        _out.WriteLine("| ID | Report | Member | Other copy | Jumps out | Actions | First action | Outcome | Detail |");
        _out.WriteLine("|---|---|---|---|---|---:|---|---|---|");
        foreach (var a in attempts)
        {
            var action = a.Result.Provider is null ? "–" : $"{a.Result.Provider}: {a.Result.Action}";
            _out.WriteLine($"| {a.Id} | `{a.File}:{a.Line}` | {Cell(a.Member)} | {a.Copies} | {a.Exits} | {a.Result.Actions} | {Cell(action)} | {a.Result.Outcome} | {Cell(a.Result.Detail)} |");
        }

        _out.WriteLine();
    }

    private static string Counts(IEnumerable<FixAttempt> attempts, Func<FixAttempt, string> key)
        => string.Join(", ", attempts.GroupBy(key).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
