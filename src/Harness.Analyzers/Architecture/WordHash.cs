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
