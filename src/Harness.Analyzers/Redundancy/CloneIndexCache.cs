using System;
using System.Collections.Generic;
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
internal sealed class CloneIndexCache
{
    public static readonly CloneIndexCache Shared = new(FingerprintCache.Shared);

    /// <summary>Projects (or rules settings) whose indexes are kept: an editor analyses several projects in turn.</summary>
    private const int MaxIndexes = 4;

    /// <summary>An overlay of up to this many trees, or a tenth of the compilation, answers as fast as a full build.</summary>
    private const int MinOverlay = 16;

    private const int OverlayFraction = 10;

    private readonly FingerprintCache _fingerprints;
    private readonly object _gate = new();

    /// <summary>The latest index of each full build, most recent first; weak, so an idle project's index can go.</summary>
    private readonly List<WeakReference<CloneIndex>> _recent = new();

    /// <summary>The index of the latest request, held strongly: between two keystrokes a collection would otherwise take it.</summary>
    private CloneIndex? _latest;

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
            foreach (var reference in _recent)
            {
                if (!reference.TryGetTarget(out var index) || index.MinTokens != scope.Settings.MinTokens)
                {
                    continue;
                }

                if (index.IsOver(trees))
                {
                    Remember(index);
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
            Remember(result);
        }

        return result;
    }

    /// <summary>Puts the index first, in place of any index of the same full build, and forgets the oldest beyond the limit.</summary>
    private void Remember(CloneIndex index)
    {
        _recent.RemoveAll(reference => !reference.TryGetTarget(out var kept) || kept.SharesBaseWith(index));
        _recent.Insert(0, new WeakReference<CloneIndex>(index));
        if (_recent.Count > MaxIndexes)
        {
            _recent.RemoveRange(MaxIndexes, _recent.Count - MaxIndexes);
        }

        _latest = index;
    }
}
