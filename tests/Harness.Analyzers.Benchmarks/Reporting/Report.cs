using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Harness.Analyzers.Benchmarks.Corpus;
using Harness.Analyzers.Benchmarks.Measurement;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Benchmarks.Reporting;

internal sealed record ReportInput(
    BenchmarkOptions Options,
    GeneratedCorpus Corpus,
    string ReferenceSource,
    AnalyzerCatalog Catalog,
    IReadOnlyList<IterationSample> Samples,
    MachineState Before,
    MachineState After);

/// <summary>
/// Prints the results as markdown that can be pasted into a release note: a cost table with every
/// share computed per iteration (analyzer and compile time from the same run) and then the median,
/// and a sanity table of diagnostics per ID against the violations injected. Shares are of CPU time:
/// both sides run single-threaded, so on a quiet machine CPU equals wall, and on a busy one CPU time
/// leaves out the time a neighbour held the core.
/// </summary>
internal sealed class Report
{
    private const int MaxListed = 10;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly TextWriter _out;

    public Report(TextWriter output) => _out = output;

    /// <returns>Whether the diagnostics matched the injected violations (always true without analyzers).</returns>
    public bool Write(ReportInput input)
    {
        var samples = input.Samples;
        var corpus = input.Corpus;
        _out.WriteLine($"## Harness.Analyzers benchmark: {corpus.LineCount.ToString("N0", Invariant)} lines, {corpus.Files.Count} files");
        _out.WriteLine();
        _out.WriteLine($"- {input.Before.UtcTime:yyyy-MM-dd HH:mm} UTC, {MachineState.Description}; 1-min load average {input.Before.LoadAverage} before, {input.After.LoadAverage} after");
        _out.WriteLine($"- median of {samples.Count} iteration(s) after {input.Options.Warmup} warm-up; each on freshly parsed trees and a fresh compilation, single-threaded (`concurrentBuild: false`, `concurrentAnalysis: false`)");
        _out.WriteLine($"- corpus seed {input.Options.Seed}, {corpus.Violations.Count} injected violations, 0 compile errors and {samples[^1].Compile.Warnings} warnings; references: {input.ReferenceSource}");
        _out.WriteLine();

        if (!WriteCosts(samples, input.Catalog))
        {
            _out.WriteLine("No analyzers: Harness.Analyzers has no `DiagnosticAnalyzer` yet, so only compile time was measured.");
            return true;
        }

        return WriteDiagnostics(corpus, samples[^1].Analyzers!.Diagnostics, input.Catalog.SupportedIds);
    }

    /// <summary>
    /// The cost table, shared by the generated corpus and real code: compile, each analyzer's callbacks, the driver
    /// runs and the marginal analysis CPU, every share of the same iteration's compile CPU.
    /// </summary>
    /// <returns>False when there are no analyzers: only compile and parse were measured.</returns>
    public bool WriteCosts(IReadOnlyList<IterationSample> samples, AnalyzerCatalog catalog)
    {
        _out.WriteLine("| Phase | Wall ms | CPU ms | Allocated MB | Share of compile CPU |");
        _out.WriteLine("|---|---:|---:|---:|---:|");
        var compileCpu = CompileCpu(samples);
        CostRow(CompileLabel(samples), samples.Select(s => s.Compile.Compile).ToList(), compileCpu, isBaseline: true);
        if (catalog.IsEmpty)
        {
            CostRow("Parse (not part of compile)", samples.Select(s => s.Compile.Parse).ToList(), compileCpu);
            _out.WriteLine();
            return false;
        }

        var analyzerSamples = samples.Select(s => s.Analyzers!).ToList();
        foreach (var type in catalog.Types)
        {
            CallbackRow($"{type.Name} (callbacks)", analyzerSamples, a => a.ExecutionTimes[type.Name], compileCpu, bold: false);
        }

        CallbackRow("All Harness analyzers (callbacks)", analyzerSamples, a => a.TotalExecutionTime, compileCpu, bold: true);
        CostRow("Analyzer driver run: binding + callbacks", analyzerSamples.Select(a => a.Run).ToList(), compileCpu);
        CostRow("No-op analyzer driver run (baseline)", samples.Select(s => s.Baseline!.Value).ToList(), compileCpu);
        MarginalRow("Marginal analysis CPU: driver run − no-op driver run", samples, s => s.Baseline!.Value, compileCpu);
        if (samples.All(s => s.EventsBaseline is not null))
        {
            CostRow("No-op driver run asking for compilation events (binds every body, as csc does while compiling)", samples.Select(s => s.EventsBaseline!.Value).ToList(), compileCpu);
            MarginalRow("Marginal beyond the compilation events: driver run − that no-op run", samples, s => s.EventsBaseline!.Value, compileCpu);
        }

        CostRow("Parse (not part of compile)", samples.Select(s => s.Compile.Parse).ToList(), compileCpu);
        _out.WriteLine();
        return true;
    }

