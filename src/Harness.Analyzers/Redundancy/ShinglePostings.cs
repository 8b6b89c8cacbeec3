using System;
using System.Collections.Generic;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// For each sampled shingle, the members that contain it: the candidates for near-duplicates. Each group of exact
/// copies stands here once, by its first member in source order, so that a hundred copies do not make their shingles
/// look like boilerplate and hide a near copy of the group.
/// </summary>
internal sealed class ShinglePostings
{
    private readonly Dictionary<int, List<MemberFingerprint>> _byShingle = new();

    public ShinglePostings(IEnumerable<MemberFingerprint> representatives)
    {
        foreach (var member in representatives)
        {
            foreach (var shingle in member.Shingles)
            {
                if (!_byShingle.TryGetValue(shingle, out var posting))
                {
                    posting = new List<MemberFingerprint>(2);
                    _byShingle.Add(shingle, posting);
                }

                posting.Add(member);
            }
        }
    }

    public IReadOnlyList<MemberFingerprint> Of(int shingle) =>
        _byShingle.TryGetValue(shingle, out var posting) ? posting : Array.Empty<MemberFingerprint>();
}
