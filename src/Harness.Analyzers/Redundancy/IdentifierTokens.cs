using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Harness.Analyzers.Redundancy;

/// <summary>The names a piece of syntax mentions, read from its identifier tokens (no binding: the rules judge from syntax).</summary>
internal static class IdentifierTokens
{
    public static bool Mention(SyntaxNode node, string name) => Any(node, text => text == name);

    public static bool MentionAny(SyntaxNode node, HashSet<string> names) => Any(node, names.Contains);

    public static HashSet<string> In(SyntaxNode node)
    {
        var names = new HashSet<string>();
        foreach (var token in node.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken))
            {
                names.Add(token.ValueText);
            }
        }

        return names;
    }

    private static bool Any(SyntaxNode node, Func<string, bool> matches)
    {
        foreach (var token in node.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && matches(token.ValueText))
            {
                return true;
            }
        }

        return false;
    }
}
