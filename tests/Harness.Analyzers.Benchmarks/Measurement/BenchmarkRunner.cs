using System;
using System.Collections.Generic;

namespace Harness.Analyzers.Benchmarks.Measurement;

/// <summary>
/// One iteration: a compile and, if there are analyzers, the driver with a no-op analyzer (the baseline of the
/// marginal cost) and the driver with the analyzers, each on its own fresh compilation; with a
/// <c>harness.baseline</c>, the analyzers run with it and, as <see cref="WithoutHarnessBaseline"/>, without it. When the
/// analyzers use compilation events, also the no-op driver run that asks for them (<see cref="EventsBaseline"/>).
/// </summary>
internal sealed record IterationSample(CompileSample Compile, AnalyzerSample? Analyzers, PhaseCost? Baseline, AnalyzerSample? WithoutHarnessBaseline = null, PhaseCost? EventsBaseline = null)
{
    public bool AnalyzersFailed => Analyzers?.Failures.Count > 0 || WithoutHarnessBaseline?.Failures.Count > 0;

    /// <summary>CPU of the analyzers' driver run beyond the no-op driver run: callbacks and the binding they cause.</summary>
    public TimeSpan? MarginalCpu => Analyzers is null || Baseline is null ? null : Analyzers.Run.Cpu - Baseline.Value.Cpu;

    /// <summary>CPU of the analyzers' driver run beyond the driver's binding for compilation events, which csc shares with compiling.</summary>
    public TimeSpan? BeyondEventsCpu => Analyzers is null || EventsBaseline is null ? null : Analyzers.Run.Cpu - EventsBaseline.Value.Cpu;

    /// <summary>What the <c>harness.baseline</c> adds: the analyzers' driver run with it minus without it.</summary>
    public TimeSpan? HarnessBaselineCpu => WithoutHarnessBaseline is null ? null : Analyzers!.Run.Cpu - WithoutHarnessBaseline.Run.Cpu;
}

/// <summary>The measured iterations, or the iteration (warm-up included) whose errors stopped the run.</summary>
internal sealed record BenchmarkRun(IReadOnlyList<IterationSample> Measured, IterationSample? Broken);

/// <summary>
/// Warm-up iterations (discarded), then measured ones; stops at the first broken iteration: an analyzer failed, or
/// the code does not compile where it must (the generated corpus; real code without its packages never does).
/// </summary>
internal sealed class BenchmarkRunner
{
    private readonly CompileTimer _compile;
    private readonly AnalyzerTimer? _analyzers;
    private readonly Action<string> _progress;
    private readonly bool _acceptCompileErrors;

    public BenchmarkRunner(CompileTimer compile, AnalyzerTimer? analyzers, Action<string> progress, bool acceptCompileErrors = false)
    {
        _compile = compile;
        _analyzers = analyzers;
        _progress = progress;
        _acceptCompileErrors = acceptCompileErrors;
    }

    public BenchmarkRun Run(int warmups, int iterations)
    {
        var samples = new List<IterationSample>(iterations);
        for (var i = 0; i < warmups + iterations; i++)
        {
            var label = i < warmups ? $"warm-up {i + 1}/{warmups}" : $"iteration {i - warmups + 1}/{iterations}";
            var compile = _compile.Run();
            var baseline = _analyzers?.RunBaseline();

            // With a harness.baseline, the runs with and without it take turns going first, so neither always runs
            // on the heap and caches the other left.
            var withoutFirst = _analyzers is { HasBaseline: true } && i % 2 == 1 ? _analyzers.RunWithoutBaseline() : null;
            var analyzers = _analyzers?.Run();
            var without = withoutFirst ?? (_analyzers is { HasBaseline: true } ? _analyzers.RunWithoutBaseline() : null);
            var eventsBaseline = analyzers is { UsesCompilationEvents: true } ? _analyzers!.RunEventsBaseline() : (PhaseCost?)null;
            var sample = new IterationSample(compile, analyzers, baseline, without, eventsBaseline);
            _progress($"{label}: compile {sample.Compile.Compile.Cpu.TotalMilliseconds:N0} ms CPU"
                + (sample.Analyzers is null
                    ? string.Empty
                    : $", analyzer callbacks {sample.Analyzers.TotalExecutionTime.TotalMilliseconds:N0} ms, marginal {sample.MarginalCpu!.Value.TotalMilliseconds:N0} ms CPU")
                + (sample.BeyondEventsCpu is { } beyond ? $", beyond compilation events {beyond.TotalMilliseconds:N0} ms CPU" : string.Empty)
                + (sample.HarnessBaselineCpu is { } baselineCpu ? $", harness.baseline {baselineCpu.TotalMilliseconds:N0} ms CPU" : string.Empty)
                + $" (load {Reporting.MachineState.Now().LoadAverage})");
            if (sample.AnalyzersFailed || (!_acceptCompileErrors && sample.Compile.Errors.Count > 0))
            {
                return new BenchmarkRun(samples, sample);
            }

            if (i >= warmups)
            {
                samples.Add(sample);
            }
        }

        return new BenchmarkRun(samples, null);
    }
}
