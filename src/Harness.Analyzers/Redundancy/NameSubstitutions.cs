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
    private const long MaxCells = 4_000_000;

    /// <summary>How many different pairs of names stand in for each other, or 0 for pairs too long to align.</summary>
    public static int Count(RereadBody first, RereadBody second)
    {
        var a = first.ExactCodes;
        var b = second.ExactCodes;
        if ((long)a.Length * b.Length > MaxCells)
        {
            return 0;
        }

        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : System.Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
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
            else if (y == b.Length || (x < a.Length && lengths[x + 1, y] >= lengths[x, y + 1]))
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
