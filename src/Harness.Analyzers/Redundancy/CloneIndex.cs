using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// The fingerprints of every included tree of a compilation, indexed for the questions the rules ask: which
/// members have the same normalised body, which share enough token shingles to be near-duplicates, which carry a
/// given name in a type, and where a run of statements occurs again. Either built over all the trees, or derived
/// from an index of a compilation that differs in a few trees (<see cref="CloneIndexCache"/>): both answer every
/// question alike, because answers depend on the set of trees only and come in source order.
/// </summary>
internal sealed class CloneIndex
{
    /// <summary>A shingle found in more members than this is boilerplate and says nothing about cloning.</summary>
    private const int MaxPosting = 64;

    /// <summary>How many candidates of a member are compared token by token, most promising first.</summary>
    private const int MaxComparisons = 12;

    private readonly FingerprintGroups _groups;
    private readonly ShinglePostings _postings;
    private readonly HashSet<SyntaxTree> _baseTrees;
    private readonly IndexOverlay? _overlay;

    private CloneIndex(RedundancyScope scope, IReadOnlyList<SyntaxTree> trees, FingerprintGroups groups, ShinglePostings postings, HashSet<SyntaxTree> baseTrees, IndexOverlay? overlay)
    {
        Scope = scope;
        Trees = trees;
        _groups = groups;
        _postings = postings;
        _baseTrees = baseTrees;
        _overlay = overlay;
        MemberCount = overlay is null ? groups.MemberCount : groups.MemberCount - overlay.RemovedMembers + overlay.Added.MemberCount;
    }

    public RedundancyScope Scope { get; }

    public int MemberCount { get; }

    /// <summary>The included trees this index answers for, in compilation order.</summary>
    public IReadOnlyList<SyntaxTree> Trees { get; }

    public int MinTokens => _groups.MinTokens;

    /// <summary>How many trees an index derived from this one for <paramref name="trees"/> would have to overlay.</summary>
    public int OverlaySizeFor(IReadOnlyList<SyntaxTree> trees)
    {
        var added = 0;
        foreach (var tree in trees)
        {
            if (!_baseTrees.Contains(tree))
            {
                added++;
            }
        }

        var kept = trees.Count - added;
        return added + (_baseTrees.Count - kept);
    }

    public static CloneIndex Build(Compilation compilation, RedundancyScope scope, FingerprintCache cache, CancellationToken cancellationToken) =>
        Build(IncludedTrees(compilation, scope), scope, cache, cancellationToken);

    public static CloneIndex Build(IReadOnlyList<SyntaxTree> trees, RedundancyScope scope, FingerprintCache cache, CancellationToken cancellationToken)
    {
        // A copy: the index outlives the request, and must not change with the caller's list.
        trees = trees.ToArray();
        var groups = FingerprintGroups.Build(trees, scope.Settings.MinTokens, cache, cancellationToken);
        return new CloneIndex(scope, trees, groups, new ShinglePostings(groups.Representatives), new HashSet<SyntaxTree>(trees), overlay: null);
    }

    public static IReadOnlyList<SyntaxTree> IncludedTrees(Compilation compilation, RedundancyScope scope)
    {
        var trees = new List<SyntaxTree>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (scope.Includes(tree))
            {
                trees.Add(tree);
            }
        }

