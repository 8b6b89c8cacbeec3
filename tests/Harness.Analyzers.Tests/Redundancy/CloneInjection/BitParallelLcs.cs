using System;
using System.Collections.Generic;
using System.Numerics;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>
/// Longest-common-subsequence length in O(|a|·|b|/64) (Hyyrö's bit-vector algorithm): fast enough to compare every
/// pair of a few hundred methods, and an implementation independent of the analyzer's own.
/// </summary>
internal sealed class BitParallelLcs
{
    private readonly int _length;
    private readonly int _words;
    private readonly Dictionary<int, ulong[]> _matches = new();

    /// <summary>Prepares <paramref name="a"/>: one bit mask per distinct symbol, of the positions where it occurs.</summary>
    public BitParallelLcs(int[] a)
    {
        _length = a.Length;
        _words = (a.Length + 63) / 64;
        for (var i = 0; i < a.Length; i++)
        {
            if (!_matches.TryGetValue(a[i], out var mask))
            {
                mask = new ulong[_words];
                _matches.Add(a[i], mask);
            }

            mask[i >> 6] |= 1UL << (i & 63);
        }
    }

    public int LengthWith(int[] b)
    {
        if (_length == 0 || b.Length == 0)
        {
            return 0;
        }

        // V has a zero bit for each position of a that ends a common subsequence one longer: V' = (V + (V & M)) | (V & ~M).
        var v = new ulong[_words];
        Array.Fill(v, ulong.MaxValue);
        var none = new ulong[_words];
        foreach (var symbol in b)
        {
            var match = _matches.TryGetValue(symbol, out var mask) ? mask : none;
            ulong carry = 0;
            for (var w = 0; w < _words; w++)
            {
                var u = v[w] & match[w];
                var partial = v[w] + u;
                var sum = partial + carry;
                carry = (partial < v[w] || sum < partial) ? 1UL : 0UL;
                v[w] = sum | (v[w] & ~match[w]);
            }
        }

        var ones = 0;
        for (var w = 0; w < _words; w++)
        {
            var bits = w == _words - 1 && _length % 64 != 0 ? v[w] & ((1UL << (_length % 64)) - 1) : v[w];
            ones += BitOperations.PopCount(bits);
        }

        return _length - ones;
    }
}
