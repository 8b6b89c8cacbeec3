using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// Deletes a member with its leading trivia: the comments that described it go with it. A member that opened its type
/// takes the blank line that separated it from the next one too, which would otherwise follow the brace.
/// </summary>
internal static class MemberRemoval
{
    /// <summary>Edits compose: the next member may be replaced after this, through a replacement that reads the current node.</summary>
    public static void Remove(SyntaxEditor editor, MemberDeclarationSyntax member)
    {
        editor.RemoveNode(member);
        if (member.Parent is TypeDeclarationSyntax type && type.Members.IndexOf(member) is 0 && type.Members.Count > 1)
        {
            editor.ReplaceNode(type.Members[1], (current, _) => current.WithLeadingTrivia(WithoutBlankLines(current.GetLeadingTrivia())));
        }
    }

    /// <summary>The trivia without its leading empty lines; the indentation and comments of the first line that has any stay.</summary>
    private static SyntaxTriviaList WithoutBlankLines(SyntaxTriviaList trivia)
    {
        var lineStart = 0;
        for (var i = 0; i < trivia.Count; i++)
        {
            if (trivia[i].IsKind(SyntaxKind.EndOfLineTrivia))
            {
                lineStart = i + 1;
            }
            else if (!trivia[i].IsKind(SyntaxKind.WhitespaceTrivia))
            {
                break;
            }
        }

        return SyntaxFactory.TriviaList(trivia.Skip(lineStart));
    }
}
