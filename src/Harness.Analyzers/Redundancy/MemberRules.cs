using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Redundancy;

/// <summary>What the member-level rules found for one member: its counterparts, whose shared blocks need no second report.</summary>
internal sealed class MemberFindings
{
    public HashSet<MemberFingerprint> Counterparts { get; } = new();

    public bool HasExactTwins { get; set; }
}

/// <summary>A rule judged for every fingerprinted member of the document being analysed.</summary>
internal interface IMemberRule
{
    void Check(MemberFingerprint member, CloneIndex index, MemberFindings findings, Action<Diagnostic> report);
}

internal static class Similarity
{
    /// <summary>Whole percent, rounded down so that 99.6% never reads as an exact copy.</summary>
    public static string Percent(double similarity) => ((int)(similarity * 100)).ToString(System.Globalization.CultureInfo.InvariantCulture) + "%";
}

/// <summary>The name a rewrite was given: the original's name plus a suffix such as V2, New or Old (before any Async).</summary>
internal static class VersionedName
{
    private const string Async = "Async";

    public static bool TryGetOriginal(string name, IEnumerable<string> suffixes, out string original)
    {
        var isAsync = name.EndsWith(Async, StringComparison.Ordinal) && name.Length > Async.Length;
        var stem = isAsync ? name.Substring(0, name.Length - Async.Length) : name;
        foreach (var suffix in suffixes)
        {
            if (stem.Length > suffix.Length && stem.EndsWith(suffix, StringComparison.Ordinal))
            {
                original = stem.Substring(0, stem.Length - suffix.Length) + (isAsync ? Async : string.Empty);
                return true;
            }
        }

        original = string.Empty;
        return false;
    }
}
