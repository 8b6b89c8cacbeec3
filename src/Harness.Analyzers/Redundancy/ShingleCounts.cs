using System;
using System.Collections.Generic;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// How many sampled shingles each other member shares with the member being judged, in the order they were first
/// met. Every member of every document is judged in a build, so one table per thread is reused rather than one grown
/// per member (issue 8); a table that grew large is let go instead, since clearing it would cost its size every time.
/// </summary>
internal sealed class ShingleCounts
{
    private const int MaxKept = 256;

    [ThreadStatic]
    private static ShingleCounts? _free;

    private readonly Dictionary<MemberFingerprint, int> _slots = new();
    private readonly List<MemberFingerprint> _members = new();
    private readonly List<int> _counts = new();

    public int Count => _members.Count;

    public static ShingleCounts Rent()
    {
        var counts = _free ?? new ShingleCounts();
        _free = null;
        return counts;
    }

    /// <summary>Empty again and kept for the thread's next member; no fingerprint stays reachable from it.</summary>
    public void Return()
    {
        if (Count > MaxKept)
        {
            return;
        }

        _slots.Clear();
        _members.Clear();
        _counts.Clear();
        _free = this;
    }

    public void Add(MemberFingerprint other)
    {
        if (_slots.TryGetValue(other, out var slot))
        {
            _counts[slot]++;
        }
        else
        {
            _slots.Add(other, _members.Count);
            _members.Add(other);
            _counts.Add(1);
        }
    }

    public MemberFingerprint MemberAt(int slot) => _members[slot];

    public int SharedAt(int slot) => _counts[slot];
}
