using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Harness.Analyzers.Benchmarks.Measurement;

namespace Harness.Analyzers.Benchmarks.Reporting;

/// <summary>One size's clone-index probe, with the DuplicationAnalyzer's callback CPU from the driver runs at that size.</summary>
internal sealed record IndexRow(IndexSample Sample, double? CallbackCpuMs, MachineState Before, MachineState After);

/// <summary>The tables of the DuplicationAnalyzer's internals: its phases and memory, and the re-analysis of an edit.</summary>
internal sealed class RedundancyReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly TextWriter _out;

    public RedundancyReport(TextWriter output) => _out = output;

    public void WriteIndex(IReadOnlyList<IndexRow> rows)
    {
        _out.WriteLine("### DuplicationAnalyzer phases and clone index memory");
        _out.WriteLine();
        _out.WriteLine("Called through the internals, once per size, on freshly parsed (cold) trees: fingerprint every included tree into a new "
            + "`FingerprintCache`, `CloneIndex.Build` from those cached fingerprints, then judge every tree against the index "
            + "(`DuplicationAnalyzer.Analyze`, the syntax-tree action's body). Memory: `GC.GetTotalMemory(true)` before and after "
            + "fingerprinting and building again with a second cache over the same trees (their red nodes already exist, so only what the "
            + "fingerprints and the index keep is counted).");
        _out.WriteLine();
        _out.WriteLine("| Lines | Trees | Members | Windows | Fingerprint all, CPU ms | Build index, CPU ms | Judge all, CPU ms | Sum, CPU ms | Analyzer callbacks ≈ CPU ms | Fingerprints MB | Index MB | **Retained MB** | Bytes per line | Load before / after |");
        _out.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var row in rows)
        {
            var s = row.Sample;
            var sum = s.Fingerprint.Cpu + s.Build.Cpu + (s.Judge?.Cpu ?? TimeSpan.Zero);
            _out.WriteLine(
                $"| {s.Lines.ToString("N0", Invariant)} | {s.Trees} | {s.Members.ToString("N0", Invariant)} | {s.Windows.ToString("N0", Invariant)} "
                + $"| {Ms(s.Fingerprint.Cpu)} | {Ms(s.Build.Cpu)} | {(s.Judge is { } judge ? Ms(judge.Cpu) : "n/a")} | {Ms(sum)} "
                + $"| {(row.CallbackCpuMs is { } callbacks ? callbacks.ToString("N0", Invariant) : "–")} "
                + $"| {Mb(s.FingerprintBytes)} | {Mb(s.IndexBytes)} | **{Mb(s.RetainedBytes)}** | {((double)s.RetainedBytes / s.Lines).ToString("N0", Invariant)} "
                + $"| {row.Before.LoadAverage} / {row.After.LoadAverage} |");
        }

        if (RedundancyInternals.Judge is null)
        {
            _out.WriteLine();
            _out.WriteLine("Judging: n/a, `DuplicationAnalyzer.Analyze(TreeFingerprints, CloneIndex, Action<Diagnostic>)` is no longer there.");
        }

        _out.WriteLine();
    }

    public void WriteEdits(EditRun run, MachineState before, MachineState after)
    {
        _out.WriteLine($"### Re-analysis of one edited document in a {run.Lines.ToString("N0", Invariant)}-line compilation ({run.Trees} trees)");
        _out.WriteLine();
        _out.WriteLine($"- 1-min load average {before.LoadAverage} before, {after.LoadAverage} after. First, the full DuplicationAnalyzer run over the compilation "
            + $"(fills `FingerprintCache.Shared`): {Ms(run.FullAnalysis.Cpu)} ms CPU, {Ms(run.FullAnalysis.Wall)} ms wall, {run.FullFingerprinted} trees fingerprinted.");
        _out.WriteLine("- Then each edit inserts `_ = k;` before the first statement of a method body of another document, replaces that tree "
            + "(`Compilation.ReplaceSyntaxTree`; the other trees are the same objects), and asks a new `CompilationWithAnalyzers` "
            + "(DuplicationAnalyzer only, same analyzer instance and options) for the syntax diagnostics of the edited tree (its syntax-tree action: "
            + "clone index rebuilt for the new compilation + edited tree fingerprinted + judged) and its semantic diagnostics (driver only). "
            + "One earlier edit is discarded (JIT). Median over the edits; the breakdown columns repeat the steps through the internals.");
        _out.WriteLine();
        if (run.Edits.Count == 0)
        {
            _out.WriteLine("No document had a method body with a statement to edit.");
            _out.WriteLine();
            return;
        }

        _out.WriteLine("| Edited document | Lines | **Re-analysis CPU ms** | Wall ms | Syntax pass CPU ms | Semantic pass CPU ms | Callbacks ms | Trees fingerprinted | Index rebuild CPU ms | Fingerprint edited tree CPU ms | Judge edited tree CPU ms |");
        _out.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var edit in run.Edits)
        {
            _out.WriteLine(
                $"| `{edit.Document}` | {edit.DocumentLines} | {Ms1(edit.Cpu)} | {Ms1(edit.SyntaxPass.Wall + edit.SemanticPass.Wall)} "
                + $"| {Ms1(edit.SyntaxPass.Cpu)} | {Ms1(edit.SemanticPass.Cpu)} | {Ms1(edit.SyntaxCallbacks + edit.SemanticCallbacks)} | {edit.Fingerprinted} "
                + $"| {Ms1(edit.IndexRebuild.Cpu)} | {Ms1(edit.FingerprintEdited.Cpu)} | {(edit.JudgeEdited is { } judge ? Ms1(judge.Cpu) : "n/a")} |");
        }

        var edits = run.Edits;
        _out.WriteLine(
            $"| **Median of {edits.Count}** | – | **{Median(edits, e => e.Cpu)}** | {Median(edits, e => e.SyntaxPass.Wall + e.SemanticPass.Wall)} "
            + $"| {Median(edits, e => e.SyntaxPass.Cpu)} | {Median(edits, e => e.SemanticPass.Cpu)} | {Median(edits, e => e.SyntaxCallbacks + e.SemanticCallbacks)} "
            + $"| {Summary.Of(edits.Select(e => (double)e.Fingerprinted)).Median.ToString("0.#", Invariant)} "
            + $"| {Median(edits, e => e.IndexRebuild.Cpu)} | {Median(edits, e => e.FingerprintEdited.Cpu)} "
            + $"| {(edits.All(e => e.JudgeEdited is not null) ? Median(edits, e => e.JudgeEdited!.Value.Cpu) : "n/a")} |");
        _out.WriteLine();
    }

    private static string Median(IReadOnlyList<EditSample> edits, Func<EditSample, TimeSpan> time)
        => Summary.Of(edits.Select(e => time(e).TotalMilliseconds)).Median.ToString("N1", Invariant);

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("N0", Invariant);

    private static string Ms1(TimeSpan time) => time.TotalMilliseconds.ToString("N1", Invariant);

    private static string Mb(long bytes) => (bytes / 1024d / 1024d).ToString("N1", Invariant);
}
