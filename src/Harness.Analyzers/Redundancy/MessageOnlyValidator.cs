using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Two validators whose only differences are their exception messages (each profile type checking its own scales,
/// "parser profiles require…" against "number profiles require…"): error exits that say what each type needs, the
/// member-sized form of the guards <see cref="ErrorExit"/> leaves alone. A validator is a body of nothing but
/// guards that throw, loops around them, and a final <c>return</c>. Two validators equal to the letter are still a copy.
/// </summary>
internal static class MessageOnlyValidator
{
    public static bool AreTwins(SyntaxNode body, SyntaxNode otherBody)
    {
        if (!IsValidator(body) || !IsValidator(otherBody))
        {
            return false;
        }

        var tokens = body.DescendantTokens().ToList();
        var otherTokens = otherBody.DescendantTokens().ToList();
        if (tokens.Count != otherTokens.Count)
        {
            return false;
        }

        var messagesDiffer = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsKind(SyntaxKind.IdentifierToken) || tokens[i].ValueText == otherTokens[i].ValueText)
            {
                continue;
            }

            if (!IsMessage(tokens[i]) || !IsMessage(otherTokens[i]))
            {
                return false;
            }

            messagesDiffer = true;
        }

        return messagesDiffer;
    }

    private static bool IsMessage(SyntaxToken token) =>
        token.Kind() is SyntaxKind.StringLiteralToken or SyntaxKind.InterpolatedStringTextToken
        && token.Parent!.AncestorsAndSelf().Any(node => node is ThrowStatementSyntax or ThrowExpressionSyntax);

    private static bool IsValidator(SyntaxNode body) =>
        body is BlockSyntax block && block.Statements.Count > 0 && block.Statements.All(IsCheck);

    private static bool IsCheck(StatementSyntax statement) => statement switch
    {
        ReturnStatementSyntax or ThrowStatementSyntax => true,
        BlockSyntax block => block.Statements.All(IsCheck),
        ForStatementSyntax loop => IsCheck(loop.Statement),
        ForEachStatementSyntax loop => IsCheck(loop.Statement),
        WhileStatementSyntax loop => IsCheck(loop.Statement),
        _ => ErrorExit.IsThrowOrGuard(statement),
    };
}
