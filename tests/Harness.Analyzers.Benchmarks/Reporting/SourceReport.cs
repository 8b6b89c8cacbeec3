using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Harness.Analyzers.Benchmarks.Corpus;
using Harness.Analyzers.Benchmarks.Measurement;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Benchmarks.Reporting;

internal sealed record SourceReportInput(
    BenchmarkOptions Options,
    SourceFolderCorpus Corpus,
    RulesFile? Rules,
    string ReferenceSource,
    AnalyzerCatalog Catalog,
    IReadOnlyList<IterationSample> Samples,
    IReadOnlyList<ReportedDiagnostic> Reports,
    CloneEditRun? Edits,
    VerdictFile? Verdicts,
    MachineState Before,
    MachineState After,
    MachineState AfterEdits,
    BaselineFile? Baseline = null,
    BaselineWritten? BaselineWritten = null);

/// <summary><c>--baseline-write</c>: where, how many entries, how many findings they count.</summary>
internal sealed record BaselineWritten(string Path, int Entries, int Findings);

/// <summary>
/// <c>--src</c>: what a build pays on real code. The headline is the marginal analysis CPU as a share of compile CPU,
/// with the callback share beside it (never instead: callbacks leave out the binding the analyzers cause), then the
/// cost table of the generated-corpus report, the reports per ID, the edit re-analysis and, if given, the verdicts
/// and the <c>harness.baseline</c> (read or written).
/// </summary>
internal sealed class SourceReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly TextWriter _out;

    public SourceReport(TextWriter output) => _out = output;

    /// <returns>With a baseline, the findings it left reported; else none.</returns>
    public IReadOnlyList<Diagnostic> Write(SourceReportInput input)
    {
        var samples = input.Samples;
        var corpus = input.Corpus;
        var compile = samples[^1].Compile;
        _out.WriteLine($"## Harness.Analyzers on real code: {corpus.Name}, {corpus.LineCount.ToString("N0", Invariant)} lines, {corpus.SourceFileCount} files");
        _out.WriteLine();
        _out.WriteLine($"- {input.Before.UtcTime:yyyy-MM-dd HH:mm} UTC, {MachineState.Description}; 1-min load average {input.Before.LoadAverage} before, {input.After.LoadAverage} after the iterations, {input.AfterEdits.LoadAverage} after the edits");
        _out.WriteLine($"- folders: {string.Join(", ", corpus.Roots.Select(r => $"`{r}`"))} (every `*.cs` but `bin`/`obj`), plus a generated file of the SDK's implicit global usings");
        _out.WriteLine($"- {TemplateOutput(corpus)}");
        _out.WriteLine($"- analyzers: {(input.Catalog.IsEmpty ? "none" : string.Join(", ", input.Catalog.Types.Select(t => t.Name)))}; rules file: {(input.Rules is null ? "none" : $"`{input.Rules.Path}`")}");
        _out.WriteLine($"- median of {samples.Count} iteration(s) after {input.Options.Warmup} warm-up; each phase on freshly parsed trees and a fresh compilation, single-threaded (`concurrentBuild: false`, `concurrentAnalysis: false`); C# latest, nullable and unsafe enabled; references: {input.ReferenceSource}");
        _out.WriteLine($"- compile: {compile.Errors.Count.ToString("N0", Invariant)} errors (the code's packages are not referenced), {compile.Warnings.ToString("N0", Invariant)} warnings. "
            + (compile.Emitted
                ? "Compile is `Emit` to a `MemoryStream`."
                : "`Emit` stops on errors after binding every declaration and method body, so compile is what `GetDiagnostics()` costs "
                    + "(no lowering, no IL): less than a build's compile, which makes the shares below somewhat higher than a real build's."));
        _out.WriteLine();

        if (!input.Catalog.IsEmpty)
        {
            WriteHeadline(samples);
        }

        new Report(_out).WriteCosts(samples, input.Catalog);
        if (!input.Catalog.IsEmpty)
        {
            WriteCounts(input.Reports, samples[^1].Analyzers!.Failures.Count);
        }

        if (input.Edits is { } edits)
        {
            WriteEdits(edits, corpus);
        }

        if (input.Verdicts is { } verdicts)
        {
            new VerdictReport(_out).Write(verdicts, input.Reports);
        }

        if (input.BaselineWritten is { } written)
        {
            _out.WriteLine($"Baseline written to `{written.Path}`: {written.Entries.ToString("N0", Invariant)} entries, {written.Findings.ToString("N0", Invariant)} findings.");
            _out.WriteLine();
        }

        return input.Baseline is { } baseline && !input.Catalog.IsEmpty ? new BaselineReport(_out).Write(baseline, samples, input.Options.Warmup, corpus) : [];
    }

    private void WriteHeadline(IReadOnlyList<IterationSample> samples)
    {
        var compileCpu = Report.CompileCpu(samples);
        var marginal = Report.Share(samples.Select(s => s.MarginalCpu!.Value), compileCpu);
        var callbacks = Report.Share(samples.Select(s => s.Analyzers!.EstimateCpu(s.Analyzers.TotalExecutionTime)), compileCpu);
        _out.WriteLine($"**What a build pays: marginal analysis CPU = {marginal} of compile CPU** (driver run with these analyzers − driver run with a no-op analyzer); "
            + $"beside it, their callback time (what `ReportAnalyzer` shows) = {callbacks}. Median (min–max) over the iterations.");
        if (samples.All(s => s.BeyondEventsCpu is not null))
        {
            var beyond = Report.Share(samples.Select(s => s.BeyondEventsCpu!.Value), compileCpu);
            _out.WriteLine();
            _out.WriteLine($"These analyzers use compilation events (semantic-model, symbol, syntax-node, operation or compilation-end actions), for which a "
                + $"separate driver run binds every method body; csc produces the events while it compiles. **Beyond that binding: {beyond} of compile CPU** "
                + "(driver run with these analyzers − no-op driver run asking for compilation events).");
        }

        _out.WriteLine();
    }

    private void WriteCounts(IReadOnlyList<ReportedDiagnostic> reports, int failures)
    {
        _out.WriteLine("| Diagnostic | Reports | Files |");
        _out.WriteLine("|---|---:|---:|");
        foreach (var group in reports.GroupBy(r => r.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            _out.WriteLine($"| {group.Key} | {group.Count().ToString("N0", Invariant)} | {group.Select(r => r.File).Distinct().Count().ToString("N0", Invariant)} |");
        }

        _out.WriteLine($"| **All** | **{reports.Count.ToString("N0", Invariant)}** | {reports.Select(r => r.File).Distinct().Count().ToString("N0", Invariant)} |");
        _out.WriteLine();
        _out.WriteLine($"Analyzer exceptions (thrown or `{AnalyzerTimer.AnalyzerExceptionId}`): {failures}.");
        _out.WriteLine();
    }

    private void WriteEdits(CloneEditRun run, SourceFolderCorpus corpus)
    {
        _out.WriteLine($"### Re-analysis of one edited document, as an editor does it ({run.Trees} trees)");
        _out.WriteLine();
        _out.WriteLine($"- First a full analysis of the compilation with the same analyzers (the editor's background pass): {Ms(run.FullAnalysis.Cpu)} ms CPU, {Ms(run.FullAnalysis.Wall)} ms wall.");
        _out.WriteLine("- Each edit inserts into a document a renamed copy of a method of another file (3+ statements and 1.5 × `min_tokens` tokens, under 40 lines), replaces that tree "
            + "(`WithChangedText`, `ReplaceSyntaxTree`: the other trees are the same objects), and asks a **fresh `CompilationWithAnalyzers`** for the "
            + "document's syntax diagnostics, then its semantic diagnostics. Edits accumulate; each goes to another document, the largest among them. "
            + "One earlier edit is discarded (JIT). 'Copy reported': a clone diagnostic on the copy or naming it, in the edited document's results "
            + "(else, untimed, in the original's document).");
        _out.WriteLine();
        if (run.Edits.Count == 0)
        {
            _out.WriteLine("No edit: fewer than two documents with a type, or no method to copy.");
            _out.WriteLine();
            return;
        }

        _out.WriteLine("| Edited document | Lines | Copy of | **CPU ms** | Wall ms | Syntax pass CPU ms | Semantic pass CPU ms | Callbacks ms | Copy reported |");
        _out.WriteLine("|---|---:|---|---:|---:|---:|---:|---:|---|");
        foreach (var edit in run.Edits)
        {
            var r = edit.Request;
            var found = edit.CopyIds.Count == 0 ? edit.CopyFound : $"{edit.CopyFound} ({string.Join(", ", edit.CopyIds)})";
            _out.WriteLine(
                $"| `{corpus.RelativePath(edit.Document)}` | {edit.DocumentLines.ToString("N0", Invariant)} | `{edit.CopiedMethod}` of `{corpus.RelativePath(edit.CopiedFrom)}` "
                + $"| {Ms1(r.Cpu)} | {Ms1(r.Wall)} | {Ms1(r.SyntaxPass.Cpu)} | {Ms1(r.SemanticPass.Cpu)} | {Ms1(r.SyntaxCallbacks + r.SemanticCallbacks)} | {found} |");
        }

        var cpu = Summary.Of(run.Edits.Select(e => e.Request.Cpu.TotalMilliseconds));
        var wall = Summary.Of(run.Edits.Select(e => e.Request.Wall.TotalMilliseconds));
        var reported = run.Edits.Count(e => e.CopyFound != "no");
        _out.WriteLine();
        _out.WriteLine($"**Edit re-analysis over {run.Edits.Count} edits: CPU median {F1(cpu.Median)} ms, p90 {F1(cpu.P90)} ms; wall median {F1(wall.Median)} ms, p90 {F1(wall.P90)} ms; "
            + (run.ClonesChecked
                ? $"injected copy reported in {reported} of {run.Edits.Count} edits ({run.Edits.Count(e => e.CopyFound == "edited document")} in the edited document's own results).**"
                : "the clone analyzer is not selected, so whether the copy was reported is n/a.**"));
        _out.WriteLine();
    }

    /// <summary>The files the analyzers were told are template output, as the package's build props would in a build.</summary>
    private static string TemplateOutput(SourceFolderCorpus corpus)
    {
        var files = corpus.TemplateOutputPaths.Select(corpus.RelativePath).Order(StringComparer.Ordinal).ToList();
        return files.Count switch
        {
            0 => "no file is template output (no `LastGenOutput`, `AutoGen` or `DependentUpon` a `.tt` in a `*.csproj` of the folders)",
            1 => $"1 file is template output (`{files[0]}`), as the package's build props mark it: the analyzers get `build_metadata.Compile.HarnessTemplateOutput = true` for it",
            _ => $"{files.Count} files are template output ({string.Join(", ", files.Select(f => $"`{f}`"))}), as the package's build props mark them: "
                + "the analyzers get `build_metadata.Compile.HarnessTemplateOutput = true` for them",
        };
    }

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("N0", Invariant);

    private static string Ms1(TimeSpan time) => F1(time.TotalMilliseconds);

    private static string F1(double value) => value.ToString("N1", Invariant);
}
