using System;
using System.Collections.Generic;

namespace Harness.Analyzers.Benchmarks.Measurement;

/// <summary>One iteration: a compile and, if there are analyzers, an analyzer run, back to back.</summary>
internal sealed record IterationSample(CompileSample Compile, AnalyzerSample? Analyzers)
{
    public bool HasProblems => Compile.Errors.Count > 0 || Analyzers?.Failures.Count > 0;
}

/// <summary>The measured iterations, or the iteration (warm-up included) whose errors stopped the run.</summary>
internal sealed record BenchmarkRun(IReadOnlyList<IterationSample> Measured, IterationSample? Broken);

/// <summary>Warm-up iterations (discarded), then measured ones; stops at the first broken iteration.</summary>
internal sealed class BenchmarkRunner
{
    private readonly CompileTimer _compile;
    private readonly AnalyzerTimer? _analyzers;
    private readonly Action<string> _progress;

    public BenchmarkRunner(CompileTimer compile, AnalyzerTimer? analyzers, Action<string> progress)
    {
        _compile = compile;
        _analyzers = analyzers;
        _progress = progress;
    }

    public BenchmarkRun Run(int warmups, int iterations)
    {
        var samples = new List<IterationSample>(iterations);
        for (var i = 0; i < warmups + iterations; i++)
        {
            var label = i < warmups ? $"warm-up {i + 1}/{warmups}" : $"iteration {i - warmups + 1}/{iterations}";
            var sample = new IterationSample(_compile.Run(), _analyzers?.Run());
            _progress($"{label}: compile {sample.Compile.Compile.Wall.TotalMilliseconds:N0} ms"
                + (sample.Analyzers is null ? string.Empty : $", analyzers {sample.Analyzers.TotalExecutionTime.TotalMilliseconds:N0} ms"));
            if (sample.HasProblems)
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
