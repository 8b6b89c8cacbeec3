using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// The comments of a document that may hold a given phrase, found in its text rather than by walking every token's
/// trivia: walking all trivia costs several percent of a compile (issue 8), a text search next to nothing. Each
/// <c>//</c> and <c>/*</c> is a candidate when the text it would comment holds a keyword; only then does the tree say
/// whether a comment really starts there (and not a string, a directive or disabled code). Yields the same comments
/// as <see cref="SyntaxNode.DescendantTrivia(Func{SyntaxNode, bool}?, bool)"/> would, those that may match, in order.
/// </summary>
internal static class CommentCandidates
{
    /// <param name="root">The document's root.</param>
    /// <param name="text">The document's text.</param>
    /// <param name="mayMatch">Whether <c>text[start..end)</c> may hold the phrase: false only when it certainly does not.</param>
    public static IEnumerable<SyntaxTrivia> Find(SyntaxNode root, string text, Func<string, int, int, bool> mayMatch)
    {
        var position = 0;
        while ((position = text.IndexOf('/', position)) >= 0 && position + 1 < text.Length)
        {
            var next = text[position + 1];
            if (next != '/' && next != '*')
            {
                position++;
                continue;
            }

            // The most the comment could span: to the line end, or to the first '*/'.
            var end = next == '/' ? LineEnd(text, position) : BlockEnd(text, position);
            if (!mayMatch(text, position, end))
            {
                // A '//' comment starting later on this line lies within the text just searched; a '/*' may not.
                position = next == '/' ? BlockStartOrEnd(text, position + 2, end) : position + 2;
                continue;
            }

            var trivia = root.FindTrivia(position);
            if (trivia.SpanStart == position && (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia)))
            {
                yield return trivia;
                position = trivia.Span.End;
            }
            else
            {
                position++;
            }
        }
    }

    private static int LineEnd(string text, int start)
    {
        var end = text.IndexOfAny(LineBreaks, start);
        return end < 0 ? text.Length : end;
    }

    private static int BlockStartOrEnd(string text, int start, int end)
    {
        var block = text.IndexOf("/*", start, end - start, StringComparison.Ordinal);
        return block < 0 ? end : block;
    }

    private static int BlockEnd(string text, int start)
    {
        var end = text.IndexOf("*/", start + 2, StringComparison.Ordinal);
        return end < 0 ? text.Length : end + 2;
    }

    private static readonly char[] LineBreaks = { '\r', '\n' };
}
