using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Harness.Analyzers.Redundancy;

/// <summary>Where two runs of equally many tokens name different things at the same place: the names each puts there.</summary>
internal static class DifferingNames
{
    /// <summary>The differing identifiers, in token order, or <see langword="null"/> when the runs do not line up token for token.</summary>
    public static List<(string Name, string OtherName)>? Of(List<SyntaxToken> tokens, List<SyntaxToken> otherTokens)
    {
        if (tokens.Count != otherTokens.Count)
        {
            return null;
        }

        var differing = new List<(string, string)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var name = tokens[i].ValueText;
            var otherName = otherTokens[i].ValueText;
            if (tokens[i].IsKind(SyntaxKind.IdentifierToken) && name != otherName)
            {
                differing.Add((name, otherName));
            }
        }

        return differing;
    }
}
