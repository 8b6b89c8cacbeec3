using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>Comments, which a fix that deletes code must not lose.</summary>
internal static class Comments
{
    /// <summary>A <c>//</c> or <c>/* */</c> comment, or a documentation comment.</summary>
    public static bool IsComment(SyntaxTrivia trivia) =>
        trivia.IsKind(SyntaxKind.SingleLineCommentTrivia)
        || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia)
        || trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)
        || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia);

    public static bool HasComments(SyntaxToken token) =>
        token.LeadingTrivia.Any(IsComment) || token.TrailingTrivia.Any(IsComment);
}
