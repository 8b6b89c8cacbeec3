using System;
using System.Collections.Generic;
using System.Text;

namespace Harness.Analyzers.Tests.Verification;

/// <summary>A line diff of two texts (longest common subsequence), printed with line numbers and a little context.</summary>
public static class LineDiff
{
    private const int Context = 2;
    private const long MaxCells = 4_000_000;

    public static string Format(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        if ((long)a.Length * b.Length > MaxCells)
        {
            return $"(too long to diff)\n--- expected\n{expected}\n+++ actual\n{actual}";
        }

        var edits = Edits(a, b);
        var show = new bool[edits.Count];
        for (var i = 0; i < edits.Count; i++)
        {
            if (edits[i].Kind != ' ')
            {
                for (var j = Math.Max(0, i - Context); j <= Math.Min(edits.Count - 1, i + Context); j++)
                {
                    show[j] = true;
                }
            }
        }

        var text = new StringBuilder("--- expected\n+++ actual\n");
        for (var i = 0; i < edits.Count; i++)
        {
            if (!show[i])
            {
                continue;
            }

            if (i > 0 && !show[i - 1])
            {
                text.Append("  ...\n");
            }

            var (kind, line, content) = edits[i];
            text.Append(kind).Append(' ').Append(line.ToString().PadLeft(4)).Append(" | ")
                .Append(kind == ' ' ? content : Visible(content)).Append('\n');
        }

        if (edits.Count > 0 && !show[^1])
        {
            text.Append("  ...\n");
        }

        return text.ToString();
    }

    /// <summary>Kind ' ' (same, numbered as in expected), '-' (expected only) or '+' (actual only), in text order.</summary>
    private static List<(char Kind, int Line, string Text)> Edits(string[] a, string[] b)
    {
        // common[i, j]: length of the longest common subsequence of a[i..] and b[j..].
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var edits = new List<(char, int, string)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                edits.Add((' ', x + 1, a[x]));
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || common[x + 1, y] >= common[x, y + 1]))
            {
                edits.Add(('-', x + 1, a[x]));
                x++;
            }
            else
            {
                edits.Add(('+', y + 1, b[y]));
                y++;
            }
        }

        return edits;
    }

    /// <summary>Shows trailing blanks and tabs, which otherwise make two lines look equal.</summary>
    private static string Visible(string line)
    {
        var end = line.Length;
        while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t'))
        {
            end--;
        }

        return line.Substring(0, end).Replace("\t", "→") + line.Substring(end).Replace(' ', '·').Replace("\t", "→");
    }
}
