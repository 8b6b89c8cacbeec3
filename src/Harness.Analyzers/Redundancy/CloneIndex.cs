using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// The fingerprints of every included tree of a compilation, indexed for the questions the rules ask: which
/// members have the same normalised body, which share enough token shingles to be near-duplicates, which carry a
/// given name in a type, and where a run of statements occurs again. Built once per compilation from cached trees.
/// </summary>
internal sealed class CloneIndex
{
    /// <summary>A shingle found in more members than this is boilerplate and says nothing about cloning.</summary>
    private const int MaxPosting = 64;

    /// <summary>How many candidates of a member are compared token by token, most promising first.</summary>
    private const int MaxComparisons = 12;

    private readonly Dictionary<ulong, List<MemberFingerprint>> _byExactHash = new();
    private readonly Dictionary<int, List<MemberFingerprint>> _byShingle = new();
    private readonly Dictionary<(string TypeKey, string Name), List<MemberFingerprint>> _byName = new();
    private readonly Dictionary<ulong, List<BlockWindow>> _windowsByHash = new();

    private CloneIndex(RedundancyScope scope) => Scope = scope;

    public RedundancyScope Scope { get; }

    public int MemberCount { get; private set; }

    public static CloneIndex Build(Compilation compilation, RedundancyScope scope, FingerprintCache cache, CancellationToken cancellationToken)
    {
        var index = new CloneIndex(scope);
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (scope.Includes(tree))
            {
                index.Add(cache.Get(tree, scope.Settings.MinTokens, cancellationToken));
            }
        }

        index.SortInSourceOrder();
        return index;
    }

    /// <summary>The other members with the same normalised body, in source order.</summary>
    public IReadOnlyList<MemberFingerprint> ExactTwinsOf(MemberFingerprint member) =>
        _byExactHash.TryGetValue(member.ExactHash, out var twins) && twins.Count > 1 ? twins.Where(m => m != member).ToList() : Array.Empty<MemberFingerprint>();

    /// <summary>The other members at least <paramref name="threshold"/> similar (and not exact twins), most similar first.</summary>
    public List<(MemberFingerprint Member, double Similarity)> NearTwinsOf(MemberFingerprint member, double threshold)
    {
        var shared = new Dictionary<MemberFingerprint, int>();
        var telling = 0;
        foreach (var shingle in member.Shingles)
        {
            if (_byShingle.TryGetValue(shingle, out var posting) && posting.Count <= MaxPosting)
            {
                telling++;
                foreach (var other in posting)
                {
                    shared[other] = shared.TryGetValue(other, out var count) ? count + 1 : 1;
                }
            }
        }

        // Only the members sharing the most shingles are compared token by token: the comparison is quadratic,
        // and on template-heavy code a member can share shingles with hundreds of others.
        var candidates = new List<(MemberFingerprint Member, int Shared)>();
        foreach (var pair in shared)
        {
            var other = pair.Key;
            if (other != member
                && other.ExactHash != member.ExactHash
                && pair.Value * 5 >= Math.Min(telling, other.Shingles.Length)
                && SequenceSimilarity.UpperBound(member.Codes.Length, other.Codes.Length) >= threshold)
            {
                candidates.Add((other, pair.Value));
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

    public IReadOnlyList<MemberFingerprint> Named(string typeKey, string name) =>
        _byName.TryGetValue((typeKey, name), out var members) ? members : Array.Empty<MemberFingerprint>();

    /// <summary>Other occurrences of the same run of statements that do not overlap it, in source order.</summary>
    public IEnumerable<BlockWindow> RepeatsOf(BlockWindow window) =>
        _windowsByHash.TryGetValue(window.Hash, out var windows) ? windows.Where(other => other != window && !other.Overlaps(window)) : Enumerable.Empty<BlockWindow>();

    /// <summary>Groups are sorted once, so every question about them is answered in source order without sorting again.</summary>
    private void SortInSourceOrder()
    {
        foreach (var group in _byExactHash.Values)
        {
            if (group.Count > 1)
            {
                group.Sort(FingerprintOrder.Compare);
            }
        }

        foreach (var group in _windowsByHash.Values)
        {
            if (group.Count > 1)
            {
                group.Sort(FingerprintOrder.Compare);
            }
        }
    }

    private void Add(TreeFingerprints tree)
    {
        foreach (var member in tree.Members)
        {
            MemberCount++;
            AddTo(_byExactHash, member.ExactHash, member);
            AddTo(_byName, (member.TypeKey, member.Name), member);

            // Exact copies stand in the shingle index once, so that a hundred of them do not make their
            // shingles look like boilerplate and hide a near copy of the group.
            if (_byExactHash[member.ExactHash].Count == 1)
            {
                foreach (var shingle in member.Shingles)
                {
                    AddTo(_byShingle, shingle, member);
                }
            }
        }

        foreach (var window in tree.Windows)
        {
            AddTo(_windowsByHash, window.Hash, window);
        }
    }

    private static void AddTo<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = new List<TValue>(2);
            map.Add(key, list);
        }

        list.Add(value);
    }
}

/// <summary>Source order of fingerprints, as <see cref="Harness.Analyzers.SourceOrder"/> orders locations.</summary>
internal static class FingerprintOrder
{
    public static int Compare(MemberFingerprint x, MemberFingerprint y) => SourceOrder.Compare(x.Tree, x.NameSpan.Start, y.Tree, y.NameSpan.Start);

    public static int Compare(BlockWindow x, BlockWindow y) => SourceOrder.Compare(x.Tree, x.Span.Start, y.Tree, y.Span.Start);
}
