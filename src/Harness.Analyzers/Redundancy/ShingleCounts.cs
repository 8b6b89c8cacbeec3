using System;
using System.Collections.Generic;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// How many sampled shingles each other member shares with the member being judged, by member number (see
/// <see cref="ShinglePostings"/>), with the numbers in the order they were first met. Every member of every document
/// is judged in a build, so one table per thread is reused (issue 8): emptying it costs the members counted, not its
/// size, so it is kept whatever it grew to.
/// </summary>
internal sealed class ShingleCounts
{
    [ThreadStatic]
    private static ShingleCounts? _free;

    private readonly List<int> _met = new();
    private int[] _counts = Array.Empty<int>();

    public int Count => _met.Count;

    /// <param name="members">How many member numbers the index hands out.</param>
    public static ShingleCounts Rent(int members)
    {
        var counts = _free ?? new ShingleCounts();
        _free = null;
        if (counts._counts.Length < members)
        {
            counts._counts = new int[members];
        }

        return counts;
    }

    /// <summary>Empty again and kept for the thread's next member.</summary>
    public void Return()
    {
        foreach (var id in _met)
        {
            _counts[id] = 0;
        }

        _met.Clear();
        _free = this;
    }

    public void Add(int id)
    {
        if (_counts[id]++ == 0)
        {
            _met.Add(id);
        }
    }

    /// <summary>The number of the member met <paramref name="slot"/>th.</summary>
    public int IdAt(int slot) => _met[slot];

    public int SharedAt(int slot) => _counts[_met[slot]];
}
