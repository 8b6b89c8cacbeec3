using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Harness.Analyzers.Benchmarks.Corpus;
using Harness.Analyzers.Benchmarks.Reporting;
using Harness.Analyzers.Redundancy;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Benchmarks.Measurement;

/// <summary>The measurements at one corpus size.</summary>
internal sealed record SizeResult(
    GeneratedCorpus Corpus,
    int Warmup,
    BenchmarkRun Run,
    IndexSample? Index,
    MachineState Before,
    MachineState After,
    MachineState AfterIndex,
    TimeSpan Elapsed);

/// <summary>
/// <c>--scaling</c>: the usual iterations at each size (warm-up only before the first; one iteration from
/// <see cref="BenchmarkOptions.LargeSize"/> lines on), then the clone index probe at that size. Stops at the first
/// broken size.
/// </summary>
internal sealed class ScalingRunner
{
    private readonly BenchmarkOptions _options;
    private readonly AnalyzerCatalog _catalog;
    private readonly IReadOnlyList<MetadataReference> _references;
    private readonly bool _probeIndex;
    private readonly Action<string> _progress;

    public ScalingRunner(BenchmarkOptions options, AnalyzerCatalog catalog, IReadOnlyList<MetadataReference> references, bool probeIndex, Action<string> progress)
    {
        _options = options;
        _catalog = catalog;
        _references = references;
        _probeIndex = probeIndex;
        _progress = progress;
    }

    public IReadOnlyList<SizeResult> Run()
    {
        var results = new List<SizeResult>();
        foreach (var size in _options.Sizes)
        {
            var stopwatch = Stopwatch.StartNew();
            var corpus = CorpusGenerator.Generate(size, _options.Violations, _options.Seed);
            var warmup = results.Count == 0 ? _options.Warmup : 0;
            var iterations = size >= BenchmarkOptions.LargeSize ? _options.LargeIterations : _options.Iterations;
            _progress($"size {size:N0}: {corpus.LineCount:N0} lines in {corpus.Files.Count} files, {warmup} warm-up + {iterations} iteration(s)");
            var factory = new CompilationFactory(corpus, _references);
            var runner = new BenchmarkRunner(
                new CompileTimer(factory),
                _catalog.IsEmpty ? null : new AnalyzerTimer(factory, _catalog, corpus.Rules, TemplateOutputOptionsProvider.Empty),
                _progress);

            var before = MachineState.Now();
            var run = runner.Run(warmup, iterations);
            var after = MachineState.Now();
            IndexSample? index = null;
            if (run.Broken is null && _probeIndex)
            {
                _progress($"size {size:N0}: clone index phases and memory");
                index = new IndexProbe(factory, RedundancyInternals.LoadScope(corpus.Rules, TemplateOutputOptionsProvider.Empty)).Run(corpus.LineCount);
            }

            results.Add(new SizeResult(corpus, warmup, run, index, before, after, MachineState.Now(), stopwatch.Elapsed));
            _progress($"size {size:N0}: done in {stopwatch.Elapsed.TotalSeconds:N0} s");
            if (run.Broken is not null)
            {
                break;
            }
        }

        return results;
    }

    /// <summary>Whether the catalog includes the analyzer whose internals the probes call.</summary>
    public static bool HasDuplicationAnalyzer(AnalyzerCatalog catalog) => catalog.Types.Any(type => type == typeof(DuplicationAnalyzer));
}
