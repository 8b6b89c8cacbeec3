using System;
using System.Collections.Generic;
using System.Linq;

namespace Harness.Analyzers.Benchmarks.Corpus;

/// <summary>
/// Generates the Bench.Shop corpus: the shared kernel, then aggregates (six files each, one per
/// <see cref="FileRole"/>) until the requested size is reached, then per-module wiring, with the
/// requested number of violations injected. The same seed always gives the same corpus.
/// </summary>
internal static class CorpusGenerator
{
    private static readonly Func<AggregateModel, IReadOnlyList<Violation>, CorpusFile>[] AggregateWriters =
    [
        DomainWriter.Entity,
        DomainWriter.Rules,
        ApplicationWriter.Contracts,
        ApplicationWriter.Handlers,
        InfrastructureWriter.Persistence,
        WebWriter.Endpoints,
    ];

    public static GeneratedCorpus Generate(int targetLines, int violationCount, int seed)
    {
        var random = new Random(seed);
        var files = CommonFiles.All().ToList();
        var lines = files.Sum(f => f.LineCount);

        // Aggregates are added until the target is met; each is rendered clean first, to count its lines.
        var factory = new AggregateFactory(random);
        var aggregates = new List<AggregateModel>();
        var rendered = new List<IReadOnlyList<CorpusFile>>();
        while (lines < targetLines || aggregates.Count < 2)
        {
            var aggregate = factory.Next();
            var aggregateFiles = Render(aggregate, []);
            aggregates.Add(aggregate);
            rendered.Add(aggregateFiles);
            lines += aggregateFiles.Sum(f => f.LineCount);
        }

        // Then the few aggregates that host a violation are rendered again with it.
        var violations = ViolationPlanner.Plan(aggregates, violationCount, random);
        for (var i = 0; i < aggregates.Count; i++)
        {
            var hosted = violations.Where(v => ReferenceEquals(v.Host, aggregates[i])).ToList();
            files.AddRange(hosted.Count == 0 ? rendered[i] : Render(aggregates[i], hosted));
        }

        files.AddRange(ModuleWriter.All(aggregates));
        return new GeneratedCorpus(files, HarnessRules.Text, violations);
    }

    private static IReadOnlyList<CorpusFile> Render(AggregateModel aggregate, IReadOnlyList<Violation> hosted)
        => AggregateWriters.Select(write => write(aggregate, hosted)).ToList();
}
