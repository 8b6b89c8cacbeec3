using System;
using System.Collections.Generic;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Similarity of token sequences: 2 x longest common subsequence / total length (1 for equal, 0 for disjoint).
/// The LCS is computed bit-parallel (Hyyrö's bit-vector algorithm): one pass over the other sequence with the
/// pattern's positions held in machine words, so comparing two 500-token bodies costs about 4,000 word operations
/// instead of 250,000 cell updates. Build one matcher per member and compare it with each candidate.
/// </summary>
internal sealed class SequenceSimilarity
{
    /// <summary>Longer bodies are not compared: such members are rare, and the editor must not stall on them.</summary>
    public const int MaxLength = 20_000;

    /// <summary>Where each symbol's position mask starts in <see cref="_masks"/>: one array for all, not one per symbol (issue 8).</summary>
    private readonly Dictionary<int, int> _maskStarts = new();
    private readonly ulong[] _masks;

    /// <summary>The state of one comparison, reused by the next: a matcher compares on one thread.</summary>
    private readonly ulong[] _v;
    private readonly int _length;
    private readonly int _words;

    public SequenceSimilarity(int[] pattern)
    {
        _length = pattern.Length;
        _words = (pattern.Length + 63) / 64;
        foreach (var symbol in pattern)
        {
            if (!_maskStarts.ContainsKey(symbol))
            {
                _maskStarts.Add(symbol, _maskStarts.Count * _words);
            }
        }

        _masks = new ulong[_maskStarts.Count * _words];
        for (var i = 0; i < pattern.Length; i++)
        {
            _masks[_maskStarts[pattern[i]] + (i / 64)] |= 1UL << (i % 64);
        }

        _v = new ulong[_words];
    }

    public static double Of(int[] a, int[] b) => new SequenceSimilarity(a).To(b);

    /// <summary>The best similarity two lengths allow: a cheap bound that skips hopeless pairs.</summary>
    public static double UpperBound(int lengthA, int lengthB) => 2.0 * Math.Min(lengthA, lengthB) / (lengthA + lengthB);

    public double To(int[] other)
    {
        if (_length == 0 || other.Length == 0 || _length > MaxLength || other.Length > MaxLength)
        {
            return 0;
        }

        return 2.0 * LongestCommonSubsequence(other) / (_length + other.Length);
    }

    private int LongestCommonSubsequence(int[] other)
    {
        // V holds a 1 for every pattern position not yet matched; each symbol of the other sequence updates it
        // as V = (V + U) | (V - U) with U = V & positions(symbol), in multi-word arithmetic.
        var v = _v;
        for (var w = 0; w < _words; w++)
        {
            v[w] = ulong.MaxValue;
        }

        foreach (var symbol in other)
        {
            if (!_maskStarts.TryGetValue(symbol, out var start))
            {
                continue;
            }

            ulong carry = 0, borrow = 0;
            for (var w = 0; w < _words; w++)
            {
                var u = v[w] & _masks[start + w];
                var sum = v[w] + u;
                var sumWithCarry = sum + carry;
                carry = (sum < v[w] || sumWithCarry < sum) ? 1UL : 0UL;
                var difference = v[w] - u;
                var differenceWithBorrow = difference - borrow;
                borrow = (v[w] < u || difference < borrow) ? 1UL : 0UL;
                v[w] = sumWithCarry | differenceWithBorrow;
            }
        }

        return _length - CountOnes(v);
    }

    /// <summary>The ones among the pattern's positions (bits past its length are ignored).</summary>
    private int CountOnes(ulong[] v)
    {
        var ones = 0;
        for (var w = 0; w < _words; w++)
        {
            var word = v[w];
            var bits = Math.Min(64, _length - (w * 64));
            if (bits < 64)
            {
                word &= (1UL << bits) - 1;
            }

            word -= (word >> 1) & 0x5555555555555555UL;
            word = (word & 0x3333333333333333UL) + ((word >> 2) & 0x3333333333333333UL);
            word = (word + (word >> 4)) & 0x0F0F0F0F0F0F0F0FUL;
            ones += (int)((word * 0x0101010101010101UL) >> 56);
        }

        return ones;
    }
}