    /// <summary>What "compile" measured: a full Emit, or an Emit that stopped on errors after binding.</summary>
    public static string CompileLabel(IReadOnlyList<IterationSample> samples)
        => samples.All(s => s.Compile.Emitted)
            ? "Compile: `Emit` (reports all diagnostics, like csc)"
            : "Compile: `Emit`, stopped on errors (binds and reports like `GetDiagnostics()`, writes no IL)";

    public static IReadOnlyList<double> CompileCpu(IReadOnlyList<IterationSample> samples)
        => samples.Select(s => s.Compile.Compile.Cpu.TotalMilliseconds).ToList();

    public void WriteBroken(IterationSample broken)
    {
        var errors = broken.Compile.Errors;
        if (errors.Count > 0)
        {
            _out.WriteLine($"The corpus does not compile: {errors.Count} error(s). First {Math.Min(MaxListed, errors.Count)}:");
            foreach (var error in errors.Take(MaxListed))
            {
                _out.WriteLine($"  {error}");
            }
        }

        var failures = (broken.Analyzers?.Failures ?? []).Concat(broken.WithoutHarnessBaseline?.Failures ?? []).ToList();
        if (failures.Count > 0)
        {
            _out.WriteLine($"Analyzers failed {failures.Count} time(s). First {Math.Min(MaxListed, failures.Count)}, with the top of their stacks:");
            foreach (var failure in failures.Take(MaxListed))
            {
                _out.WriteLine($"  {string.Join("\n  ", failure.Split('\n').Take(3))}");
            }
        }
    }

    /// <summary>
    /// Compares the diagnostics with the injected violations, for the IDs the corpus accounts for and
    /// the selected analyzers can report.
    /// </summary>
    private bool WriteDiagnostics(GeneratedCorpus corpus, IReadOnlyList<Diagnostic> diagnostics, IReadOnlySet<string> supportedIds)
    {
        bool IsChecked(string id) => GeneratedCorpus.AccountsFor(id) && supportedIds.Contains(id);

        var expected = corpus.ExpectedDiagnostics;
        var reported = diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
        var ids = expected.Keys.Union(reported.Keys).OrderBy(id => id, StringComparer.Ordinal).ToList();
        var mismatched = ids.Where(id => IsChecked(id) && expected.GetValueOrDefault(id) != reported.GetValueOrDefault(id)).ToList();

        _out.WriteLine("| Diagnostic | Injected | Reported |");
        _out.WriteLine("|---|---:|---:|");
        foreach (var id in ids)
        {
            var count = expected.GetValueOrDefault(id);
            var injected = IsChecked(id) ? count.ToString(Invariant) : count == 0 ? "not checked" : $"{count}, not checked";
            _out.WriteLine($"| {id} | {injected} | {reported.GetValueOrDefault(id)}{(mismatched.Contains(id) ? " (mismatch)" : string.Empty)} |");
        }

        var checkedCount = diagnostics.Count(d => IsChecked(d.Id));
        var checkedViolations = corpus.Violations.Count(v => IsChecked(v.ExpectedDiagnosticId));
        _out.WriteLine();
        _out.WriteLine($"Sanity: {checkedViolations} injected violations for the selected analyzers, {checkedCount} configuration and architecture diagnostics reported: "
            + (mismatched.Count == 0 ? "match." : $"MISMATCH in {string.Join(", ", mismatched)}."));
        foreach (var diagnostic in diagnostics.Where(d => mismatched.Contains(d.Id)).Take(MaxListed))
        {
            _out.WriteLine($"  {diagnostic}");
        }

        _out.WriteLine();

        return mismatched.Count == 0;
    }

