using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>Layout for HAR2004 rewrites: the kept code keeps its own lines, comments and indentation where it can.</summary>
internal static class BranchTrivia
{
    /// <summary>The trivia that ends what is kept: its own, unless that is mere spaces and the removed code ended a line.</summary>
    public static SyntaxTriviaList Join(SyntaxTriviaList kept, SyntaxTriviaList removed) =>
        kept.All(t => t.IsKind(SyntaxKind.WhitespaceTrivia)) ? removed : kept;

    public static SyntaxTriviaList TrimStart(SyntaxTriviaList trivia)
    {
        var skip = 0;
        while (skip < trivia.Count && (trivia[skip].IsKind(SyntaxKind.WhitespaceTrivia) || trivia[skip].IsKind(SyntaxKind.EndOfLineTrivia)))
        {
            skip++;
        }

        return TriviaList(trivia.Skip(skip));
    }

    /// <summary>Drops trailing spaces and line ends, unless a <c>//</c> comment needs its line end.</summary>
    public static SyntaxTriviaList TrimEnd(SyntaxTriviaList trivia)
    {
        if (trivia.Any(SyntaxKind.SingleLineCommentTrivia))
        {
            return trivia;
        }

        var count = trivia.Count;
        while (count > 0 && (trivia[count - 1].IsKind(SyntaxKind.WhitespaceTrivia) || trivia[count - 1].IsKind(SyntaxKind.EndOfLineTrivia)))
        {
            count--;
        }

        return TriviaList(trivia.Take(count));
    }

    /// <summary>The whitespace before <paramref name="token"/> on its line, or null if something else precedes it there.</summary>
    public static string? LineIndent(SourceText text, SyntaxToken token)
    {
        var line = text.Lines.GetLineFromPosition(token.SpanStart);
        var prefix = text.ToString(TextSpan.FromBounds(line.Start, token.SpanStart));
        return prefix.All(char.IsWhiteSpace) ? prefix : null;
    }

    /// <summary>Moves every line of <paramref name="node"/> that starts with <paramref name="from"/> to start with <paramref name="to"/>.</summary>
    public static TNode Reindent<TNode>(TNode node, SourceText text, string from, string to)
        where TNode : SyntaxNode
    {
        var indents = node.DescendantTrivia()
            .Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia) && text.Lines.GetLineFromPosition(t.SpanStart).Start == t.SpanStart);
        return node.ReplaceTrivia(indents, (original, _) =>
        {
            var whitespace = original.ToString();
            return whitespace.StartsWith(from, StringComparison.Ordinal) ? Whitespace(to + whitespace.Substring(from.Length)) : original;
        });
    }
}
