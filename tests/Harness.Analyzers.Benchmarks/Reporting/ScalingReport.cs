using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Harness.Analyzers.Benchmarks.Measurement;

namespace Harness.Analyzers.Benchmarks.Reporting;

/// <summary>
/// <c>--scaling</c>: per size, the analyzers' CPU (callbacks and marginal) against compile CPU, how it grows with the
/// corpus (CPU per 1,000 lines, and the exponent b of CPU ∝ lines^b between consecutive sizes: 1 is linear), and the
/// same per analyzer.
/// </summary>
internal sealed class ScalingReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly TextWriter _out;

    public ScalingReport(TextWriter output) => _out = output;

    public void Write(IReadOnlyList<SizeResult> sizes, AnalyzerCatalog catalog)
    {
        _out.WriteLine($"## Harness.Analyzers scaling: {string.Join(", ", catalog.Types.Select(t => t.Name))}");
        _out.WriteLine();
        _out.WriteLine($"- {sizes[0].Before.UtcTime:yyyy-MM-dd HH:mm} UTC, {MachineState.Description}");
        _out.WriteLine("- per size: medians of the iterations (each on freshly parsed trees and fresh compilations, single-threaded); "
            + "compile is `Emit`, measured in the same iterations; callback CPU is Roslyn's callback time × the run's CPU/wall ratio; "
            + "marginal is CPU of the driver run with these analyzers minus the driver run with a no-op analyzer");
        _out.WriteLine("- growth b: CPU ∝ lines^b between this size and the previous one (1.0 = linear)");
        _out.WriteLine();
        _out.WriteLine("| Lines | Files | Iterations | Compile CPU ms | Callbacks ≈ CPU ms | **Callback share** | Marginal CPU ms | **Marginal share** | Callback CPU ms per 1k lines | Growth b (callbacks) | Growth b (compile) | Load before / after | Elapsed s |");
        _out.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|");
        SizeResult? previous = null;
        foreach (var size in sizes.Where(s => s.Run.Measured.Count > 0))
        {
            var samples = size.Run.Measured;
            var lines = size.Corpus.LineCount;
            var compile = Median(samples.Select(s => s.Compile.Compile.Cpu.TotalMilliseconds));
            var callbacks = CallbackCpu(size);
            var marginal = Median(samples.Select(s => s.MarginalCpu!.Value.TotalMilliseconds));
            var callbackShare = Summary.Of(samples.Select(s => 100 * s.Analyzers!.EstimateCpu(s.Analyzers.TotalExecutionTime).TotalMilliseconds / s.Compile.Compile.Cpu.TotalMilliseconds));
            var marginalShare = Summary.Of(samples.Select(s => 100 * s.MarginalCpu!.Value.TotalMilliseconds / s.Compile.Compile.Cpu.TotalMilliseconds));
            _out.WriteLine(
                $"| {lines.ToString("N0", Invariant)} | {size.Corpus.Files.Count} | {samples.Count} (+{size.Warmup} warm-up) | {N0(compile)} | {N0(callbacks)} "
                + $"| **{Share(callbackShare, samples.Count)}** | {N0(marginal)} | **{Share(marginalShare, samples.Count)}** | {(callbacks / lines * 1000).ToString("N1", Invariant)} "
                + $"| {Growth(previous, size, CallbackCpu)} | {Growth(previous, size, s => Median(s.Run.Measured.Select(x => x.Compile.Compile.Cpu.TotalMilliseconds)))} "
                + $"| {size.Before.LoadAverage} / {size.After.LoadAverage} | {size.Elapsed.TotalSeconds.ToString("N0", Invariant)} |");
            previous = size;
        }

        _out.WriteLine();
        _out.WriteLine("Callbacks per analyzer, ≈ CPU ms (ms per 1k lines):");
        _out.WriteLine();
        var measured = sizes.Where(s => s.Run.Measured.Count > 0).ToList();
        _out.WriteLine($"| Analyzer | {string.Join(" | ", measured.Select(s => s.Corpus.LineCount.ToString("N0", Invariant) + " lines"))} |");
        _out.WriteLine($"|---|{string.Concat(measured.Select(_ => "---:|"))}");
        foreach (var type in catalog.Types)
        {
            var cells = measured.Select(s =>
            {
                var cpu = Median(s.Run.Measured.Select(x => x.Analyzers!.EstimateCpu(x.Analyzers.ExecutionTimes[type.Name]).TotalMilliseconds));
                return $"{N0(cpu)} ({(cpu / s.Corpus.LineCount * 1000).ToString("N2", Invariant)})";
            });
            _out.WriteLine($"| {type.Name} | {string.Join(" | ", cells)} |");
        }

        _out.WriteLine();
    }

    public static double CallbackCpu(SizeResult size)
        => Median(size.Run.Measured.Select(s => s.Analyzers!.EstimateCpu(s.Analyzers.TotalExecutionTime).TotalMilliseconds));

    /// <summary>The DuplicationAnalyzer's callback CPU at this size, for the index table.</summary>
    public static double? DuplicationCallbackCpu(SizeResult size)
        => size.Run.Measured.Count == 0 || !size.Run.Measured[0].Analyzers!.ExecutionTimes.ContainsKey(nameof(Redundancy.DuplicationAnalyzer))
            ? null
            : Median(size.Run.Measured.Select(s => s.Analyzers!.EstimateCpu(s.Analyzers.ExecutionTimes[nameof(Redundancy.DuplicationAnalyzer)]).TotalMilliseconds));

    private static string Growth(SizeResult? previous, SizeResult current, Func<SizeResult, double> cpu)
    {
        if (previous is null)
        {
            return "–";
        }

        var ratio = cpu(current) / cpu(previous);
        var lines = (double)current.Corpus.LineCount / previous.Corpus.LineCount;
        return ratio > 0 && lines > 1 ? (Math.Log(ratio) / Math.Log(lines)).ToString("0.00", Invariant) : "–";
    }

    private static string Share(Summary share, int count)
        => count == 1
            ? $"{share.Median.ToString("0.0", Invariant)} %"
            : $"{share.Median.ToString("0.0", Invariant)} % ({share.Min.ToString("0.0", Invariant)}–{share.Max.ToString("0.0", Invariant)})";

    private static double Median(IEnumerable<double> values) => Summary.Of(values).Median;

    private static string N0(double value) => value.ToString("N0", Invariant);
}
