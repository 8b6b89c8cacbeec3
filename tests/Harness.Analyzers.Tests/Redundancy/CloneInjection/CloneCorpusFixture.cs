using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

[CollectionDefinition(Name)]
public sealed class CloneCorpusCollection : ICollectionFixture<CloneCorpusFixture>
{
    public const string Name = "Clone-injection corpus";
}

/// <summary>
/// The generated corpus, compiled once and shared by the generator and recall tests. The four clone kinds are
/// measured together, in parallel, the first time any test asks, so the per-kind assertions and the release-note
/// table report the same run.
/// </summary>
public sealed class CloneCorpusFixture
{
    internal const int Seed = 20_250_611;
    internal const int FileCount = 28;
    internal const int MutantsPerKind = 60;

    private static readonly ICloneMutator[] Mutators = { new Type1Mutator(), new Type2Mutator(), new Type3Mutator(), new OneValueChangedMutator() };

    private readonly Lazy<Task<IReadOnlyDictionary<CloneKind, KindRecall>>> _recalls;
    private readonly Lazy<Task<ImmutableArray<Diagnostic>>> _unmutated;

    public CloneCorpusFixture()
    {
        Compiled = new CompiledCorpus(CorpusGenerator.Generate(Seed, FileCount));
        _unmutated = new(() => DuplicationRun.AnalyzeAsync(Compiled.Compilation));
        _recalls = new(MeasureAllKindsAsync);
    }

    internal CompiledCorpus Compiled { get; }

    internal Corpus Corpus => Compiled.Corpus;

    internal CSharpCompilation Compilation => Compiled.Compilation;

    /// <summary>The analyzer's reports on the corpus as generated.</summary>
    internal Task<ImmutableArray<Diagnostic>> UnmutatedDiagnosticsAsync() => _unmutated.Value;

    internal async Task<KindRecall> RecallOfAsync(CloneKind kind) => (await _recalls.Value.ConfigureAwait(false))[kind];

    internal async Task<IReadOnlyList<KindRecall>> AllRecallsAsync() => (await _recalls.Value.ConfigureAwait(false)).Values.OrderBy(r => r.Kind).ToList();

    private async Task<IReadOnlyDictionary<CloneKind, KindRecall>> MeasureAllKindsAsync()
    {
        var runs = Mutators.Select(mutator => Task.Run(() => RecallExperiment.RunAsync(Compiled, mutator, MutantsPerKind, Seed + (int)mutator.Kind)));
        return (await Task.WhenAll(runs).ConfigureAwait(false)).ToDictionary(r => r.Kind);
    }
}
