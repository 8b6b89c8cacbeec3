using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// The fingerprints of a set of trees grouped by what the rules look up: normalised body, name in a type, run of
/// statements. Every group is in source order, so a group depends on the set of trees only, never on the order a
/// compilation lists them in, and groups of two sets merge into the group of their union. Immutable once built:
/// the analyses of older compilations may still be reading it.
/// </summary>
internal sealed class FingerprintGroups
{
    private readonly Dictionary<ulong, List<MemberFingerprint>> _byExactHash = new();
    private readonly Dictionary<(string TypeKey, string Name), List<MemberFingerprint>> _byName = new();
    private readonly Dictionary<ulong, List<BlockWindow>> _windowsByHash = new();

    private FingerprintGroups(IReadOnlyList<SyntaxTree> trees, int minTokens)
    {
        Trees = trees;
        MinTokens = minTokens;
    }

    /// <summary>The trees grouped here, in the order they were given.</summary>
    public IReadOnlyList<SyntaxTree> Trees { get; }

    public int MinTokens { get; }

    public int MemberCount { get; private set; }

    /// <summary>The first member of every group of equal bodies: the one that stands for the group among near-duplicates.</summary>
    public IEnumerable<MemberFingerprint> Representatives
    {
        get
        {
            foreach (var group in _byExactHash.Values)
            {
                yield return group[0];
            }
        }
    }

    public static FingerprintGroups Build(IReadOnlyList<SyntaxTree> trees, int minTokens, FingerprintCache cache, CancellationToken cancellationToken)
    {
        var groups = new FingerprintGroups(trees, minTokens);
        foreach (var tree in trees)
        {
            groups.Add(cache.Get(tree, minTokens, cancellationToken));
        }

        groups.SortInSourceOrder();
        return groups;
    }

    public IReadOnlyList<MemberFingerprint> WithBody(ulong exactHash) => Find(_byExactHash, exactHash);

    public IReadOnlyList<MemberFingerprint> Named((string TypeKey, string Name) name) => Find(_byName, name);

    public IReadOnlyList<BlockWindow> Windows(ulong hash) => Find(_windowsByHash, hash);

    private static IReadOnlyList<TValue> Find<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key) =>
        map.TryGetValue(key, out var group) ? group : Array.Empty<TValue>();

    private void Add(TreeFingerprints tree)
    {
        foreach (var member in tree.Members)
        {
            MemberCount++;
            AddTo(_byExactHash, member.ExactHash, member);
            AddTo(_byName, (member.TypeKey, member.Name), member);
        }

        foreach (var window in tree.Windows)
        {
            AddTo(_windowsByHash, window.Hash, window);
        }
    }

    /// <summary>Groups are sorted once, so every question about them is answered in source order without sorting again.</summary>
    private void SortInSourceOrder()
    {
        Sort(_byExactHash, FingerprintOrder.Compare);
        Sort(_byName, FingerprintOrder.Compare);
        Sort(_windowsByHash, FingerprintOrder.Compare);
    }

    private static void Sort<TKey, TValue>(Dictionary<TKey, List<TValue>> map, Comparison<TValue> order)
    {
        foreach (var group in map.Values)
        {
            if (group.Count > 1)
            {
                group.Sort(order);
            }
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
