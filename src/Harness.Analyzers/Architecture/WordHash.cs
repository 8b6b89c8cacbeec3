using System.Collections.Generic;

namespace Harness.Analyzers.Architecture;

/// <summary>
/// A hash of a word, computed one character at a time, so that the scan of a document's text can tell most words
/// from every name a rule could care about without making a string of each.
/// </summary>
internal static class WordHash
{
    public const int Empty = 17;

    public static int Add(int hash, char c) => unchecked((hash * 31) + c);

    public static int Of(string word)
    {
        var hash = Empty;
        foreach (var c in word)
        {
            hash = Add(hash, c);
        }

        return hash;
    }

    /// <summary>
    /// The words (identifiers, keywords) of <paramref name="content"/> between <paramref name="start"/> and
    /// <paramref name="end"/> whose hash is one of <paramref name="hashes"/>, each with the index just past it. Most words
    /// are not: no string is made for them.
    /// </summary>
    public static IEnumerable<(string Word, int End)> Matching(string content, int start, int end, HashSet<int> hashes)
    {
        for (var first = start; first < end; first++)
        {
            if (!IsNameStart(content[first]) || (first > 0 && IsNamePart(content[first - 1])))
            {
                continue;
            }

            var hash = Add(Empty, content[first]);
            var last = first + 1;
            while (last < content.Length && IsNamePart(content[last]))
            {
                hash = Add(hash, content[last]);
                last++;
            }

            if (hashes.Contains(hash))
            {
                yield return (content.Substring(first, last - first), last);
            }

            first = last - 1;
        }
    }

    private static bool IsNameStart(char c) => c == '_' || char.IsLetter(c);

    private static bool IsNamePart(char c) => c == '_' || char.IsLetterOrDigit(c);

    public static HashSet<int> Of(IEnumerable<string> words)
    {
        var hashes = new HashSet<int>();
        foreach (var word in words)
        {
            hashes.Add(Of(word));
        }

        return hashes;
    }
}
