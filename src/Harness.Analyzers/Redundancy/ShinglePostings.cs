using System;
using System.Collections.Generic;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// For each sampled shingle, the members that contain it: the candidates for near-duplicates. Each group of exact
/// copies stands here once, by its first member in source order, so that a hundred copies do not make their shingles
/// look like boilerplate and hide a near copy of the group. Members are held by number (from <see cref="FirstId"/>),
/// so that counting the shingles a member shares with each other is an array increment, not a dictionary lookup
/// per shingle and member (issue 8).
/// </summary>
internal sealed class ShinglePostings
{
    private readonly Dictionary<int, int[]> _byShingle = new();
    private readonly List<PostedMember> _members = new();
    private readonly Dictionary<MemberFingerprint, int> _ids = new();

    /// <param name="representatives">The members to index.</param>
    /// <param name="firstId">The number of the first: an overlay's postings number their members after the base's.</param>
    public ShinglePostings(IEnumerable<MemberFingerprint> representatives, int firstId = 0)
    {
        FirstId = firstId;
        var building = new Dictionary<int, List<int>>();
        foreach (var member in representatives)
        {
            var id = firstId + _members.Count;
            _members.Add(new PostedMember(member));
            _ids.Add(member, id);
            foreach (var shingle in member.Shingles)
            {
                if (!building.TryGetValue(shingle, out var posting))
                {
                    posting = new List<int>(2);
                    building.Add(shingle, posting);
                }

                posting.Add(id);
            }
        }

        // Frozen as arrays: read far more often than built, and smaller than lists.
        foreach (var entry in building)
        {
            _byShingle.Add(entry.Key, entry.Value.ToArray());
        }
    }

    public int FirstId { get; }

    /// <summary>One past the last member's number.</summary>
    public int EndId => FirstId + _members.Count;

    public PostedMember At(int id) => _members[id - FirstId];

    /// <summary>The member's number, or -1 if it is not indexed here (a later copy in a group of exact copies).</summary>
    public int IdOf(MemberFingerprint member) => _ids.TryGetValue(member, out var id) ? id : -1;

    /// <summary>The numbers of the members holding a shingle, in the order they were indexed.</summary>
    public int[] Of(int shingle) =>
        _byShingle.TryGetValue(shingle, out var posting) ? posting : Array.Empty<int>();
}
