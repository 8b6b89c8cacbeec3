using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// The identifier tokens of a document that spell a given name, found by searching its text rather than by walking
/// every node (issue 8: each walk of every document costs a few percent of a compile). A name written with a Unicode
/// escape (<c>\u0041</c>) is not in the text as it reads, so a document that holds one is walked instead.
/// </summary>
internal static class NamedNodeCandidates
{
    /// <summary>The identifier tokens whose value is <paramref name="name"/>, in source order.</summary>
    public static IEnumerable<SyntaxToken> Find(SyntaxNode root, string text, string name)
    {
        if (text.IndexOf(@"\u", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            foreach (var token in root.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name)
                {
                    yield return token;
                }
            }

            yield break;
        }

        for (var position = text.IndexOf(name, StringComparison.Ordinal); position >= 0; position = text.IndexOf(name, position + name.Length, StringComparison.Ordinal))
        {
            // Also in comments, strings and longer names: the token says which occurrences are the name.
            var token = root.FindToken(position);
            if (token.Span.Contains(position) && token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name)
            {
                yield return token;
            }
        }
    }
}
