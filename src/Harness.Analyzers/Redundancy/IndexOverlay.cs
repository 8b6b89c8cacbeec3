using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// What separates a compilation from the one a <see cref="CloneIndex"/> was built for: the trees it no longer has
/// (an edited document's old version, a removed document) and those it has in their place. Queries answer from the
/// base groups without the removed trees, merged with the added trees' groups, so an edit costs the edited
/// document's fingerprints, not a copy of the index, and the base stays untouched for analyses still reading it.
/// </summary>
internal sealed class IndexOverlay
{
    private readonly HashSet<SyntaxTree> _removed;
    private readonly HashSet<ulong> _changedBodies = new();

    public IndexOverlay(FingerprintGroups inBase, HashSet<SyntaxTree> removed, FingerprintGroups added, int firstMemberId, FingerprintCache cache, CancellationToken cancellationToken)
    {
        _removed = removed;
        Added = added;
        RemovedMembers = 0;
        foreach (var tree in removed)
        {
            var members = cache.Get(tree, inBase.MinTokens, cancellationToken).Members;
            RemovedMembers += members.Length;
            foreach (var member in members)
            {
                _changedBodies.Add(member.ExactHash);
            }
        }

        foreach (var tree in added.Trees)
        {
            foreach (var member in cache.Get(tree, added.MinTokens, cancellationToken).Members)
            {
                _changedBodies.Add(member.ExactHash);
            }
        }

        // A group of copies that gained or lost a member may be represented by another member now.
        var representatives = new List<MemberFingerprint>();
        foreach (var hash in _changedBodies)
        {
            var group = Merge(inBase.WithBody(hash), added.WithBody(hash), TreeOf, FingerprintOrder.Compare);
            if (group.Count > 0)
            {
                representatives.Add(group[0]);
            }
        }

        // Numbered after the base's members (firstMemberId is one past them), so one count table serves both.
        Postings = new ShinglePostings(representatives, firstMemberId);
    }

    public FingerprintGroups Added { get; }

    public int RemovedMembers { get; }

    /// <summary>The shingles of the groups of copies that changed; the base postings of those groups are stale.</summary>
    public ShinglePostings Postings { get; }

    /// <summary>Whether the group of members with this body gained or lost a member.</summary>
    public bool Changed(ulong exactHash) => _changedBodies.Contains(exactHash);

    public static SyntaxTree TreeOf(MemberFingerprint member) => member.Tree;

    public static SyntaxTree TreeOf(BlockWindow window) => window.Tree;

    /// <summary>A base group without the removed trees' entries, merged in source order with the added trees' group.</summary>
    public IReadOnlyList<T> Merge<T>(IReadOnlyList<T> inBase, IReadOnlyList<T> added, Func<T, SyntaxTree> treeOf, Comparison<T> order)
    {
        if (added.Count == 0 && !AnyRemoved(inBase, treeOf))
        {
            return inBase;
        }

        var merged = new List<T>(inBase.Count + added.Count);
        var a = 0;
        foreach (var item in inBase)
        {
            if (_removed.Contains(treeOf(item)))
            {
                continue;
            }

            while (a < added.Count && order(added[a], item) < 0)
            {
                merged.Add(added[a++]);
            }

            merged.Add(item);
        }

        while (a < added.Count)
        {
            merged.Add(added[a++]);
        }

        return merged;
    }

    private bool AnyRemoved<T>(IReadOnlyList<T> group, Func<T, SyntaxTree> treeOf)
    {
        foreach (var item in group)
        {
            if (_removed.Contains(treeOf(item)))
            {
                return true;
            }
        }

        return false;
    }
}
