using System;
using System.Collections.Generic;

namespace Harness.Analyzers.Redundancy;

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
