using System.Collections.Generic;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Where two similar bodies put one name in place of another (<c>GetFields</c> where the other calls
/// <c>GetProperties</c>), found on a token alignment (longest common subsequence with traceback). One such swap is a
/// copy that was changed; several are two members of one shape over different APIs (per-entity twins, visitor methods),
/// which differ in what they do, not in names.
/// </summary>
internal static class NameSubstitutions
{
    /// <summary>Alignments cost time and memory by the product of the lengths; longer pairs are not judged by this.</summary>
    private const long MaxCells = 1_000_000;

    /// <summary>Past this many names only one side uses, the pair differs in several names whatever the alignment.</summary>
    private const int MaxAlignedUnshared = 2;

    /// <summary>
    /// How many different pairs of names stand in for each other, or 0 for pairs too long to align. The names only one
    /// side uses settle most pairs without an alignment: none, and no name can stand in for another; several on both
    /// sides, and several do.
    /// </summary>
    public static int Count(RereadBody first, RereadBody second)
    {
        var unshared = System.Math.Min(OnlyIn(first.NameSet, second.NameSet), OnlyIn(second.NameSet, first.NameSet));
        if (unshared == 0 || unshared > MaxAlignedUnshared)
        {
            return unshared;
        }

        var a = first.ExactCodes;
        var b = second.ExactCodes;
        if ((long)a.Length * b.Length > MaxCells)
        {
            return 0;
        }

        // One flat table of 16-bit lengths: a common subsequence of two bodies under MaxCells is shorter than 65,536.
        var width = b.Length + 1;
        var lengths = new ushort[(a.Length + 1) * width];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[(i * width) + j] = a[i] == b[j]
                    ? (ushort)(lengths[((i + 1) * width) + j + 1] + 1)
                    : System.Math.Max(lengths[((i + 1) * width) + j], lengths[(i * width) + j + 1]);
            }
        }

        var pairs = new HashSet<(int, int)>();
        var gapNamesA = new List<int>();
        var gapNamesB = new List<int>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                AddPairs(gapNamesA, gapNamesB, pairs);
                x++;
                y++;
            }
            else if (y == b.Length || (x < a.Length && lengths[((x + 1) * width) + y] >= lengths[(x * width) + y + 1]))
            {
                if (first.Names[x])
                {
                    gapNamesA.Add(a[x]);
                }

                x++;
            }
            else
            {
                if (second.Names[y])
                {
                    gapNamesB.Add(b[y]);
                }

                y++;
            }
        }

        AddPairs(gapNamesA, gapNamesB, pairs);
        return pairs.Count;
    }

    private static int OnlyIn(HashSet<int> names, HashSet<int> others)
    {
        var count = 0;
        foreach (var name in names)
        {
            if (!others.Contains(name))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A gap with names on both sides: each name of one side stood where the other's did.</summary>
    private static void AddPairs(List<int> namesA, List<int> namesB, HashSet<(int, int)> pairs)
    {
        for (var i = 0; i < namesA.Count && i < namesB.Count; i++)
        {
            pairs.Add((namesA[i], namesB[i]));
        }

        namesA.Clear();
        namesB.Clear();
    }
}