        return trees;
    }

    /// <summary>Whether this index answers for exactly these trees (the same objects).</summary>
    public bool IsOver(IReadOnlyList<SyntaxTree> trees) => trees.Count == Trees.Count && trees.SequenceEqual(Trees);

    /// <summary>
    /// The index of <paramref name="trees"/>, from this index's full build and an overlay of the trees that differ
    /// from it (never from this index's own overlay, so editing one document again and again keeps the overlay at
    /// one tree).
    /// </summary>
    public CloneIndex Derive(IReadOnlyList<SyntaxTree> trees, RedundancyScope scope, FingerprintCache cache, CancellationToken cancellationToken)
    {
        trees = trees.ToArray();
        var current = new HashSet<SyntaxTree>(trees);
        var removed = new HashSet<SyntaxTree>();
        foreach (var tree in _groups.Trees)
        {
            if (!current.Contains(tree))
            {
                removed.Add(tree);
            }
        }

        var added = new List<SyntaxTree>();
        foreach (var tree in trees)
        {
            if (!_baseTrees.Contains(tree))
            {
                added.Add(tree);
            }
        }

        var overlay = new IndexOverlay(_groups, removed, FingerprintGroups.Build(added, MinTokens, cache, cancellationToken), _postings.EndId, cache, cancellationToken);
        return new CloneIndex(scope, trees, _groups, _postings, _baseTrees, overlay);
    }

    /// <summary>The same index for a compilation with other settings that fingerprint alike (the rules read <see cref="Scope"/>).</summary>
    public CloneIndex WithScope(RedundancyScope scope) =>
        scope == Scope ? this : new CloneIndex(scope, Trees, _groups, _postings, _baseTrees, _overlay);

    /// <summary>The other members with the same normalised body, in source order.</summary>
    public IReadOnlyList<MemberFingerprint> ExactTwinsOf(MemberFingerprint member)
    {
        var twins = WithBody(member.ExactHash);
        return twins.Count > 1 ? twins.Where(m => m != member).ToList() : Array.Empty<MemberFingerprint>();
    }

    /// <summary>The other members at least <paramref name="threshold"/> similar (and not exact twins), most similar first.</summary>
    public List<(MemberFingerprint Member, double Similarity)> NearTwinsOf(MemberFingerprint member, double threshold)
    {
        var shared = ShingleCounts.Rent(_overlay is null ? _postings.EndId : _overlay.Postings.EndId);
        try
        {
            return NearTwinsOf(member, threshold, shared);
        }
        finally
        {
            shared.Return();
        }
    }

    private List<(MemberFingerprint Member, double Similarity)> NearTwinsOf(MemberFingerprint member, double threshold, ShingleCounts shared)
    {
        var telling = 0;
        var buffer = Array.Empty<int>();
        var self = IdOf(member);
        foreach (var shingle in member.Shingles)
        {
            int[] posting;
            int count;
            if (_overlay is null)
            {
                posting = _postings.Of(shingle);
                count = posting.Length;
            }
            else
            {
                count = OverlaidPosting(shingle, ref buffer);
                posting = buffer;
            }

            if (count > 0 && count <= MaxPosting)
            {
                telling++;
                for (var i = 0; i < count; i++)
                {
                    // Most shingles of a member are its own alone: counting the member itself was most of the work.
                    if (posting[i] != self)
                    {
                        shared.Add(posting[i]);
                    }
                }
            }
        }

        // Only the members sharing the most shingles are compared token by token: the comparison is quadratic,
        // and on template-heavy code a member can share shingles with hundreds of others.
        var candidates = new List<(MemberFingerprint Member, int Shared)>();
        for (var slot = 0; slot < shared.Count; slot++)
        {
            // The member itself and its exact copies have its body: they are twins, not near ones.
            var other = Posted(shared.IdAt(slot));
            if (other.ExactHash != member.ExactHash
                && shared.SharedAt(slot) * 5 >= Math.Min(telling, other.ShingleCount)
                && SequenceSimilarity.UpperBound(member.Codes.Length, other.Length) >= threshold)
            {
                candidates.Add((other.Member, shared.SharedAt(slot)));
            }
        }

        candidates.Sort((x, y) => y.Shared != x.Shared ? y.Shared.CompareTo(x.Shared) : FingerprintOrder.Compare(x.Member, y.Member));
        var near = new List<(MemberFingerprint, double)>();
        var matcher = candidates.Count == 0 ? null : new SequenceSimilarity(member.Codes);
        for (var i = 0; i < candidates.Count && i < MaxComparisons; i++)
        {
            var similarity = matcher!.To(candidates[i].Member.Codes);
            if (similarity >= threshold)
            {
                near.Add((candidates[i].Member, similarity));
            }
        }

        near.Sort((x, y) => y.Item2 != x.Item2 ? y.Item2.CompareTo(x.Item2) : FingerprintOrder.Compare(x.Item1, y.Item1));
        return near;
    }

    /// <summary>The members with this name in this type, in source order.</summary>
    public IReadOnlyList<MemberFingerprint> Named(string typeKey, string name) =>
        _overlay is null
            ? _groups.Named((typeKey, name))
            : _overlay.Merge(_groups.Named((typeKey, name)), _overlay.Added.Named((typeKey, name)), IndexOverlay.TreeOf, FingerprintOrder.Compare);

    /// <summary>Other occurrences of the same run of statements that do not overlap it, in source order.</summary>
    public IEnumerable<BlockWindow> RepeatsOf(BlockWindow window)
    {
        var windows = _overlay is null
            ? _groups.Windows(window.Hash)
            : _overlay.Merge(_groups.Windows(window.Hash), _overlay.Added.Windows(window.Hash), IndexOverlay.TreeOf, FingerprintOrder.Compare);

        // Most runs of statements occur once: their group is the window alone, and filtering it cost every window
        // of every document an iterator (issue 8).
        return windows.Count == 1 && windows[0] == window ? Array.Empty<BlockWindow>() : windows.Where(other => other != window && !other.Overlaps(window));
    }

    private IReadOnlyList<MemberFingerprint> WithBody(ulong exactHash) =>
        _overlay is null || !_overlay.Changed(exactHash)
            ? _groups.WithBody(exactHash)
            : _overlay.Merge(_groups.WithBody(exactHash), _overlay.Added.WithBody(exactHash), IndexOverlay.TreeOf, FingerprintOrder.Compare);

    /// <summary>A member by its number in the base postings or, after them, in the overlay's.</summary>
    private PostedMember Posted(int id) =>
        id < _postings.EndId ? _postings.At(id) : _overlay!.Postings.At(id);

    /// <summary>
    /// The member's number where its shingles are posted: in the overlay's postings if its group of copies changed
    /// (the base's entries for that group are then skipped), else in the base's; -1 if it stands for no group.
    /// </summary>
    private int IdOf(MemberFingerprint member) =>
        _overlay is not null && _overlay.Changed(member.ExactHash) ? _overlay.Postings.IdOf(member) : _postings.IdOf(member);

    /// <summary>
    /// The numbers of the members holding a shingle, into <paramref name="buffer"/> (grown as needed), and how many:
    /// the base posting without the groups the overlay changed, plus the overlay's.
    /// </summary>
    private int OverlaidPosting(int shingle, ref int[] buffer)
    {
        var inBase = _postings.Of(shingle);
        var added = _overlay!.Postings.Of(shingle);
        if (buffer.Length < inBase.Length + added.Length)
        {
            buffer = new int[Math.Max(inBase.Length + added.Length, 2 * buffer.Length)];
        }

        var count = 0;
        foreach (var id in inBase)
        {
            if (!_overlay.Changed(_postings.At(id).ExactHash))
            {
                buffer[count++] = id;
            }
        }

        Array.Copy(added, 0, buffer, count, added.Length);
        return count + added.Length;
    }
}
