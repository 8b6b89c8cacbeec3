using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// The tokens of a document that a syntax-only rule starts from (an <c>else</c>, a <c>switch</c>, a name), found by
/// searching its text and asking the tree what is at each occurrence, rather than by walking every node: each walk
/// of every document costs a few percent of a compile (issue 8), a text search next to nothing. An occurrence in a
/// comment, a string, disabled code or a longer word is not such a token, and is skipped.
/// </summary>
internal static class TokenCandidates
{
    /// <summary>The tokens of <paramref name="kind"/> written <paramref name="spelling"/> (a keyword or punctuation), in source order.</summary>
    public static IEnumerable<SyntaxToken> Find(SyntaxNode root, string text, string spelling, SyntaxKind kind)
    {
        for (var position = text.IndexOf(spelling, StringComparison.Ordinal); position >= 0; position = text.IndexOf(spelling, position + spelling.Length, StringComparison.Ordinal))
        {
            var token = root.FindToken(position);
            if (token.SpanStart == position && token.IsKind(kind))
            {
                yield return token;
            }
        }
    }

    /// <summary>
    /// The identifier tokens whose value is <paramref name="name"/>, in source order. A name written with a Unicode
    /// escape (<c>\u0041</c>) is not in the text as it reads, so a document that holds one is walked instead.
    /// </summary>
    public static IEnumerable<SyntaxToken> Identifiers(SyntaxNode root, string text, string name)
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
            // Span.Contains: a verbatim identifier (@name) starts before its name.
            var token = root.FindToken(position);
            if (token.Span.Contains(position) && token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name)
            {
                yield return token;
            }
        }
    }
}
