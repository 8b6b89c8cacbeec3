using System;
using System.Text.RegularExpressions;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// The words one member name adds to another after a joining word: <c>TrimToWidth</c> adds <c>Width</c> to
/// <c>Trim</c>, <c>SendWithRetriesAsync</c> adds <c>Retries</c> to <c>SendAsync</c>. Such a name says it is the other
/// member with something more, so a merge keeps the shorter name and the added words name what it adds.
/// </summary>
internal static class AddedWords
{
    private const string Async = "Async";

    /// <summary>A joining word and what follows it: <c>SendWithRetries</c>, <c>TrimToWidth</c>.</summary>
    private static readonly Regex Joined = new("^(?:With|To|For|By|Using|Per|At|Of|In|On)([A-Z][A-Za-z]*)$", RegexOptions.CultureInvariant);

    /// <summary>What <paramref name="name"/> adds to <paramref name="original"/> (a final <c>Async</c> set aside in both); null when it is not the original plus joined words.</summary>
    public static string? Of(string name, string original)
    {
        var (stem, originalStem) = (Stem(name), Stem(original));
        return stem.StartsWith(originalStem, StringComparison.Ordinal) && Joined.Match(stem.Substring(originalStem.Length)) is { Success: true } match
            ? match.Groups[1].Value
            : null;
    }

    private static string Stem(string name) => name.EndsWith(Async, StringComparison.Ordinal) ? name.Substring(0, name.Length - Async.Length) : name;
}
