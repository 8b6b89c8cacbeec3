using System;

namespace Harness.Analyzers.Redundancy;

/// <summary>Similarity of two token sequences: 2 x longest common subsequence / total length (1 for equal, 0 for disjoint).</summary>
internal static class SequenceSimilarity
{
    /// <summary>Longer bodies are not compared: the quadratic cost would stall the editor, and such members are rare.</summary>
    public const int MaxLength = 4000;

    public static double Of(int[] a, int[] b)
    {
        if (a.Length == 0 || b.Length == 0 || a.Length > MaxLength || b.Length > MaxLength)
        {
            return 0;
        }

        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            var item = a[i - 1];
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = item == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return 2.0 * previous[b.Length] / (a.Length + b.Length);
    }

    /// <summary>The best similarity two lengths allow: a cheap bound that skips hopeless pairs.</summary>
    public static double UpperBound(int lengthA, int lengthB) => 2.0 * Math.Min(lengthA, lengthB) / (lengthA + lengthB);
}