    private void CostRow(string phase, IReadOnlyList<PhaseCost> costs, IReadOnlyList<double> compileCpu, bool isBaseline = false)
        => _out.WriteLine(
            $"| {phase} | {Milliseconds(costs.Select(c => c.Wall))} | {Milliseconds(costs.Select(c => c.Cpu))} | "
            + $"{Format(Summary.Of(costs.Select(c => c.AllocatedBytes / 1024d / 1024d)).Median, "N0")} | "
            + $"{(isBaseline ? "100 %" : Share(costs.Select(c => c.Cpu), compileCpu))} |");

    /// <summary>
    /// The analyzers' driver run minus a no-op driver run, per iteration: callbacks plus the binding, operation
    /// trees and events they make the driver produce outside them (beyond what that no-op run made it produce).
    /// Noisier than callback time (a difference of two runs), so its range matters.
    /// </summary>
    private void MarginalRow(string phase, IReadOnlyList<IterationSample> samples, Func<IterationSample, PhaseCost> baseline, IReadOnlyList<double> compileCpu)
    {
        var costs = samples.Select(s => new PhaseCost(
            s.Analyzers!.Run.Wall - baseline(s).Wall,
            s.Analyzers.Run.Cpu - baseline(s).Cpu,
            s.Analyzers.Run.AllocatedBytes - baseline(s).AllocatedBytes)).ToList();
        _out.WriteLine(
            $"| **{phase}** | {Milliseconds(costs.Select(c => c.Wall))} | {Milliseconds(costs.Select(c => c.Cpu))} | "
            + $"{Format(Summary.Of(costs.Select(c => c.AllocatedBytes / 1024d / 1024d)).Median, "N0")} | **{Share(costs.Select(c => c.Cpu), compileCpu)}** |");
    }

    /// <summary>A row of callback times; their CPU time is estimated (see <see cref="AnalyzerSample.EstimateCpu"/>).</summary>
    private void CallbackRow(
        string phase, IReadOnlyList<AnalyzerSample> samples, Func<AnalyzerSample, TimeSpan> time, IReadOnlyList<double> compileCpu, bool bold)
    {
        var cpu = samples.Select(sample => sample.EstimateCpu(time(sample))).ToList();
        var (open, close) = bold ? ("**", "**") : (string.Empty, string.Empty);
        _out.WriteLine(
            $"| {open}{phase}{close} | {Milliseconds(samples.Select(time))} | ≈ {Milliseconds(cpu)} | – | "
            + $"{open}{Share(cpu, compileCpu)}{close} |");
    }

    private static string Milliseconds(IEnumerable<TimeSpan> times) => Format(Summary.Of(times.Select(t => t.TotalMilliseconds)).Median, "N0");

    /// <summary>Median of the per-iteration shares, with their range when there is more than one iteration.</summary>
    public static string Share(IEnumerable<TimeSpan> times, IReadOnlyList<double> compileCpu)
    {
        var shares = Summary.Of(times.Select((time, i) => 100 * time.TotalMilliseconds / compileCpu[i]));
        var median = $"{Format(shares.Median, "0.0")} %";
        return compileCpu.Count == 1 ? median : $"{median} ({Format(shares.Min, "0.0")}–{Format(shares.Max, "0.0")})";
    }

    private static string Format(double value, string format) => value.ToString(format, Invariant);
}
