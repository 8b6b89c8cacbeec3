using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Harness.Analyzers.Baseline;
using Harness.Analyzers.Benchmarks.Corpus;
using Harness.Analyzers.Benchmarks.Measurement;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Benchmarks.Reporting;

/// <summary>
/// <c>--baseline FILE</c>: what the baseline accepted and what it left reported (every finding listed with its key),
/// its stale (HAR0009) and malformed (HAR0010) entries, and what analysing with it costs: the analyzers' driver run
/// with the baseline and its suppressor minus the same run without them, per iteration, as a share of compile CPU.
/// </summary>
internal sealed class BaselineReport
{
    private const int MaxListed = 100;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly TextWriter _out;

    public BaselineReport(TextWriter output) => _out = output;

    /// <returns>The findings left: reported, with a baseline key, not accepted by the baseline.</returns>
    public IReadOnlyList<Diagnostic> Write(BaselineFile baseline, IReadOnlyList<IterationSample> samples, int warmup, SourceFolderCorpus corpus)
    {
        var document = baseline.Parse();
        var last = samples[^1].Analyzers!;
        var left = last.Diagnostics.Where(d => FindingKey.Of(d) is not null).OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        var compileCpu = Report.CompileCpu(samples);
        var withBaseline = samples.Select(s => s.Analyzers!).ToList();
        var without = samples.Select(s => s.WithoutHarnessBaseline!).ToList();
        var callbacks = samples.Select(s => s.Analyzers!.EstimateCpu(s.Analyzers.TotalExecutionTime) - s.WithoutHarnessBaseline!.EstimateCpu(s.WithoutHarnessBaseline.TotalExecutionTime));
        var suppressor = samples.Select(s => s.Analyzers!.EstimateCpu(s.Analyzers.ExecutionTimes.GetValueOrDefault(nameof(BaselineSuppressor))));

        _out.WriteLine($"### harness.baseline: `{baseline.Source}`, read as `{baseline.Path}`");
        _out.WriteLine();
        _out.WriteLine($"- {N(document.Entries.Length)} entries accepting {N(document.Entries.Sum(e => e.Count))} findings; {N(document.Problems.Length)} lines that are not entries");
        _out.WriteLine($"- **{N(left.Count)} findings left** (reported: not in the baseline, or beyond an entry's count); {N(last.Suppressed)} suppressed (by the baseline, or in code)");
        _out.WriteLine($"- stale entries (HAR0009): {N(last.Diagnostics.Count(d => d.Id == Descriptors.StaleBaselineEntry.Id))}; "
            + $"malformed lines (HAR0010): {N(last.Diagnostics.Count(d => d.Id == Descriptors.MalformedBaselineEntry.Id))}");
        _out.WriteLine($"- **What the baseline costs: the analyzers' driver run with it (and `{nameof(BaselineSuppressor)}`, `{nameof(MalformedBaselineEntryAnalyzer)}`) − without it = "
            + $"{Ms(samples.Select(s => s.HarnessBaselineCpu!.Value))} ms CPU = {Report.Share(samples.Select(s => s.HarnessBaselineCpu!.Value), compileCpu)} of compile CPU**; "
            + $"callbacks {Ms(callbacks)} ms = {Report.Share(callbacks, compileCpu)} (the suppressor's own {Ms(suppressor)} ms). "
            + $"Driver run without it: {Ms(without.Select(a => a.Run.Cpu))} ms CPU, with it: {Ms(withBaseline.Select(a => a.Run.Cpu))} ms. Median (min–max) over the iterations"
            + (warmup == 0 ? "; without a warm-up the run with the baseline, which goes first, also pays the analyzers' JIT: not a cost figure." : "."));
        _out.WriteLine();
        if (left.Count > 0)
        {
            _out.WriteLine("| Finding left | File | Line | Key |");
            _out.WriteLine("|---|---|---:|---|");
            foreach (var diagnostic in left.Take(MaxListed))
            {
                var span = diagnostic.Location.GetLineSpan();
                _out.WriteLine($"| {diagnostic.Id} | `{corpus.RelativePath(span.Path)}` | {span.StartLinePosition.Line + 1} | `{FindingKey.Of(diagnostic)!.Replace("|", "\\|")}` |");
            }

            _out.WriteLine(left.Count > MaxListed ? $"\n… and {left.Count - MaxListed} more (`--dump` lists every report).\n" : string.Empty);
        }

        return left;
    }

    private static string N(int value) => value.ToString("N0", Invariant);

    private static string Ms(IEnumerable<TimeSpan> times) => Summary.Of(times.Select(t => t.TotalMilliseconds)).Median.ToString("N0", Invariant);
}
