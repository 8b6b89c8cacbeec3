using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Clone indexes kept across compilations. An editor creates a new CompilationWithAnalyzers, so a new
/// compilation-start action, for every request; its compilation holds the same SyntaxTree objects as the previous
/// one except for the edited documents. An index over the very same trees is reused as it is, and one that differs
/// in a few trees is derived from the closest full build (<see cref="CloneIndex.Derive"/>); past that, the index is
/// built again from the cached fingerprints and becomes the new base.
/// </summary>
/// <remarks>
/// Each index is attached to its trees (a <see cref="ConditionalWeakTable{TKey, TValue}"/>), so it lives exactly as
/// long as some compilation still holds its trees: across keystrokes in an editor, for every project open at once,
/// and not a moment after a build's compilation is gone (a compiler server keeps nothing).
/// </remarks>
internal sealed class CloneIndexCache
{
    public static readonly CloneIndexCache Shared = new(FingerprintCache.Shared);

    /// <summary>
    /// Every query merges the overlay into its answer; past this many trees, or a tenth of the compilation, one full
    /// build (tens of milliseconds on 170k lines) is the better deal.
    /// </summary>
    private const int MinOverlay = 16;

    private const int OverlayFraction = 10;

    private readonly FingerprintCache _fingerprints;
    private readonly object _gate = new();
    private readonly ConditionalWeakTable<SyntaxTree, CloneIndex> _byTree = new();
    private int _built;
    private int _derived;

    public CloneIndexCache(FingerprintCache fingerprints) => _fingerprints = fingerprints;

    /// <summary>How many indexes were built over all their trees: what a cache miss costs.</summary>
    public int BuildCount => Volatile.Read(ref _built);

    /// <summary>How many indexes were derived from a previous one by an overlay.</summary>
    public int DeriveCount => Volatile.Read(ref _derived);

    public CloneIndex Get(Compilation compilation, RedundancyScope scope, CancellationToken cancellationToken)
    {
        var trees = CloneIndex.IncludedTrees(compilation, scope);
        CloneIndex? closest = null;
        var closestSize = int.MaxValue;
        lock (_gate)
        {
            foreach (var index in Candidates(trees, scope.Settings.MinTokens))
            {
                if (index.IsOver(trees))
                {
                    return index.WithScope(scope);
                }

                var size = index.OverlaySizeFor(trees);
                if (size < closestSize)
                {
                    (closest, closestSize) = (index, size);
                }
            }
        }

        // Built outside the lock: a slow build for one project must not hold up another project's requests.
        CloneIndex result;
        if (closest is not null && closestSize <= Math.Max(MinOverlay, trees.Count / OverlayFraction))
        {
            result = closest.Derive(trees, scope, _fingerprints, cancellationToken);
            Interlocked.Increment(ref _derived);
        }
        else
        {
            result = CloneIndex.Build(trees, scope, _fingerprints, cancellationToken);
            Interlocked.Increment(ref _built);
        }

        lock (_gate)
        {
            Attach(result);
        }

        return result;
    }

    /// <summary>The distinct indexes attached to these trees (one, unless a tree is shared by projects).</summary>
    private List<CloneIndex> Candidates(IReadOnlyList<SyntaxTree> trees, int minTokens)
    {
        var candidates = new List<CloneIndex>(1);
        foreach (var tree in trees)
        {
            if (_byTree.TryGetValue(tree, out var index) && index.MinTokens == minTokens && !candidates.Contains(index))
            {
                candidates.Add(index);
            }
        }

        return candidates;
    }

    /// <summary>
    /// The index becomes the one of its trees. A tree it does not have (an older version of an edited document) keeps
    /// the index it had, and lets it go with that version.
    /// </summary>
    private void Attach(CloneIndex index)
    {
        foreach (var tree in index.Trees)
        {
            _byTree.Remove(tree);
            _byTree.Add(tree, index);
        }
    }
}
