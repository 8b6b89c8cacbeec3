using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Harness.Analyzers.Benchmarks.Measurement;

namespace Harness.Analyzers.Benchmarks.Reporting;

/// <summary><c>--csc N</c>: the marginal CPU of the selected analyzers in the real compiler, out of process.</summary>
internal sealed class CscReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly TextWriter _out;

    public CscReport(TextWriter output) => _out = output;

    public void Write(string compiler, IReadOnlyList<CscSample> samples, MachineState before, MachineState after)
    {
        _out.WriteLine("### Cross-check in the real compiler");
        _out.WriteLine();
        _out.WriteLine($"- {compiler}, on the corpus written to disk, {samples.Count} round(s) of three runs (without analyzers, with the no-op analyzer, with the selected analyzers; every other round backwards); "
            + $"1-min load average {before.LoadAverage} before, {after.LoadAverage} after");
        _out.WriteLine("- csc analyses on the compilation it compiles: the driver consumes the compile's own compilation events, so binding is partly shared; "
            + "the in-process marginal above pays a separate `CompilationWithAnalyzers` its own binding");
        _out.WriteLine();
        _out.WriteLine("| csc run | CPU ms | Share of csc CPU without analyzers |");
        _out.WriteLine("|---|---:|---:|");
        var without = samples.Select(s => s.Without.TotalMilliseconds).ToList();
        Row("Without analyzers", without, without);
        Row("With the no-op analyzer (the driver runs)", samples.Select(s => s.NoOp.TotalMilliseconds).ToList(), without);
        Row("With the selected Harness analyzers", samples.Select(s => s.With.TotalMilliseconds).ToList(), without);
        Row("Driver with no-op analyzer − without analyzers", samples.Select(s => (s.NoOp - s.Without).TotalMilliseconds).ToList(), without);
        Row("**Marginal: with Harness − with no-op**", samples.Select(s => s.Marginal.TotalMilliseconds).ToList(), without, bold: true);
        if (MeanInterval.Of(samples.Select((s, i) => 100 * s.Marginal.TotalMilliseconds / without[i]).ToList()) is { } interval)
        {
            _out.WriteLine($"| Marginal, mean of the rounds and its 95% confidence interval | | {interval.Mean.ToString("0.0", Invariant)} % ± {interval.HalfWidth.ToString("0.0", Invariant)} |");
        }

        if (samples.All(s => s.ReportedAnalyzerTime is not null))
        {
            Row("Analyzer time csc reported (`/reportanalyzer`, wall, callbacks)", samples.Select(s => s.ReportedAnalyzerTime!.Value.TotalMilliseconds).ToList(), without);
        }

        _out.WriteLine();
    }

    private void Row(string label, IReadOnlyList<double> cpu, IReadOnlyList<double> baseline, bool bold = false)
    {
        var shares = Summary.Of(cpu.Select((value, i) => 100 * value / baseline[i]));
        var share = cpu.Count == 1
            ? $"{shares.Median.ToString("0.0", Invariant)} %"
            : $"{shares.Median.ToString("0.0", Invariant)} % ({shares.Min.ToString("0.0", Invariant)}–{shares.Max.ToString("0.0", Invariant)})";
        var (open, close) = bold ? ("**", "**") : (string.Empty, string.Empty);
        _out.WriteLine($"| {label} | {Summary.Of(cpu).Median.ToString("N0", Invariant)} | {open}{share}{close} |");
    }
}
