using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>What became of one injected mutant.</summary>
/// <param name="FoundBy">The member-level rules (HAR2001/2002/2005) that linked it to its original.</param>
/// <param name="Links">Every rule that linked the two, HAR2003 included: explains a miss.</param>
/// <param name="Similarity">The analyzer's own similarity of the two bodies.</param>
internal sealed record MutantOutcome(InjectedMutant Injected, IReadOnlyList<string> FoundBy, IReadOnlyCollection<string> Links, double Similarity)
{
    public bool Detected => FoundBy.Count > 0;
}

/// <summary>The recall measured for one clone kind.</summary>
/// <param name="TooShort">Mutants not injected because they fell below min_tokens, which the rules ignore by design.</param>
internal sealed record KindRecall(CloneKind Kind, IReadOnlyList<MutantOutcome> Outcomes, int TooShort, TimeSpan Elapsed)
{
    public int Injected => Outcomes.Count;

    public int Detected => Outcomes.Count(o => o.Detected);

    public double Recall => Injected == 0 ? 0 : (double)Detected / Injected;

    public IEnumerable<MutantOutcome> Misses => Outcomes.Where(o => !o.Detected);
}

/// <summary>
/// One measurement, after the Mutation and Injection Framework: mutate N distinct corpus methods with one mutator,
/// inject every mutant, check the result compiles, run the analyzer once over it and see which mutants it linked
/// to their originals. Distinct originals keep mutants from pairing with one another instead. The mutated
/// compilation is the corpus's with the changed trees replaced, so Roslyn reuses what it bound for the references.
/// </summary>
internal static class RecallExperiment
{
    public static async Task<KindRecall> RunAsync(CompiledCorpus corpus, ICloneMutator mutator, int count, int seed)
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(seed);
        var mutants = ChooseMutants(corpus, mutator, count, random, out var tooShort);
        var (injected, compilation) = InjectAndCompile(corpus, mutants, random);
        var diagnostics = await DuplicationRun.AnalyzeAsync(compilation).ConfigureAwait(false);
        var matcher = new DetectionMatcher(injected.Trees, diagnostics);
        var similarity = new MemberSimilarity(injected.Trees);
        var outcomes = injected.Mutants
            .Select(m => new MutantOutcome(m, matcher.FoundBy(m.Key, m.Mutant.Original), matcher.Between(m.Key, m.Mutant.Original), similarity.Between(m.Key, m.Mutant.Original)))
            .ToList();
        return new KindRecall(mutator.Kind, outcomes, tooShort, watch.Elapsed);
    }

    /// <summary>Mutants of <paramref name="count"/> distinct corpus methods, skipping those the rules ignore by size.</summary>
    public static List<Mutant> ChooseMutants(CompiledCorpus corpus, ICloneMutator mutator, int count, Random random, out int tooShort)
    {
        var mutants = new List<Mutant>();
        tooShort = 0;
        foreach (var original in corpus.Corpus.Methods.OrderBy(_ => random.Next()))
        {
            if (mutants.Count == count)
            {
                break;
            }

            var method = corpus.Corpus.Find(original);
            if (mutator.Mutate(method, corpus.ModelOf(original.FilePath), random) is { } mutation)
            {
                MutantInvariants.Check(mutator.Kind, method, mutation);

                // Like the framework's clone-size bounds: a copy the rules ignore by size is no test of their recall.
                if (CodeShape.Of(mutation.Method).Length < DuplicationRun.MinTokens)
                {
                    tooShort++;
                    continue;
                }

                var placement = mutator.NamesItself || random.Next(2) == 0 ? Placement.SameClass : Placement.OtherFile;
                mutants.Add(new Mutant(mutator.Kind, original, mutation, placement));
            }
        }

        return mutants;
    }

    /// <summary>The corpus with the mutants injected, as a compilation that must compile.</summary>
    public static (InjectedCorpus Injected, Compilation Compilation) InjectAndCompile(CompiledCorpus corpus, IReadOnlyList<Mutant> mutants, Random random)
    {
        var injected = MutantInjector.Inject(corpus.Corpus, mutants, random);
        var compilation = injected.Replaced.Aggregate((Compilation)corpus.Compilation, (c, r) => c.ReplaceSyntaxTree(r.Old, r.New));
        var errors = CorpusCompiler.ErrorsIn(compilation, injected.Mutants.Select(m => m.Key));
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The mutants do not compile:\n" + string.Join("\n", errors.Take(20).Select(CorpusCompiler.Describe)));
        }

        return (injected, compilation);
    }
}
