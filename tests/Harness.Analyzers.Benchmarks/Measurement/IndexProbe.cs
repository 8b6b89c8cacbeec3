using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Harness.Analyzers.Redundancy;

namespace Harness.Analyzers.Benchmarks.Measurement;

/// <summary>
/// What <see cref="DuplicationAnalyzer"/>'s work is made of over a whole compilation, timed phase by phase on cold
/// trees as in a build: fingerprinting every tree, building the <see cref="CloneIndex"/> from the cached
/// fingerprints, and judging every tree against it; then the managed memory the fingerprints and the index retain.
/// </summary>
internal sealed record IndexSample(
    int Lines,
    int Trees,
    int Members,
    int Windows,
    PhaseCost Fingerprint,
    PhaseCost Build,
    PhaseCost? Judge,
    int JudgeDiagnostics,
    long FingerprintBytes,
    long IndexBytes)
{
    public long RetainedBytes => FingerprintBytes + IndexBytes;
}

internal sealed class IndexProbe
{
    private readonly CompilationFactory _factory;
    private readonly RedundancyScope _scope;

    public IndexProbe(CompilationFactory factory, RedundancyScope scope)
    {
        _factory = factory;
        _scope = scope;
    }

    public IndexSample Run(int lines)
    {
        var ct = CancellationToken.None;
        var minTokens = _scope.Settings.MinTokens;
        var compilation = _factory.Create(_factory.Parse());
        var included = RedundancyInternals.IncludedTrees(compilation, _scope);

        // Timing, on cold trees (the red nodes are created while fingerprinting, as in the analyzer).
        var cache = new FingerprintCache();
        var fingerprint = PhaseMeter.Measure(() =>
        {
            foreach (var tree in included)
            {
                cache.Get(tree, minTokens, ct);
            }
        });

        CloneIndex? index = null;
        var build = PhaseMeter.Measure(() => index = CloneIndex.Build(compilation, _scope, cache, ct));

        var diagnostics = 0;
        PhaseCost? judge = null;
        if (RedundancyInternals.Judge is { } judgeTree)
        {
            judge = PhaseMeter.Measure(() =>
            {
                foreach (var tree in included)
                {
                    judgeTree(cache.Get(tree, minTokens, ct), index!, _ => diagnostics++);
                }
            });
        }

        // Memory, with a second cache over the same trees: their red nodes now exist (the trees hold them), so the
        // heap grows by what the fingerprints and the index keep, and nothing else.
        index = null;
        cache = null;
        var before = RetainedHeap();
        var memoryCache = new FingerprintCache();
        var fingerprints = included.Select(tree => memoryCache.Get(tree, minTokens, ct)).ToList();
        var afterFingerprints = RetainedHeap();
        var memoryIndex = CloneIndex.Build(compilation, _scope, memoryCache, ct);
        var afterIndex = RetainedHeap();

        var sample = new IndexSample(
            lines,
            included.Count,
            memoryIndex.MemberCount,
            fingerprints.Sum(f => f.Windows.Length),
            fingerprint,
            build,
            judge,
            diagnostics,
            afterFingerprints - before,
            afterIndex - afterFingerprints);
        GC.KeepAlive(compilation);
        GC.KeepAlive(memoryCache);
        GC.KeepAlive(memoryIndex);
        return sample;
    }

    /// <summary>
    /// The live managed heap. Several rounds of collection and finalization first: a dropped
    /// <c>ConditionalWeakTable</c> (the first cache) frees its entries only in the second finalization of its
    /// container, and <see cref="GC.GetTotalMemory"/> stops collecting once the heap changes by less than 5 %,
    /// which a few MB on a compilation's GB never do.
    /// </summary>
    private static long RetainedHeap()
    {
        for (var i = 0; i < 4; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
