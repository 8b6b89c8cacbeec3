using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Harness.Analyzers.Baseline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace Harness.Analyzers.Benchmarks.Measurement;

/// <summary>
/// One analyzer run: <see cref="Run"/> is the wall/CPU cost of the whole
/// <c>GetAnalysisResultAsync</c> (it binds the compilation too), <see cref="ExecutionTimes"/> the time
/// Roslyn measured inside each analyzer's callbacks, which is what <c>-p:ReportAnalyzer=true</c> reports.
/// <see cref="Diagnostics"/> are those reported; <see cref="Suppressed"/> counts the others (by a baseline, a
/// <c>#pragma</c> or an attribute). <see cref="UsesCompilationEvents"/>: an analyzer registered an action the driver runs
/// on compilation events (see <see cref="NoOpAnalyzer"/>).
/// </summary>
internal sealed record AnalyzerSample(
    PhaseCost Run,
    IReadOnlyDictionary<string, TimeSpan> ExecutionTimes,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> Failures,
    int Suppressed = 0,
    bool UsesCompilationEvents = false)
{
    public TimeSpan TotalExecutionTime => ExecutionTimes.Values.Aggregate(TimeSpan.Zero, (sum, time) => sum + time);

    /// <summary>
    /// The CPU time behind a callback time. Roslyn times callbacks with a stopwatch, which keeps running
    /// while a busy machine has our thread descheduled; the run is single-threaded, so its CPU/wall ratio
    /// is the share of the time it was actually on a core.
    /// </summary>
    public TimeSpan EstimateCpu(TimeSpan executionTime)
        => Run.Wall <= TimeSpan.Zero ? executionTime : executionTime * Math.Min(1d, Run.Cpu / Run.Wall);
}

/// <summary>
/// Runs the catalog's analyzers over a fresh compilation, with the <c>harness.rules</c> (if any) as an additional file
/// and the per-tree options a build would give; with a <c>harness.baseline</c>, that file too, and the baseline's
/// suppressor and malformed-entry analyzer as a build adds them.
/// </summary>
internal sealed class AnalyzerTimer
{
    public const string AnalyzerExceptionId = "AD0001";

    private readonly CompilationFactory _factory;
    private readonly AnalyzerCatalog _catalog;
    private readonly RulesFile? _rules;
    private readonly TemplateOutputOptionsProvider _configOptions;
    private readonly BaselineFile? _baseline;

    public AnalyzerTimer(CompilationFactory factory, AnalyzerCatalog catalog, RulesFile? rules, TemplateOutputOptionsProvider configOptions, BaselineFile? baseline = null)
    {
        _factory = factory;
        _catalog = catalog;
        _rules = rules;
        _configOptions = configOptions;
        _baseline = baseline;
    }

    public bool HasBaseline => _baseline is not null;

    /// <summary>The analyzers, with the baseline if there is one.</summary>
    public AnalyzerSample Run() => Run(_baseline);

    /// <summary>The same analyzers without the baseline: <see cref="Run"/> minus this is what the baseline costs.</summary>
    public AnalyzerSample RunWithoutBaseline() => Run(null);

    private AnalyzerSample Run(BaselineFile? baseline)
    {
        var analyzers = _catalog.CreateInstances();
        if (baseline is not null)
        {
            analyzers = analyzers.AddRange(new DiagnosticAnalyzer[] { new BaselineSuppressor(), new MalformedBaselineEntryAnalyzer() }
                .Where(extra => !_catalog.Types.Contains(extra.GetType())));
        }

        var (run, result, failures) = RunDriver(analyzers, baseline);
        var diagnostics = result.GetAllDiagnostics();
        foreach (var diagnostic in diagnostics.Where(d => d.Id == AnalyzerExceptionId))
        {
            failures.Add(diagnostic.ToString());
        }

        return new AnalyzerSample(
            run,
            analyzers.ToDictionary(analyzer => analyzer.GetType().Name, analyzer => ExecutionTime(result, analyzer)),
            diagnostics.Where(d => !d.IsSuppressed).ToList(),
            failures,
            diagnostics.Count(d => d.IsSuppressed),
            analyzers.Any(analyzer => result.AnalyzerTelemetryInfo.TryGetValue(analyzer, out var telemetry) && AsksForEvents(telemetry)));
    }

    /// <summary>
    /// The same driver run with <see cref="NoOpAnalyzer"/> only: what running any analyzer costs. The analyzers'
    /// run minus this one is their marginal cost, callbacks plus whatever work they make the driver do outside them
    /// (binding for semantic-model and operation actions, operation trees, symbol events).
    /// </summary>
    public PhaseCost RunBaseline() => RunDriver([new NoOpAnalyzer()], null).Run;

    /// <summary>
    /// The no-op driver run that also asks for compilation events: the binding of every body any analyzer with
    /// semantic actions makes a separate driver do, and csc does while compiling. The analyzers' run minus this one
    /// is their marginal cost beyond that binding.
    /// </summary>
    public PhaseCost RunEventsBaseline() => RunDriver([new NoOpAnalyzer(asksForCompilationEvents: true)], null).Run;

    private (PhaseCost Run, AnalysisResult Result, List<string> Failures) RunDriver(ImmutableArray<DiagnosticAnalyzer> analyzers, BaselineFile? baseline)
    {
        var compilation = _factory.Create(_factory.Parse());
        var failures = new ConcurrentQueue<string>();

        // Fresh options per run: they hold fresh additional texts (see RulesFile).
        var withAnalyzers = compilation.WithAnalyzers(analyzers, AnalyzerDriverOptions.Create(_rules, _configOptions, failures, baseline, reportSuppressed: true));

        AnalysisResult? result = null;
        var run = PhaseMeter.Measure(() => result = withAnalyzers.GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult());
        return (run, result!, failures.ToList());
    }

    private static bool AsksForEvents(AnalyzerTelemetryInfo telemetry) =>
        telemetry.SemanticModelActionsCount + telemetry.SymbolActionsCount + telemetry.SymbolStartActionsCount + telemetry.SyntaxNodeActionsCount
        + telemetry.CodeBlockActionsCount + telemetry.CodeBlockStartActionsCount + telemetry.OperationActionsCount + telemetry.OperationBlockActionsCount
        + telemetry.OperationBlockStartActionsCount + telemetry.CompilationEndActionsCount > 0;

    private static TimeSpan ExecutionTime(AnalysisResult result, DiagnosticAnalyzer analyzer)
        => result.AnalyzerTelemetryInfo.TryGetValue(analyzer, out var telemetry) ? telemetry.ExecutionTime : TimeSpan.Zero;
}
