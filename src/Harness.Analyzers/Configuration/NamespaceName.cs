using System;
using System.Collections.Generic;

namespace Harness.Analyzers.Configuration;

/// <summary>Splits namespace names into the segments patterns match against.</summary>
internal static class NamespaceName
{
    private static readonly string[] Global = Array.Empty<string>();

    public static string[] Split(string name) => name.Length == 0 ? Global : name.Split('.');

    public static bool AnyMatches(IReadOnlyList<NamespacePattern> patterns, string[] segments)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.Matches(segments))
            {
                return true;
            }
        }

        return false;
    }
}
