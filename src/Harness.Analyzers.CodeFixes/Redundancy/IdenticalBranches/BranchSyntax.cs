using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>Syntax checks and edits that several HAR2004 rewrites share.</summary>
internal static class BranchSyntax
{
    /// <summary>Whether <paramref name="node"/> declares a variable (pattern, <c>out var</c>, deconstruction), lambdas aside.</summary>
    public static bool DeclaresVariables(SyntaxNode node) =>
        node.DescendantNodesAndSelf(n => n is not AnonymousFunctionExpressionSyntax)
            .Any(n => n is SingleVariableDesignationSyntax or ParenthesizedVariableDesignationSyntax);

    /// <summary><c>(expression)</c>, with the expression's trivia outside the parentheses.</summary>
    public static ExpressionSyntax Parenthesize(ExpressionSyntax expression) =>
        ParenthesizedExpression(
                Token(SyntaxTriviaList.Empty, SyntaxKind.OpenParenToken, SyntaxTriviaList.Empty),
                expression.WithoutTrivia(),
                Token(SyntaxTriviaList.Empty, SyntaxKind.CloseParenToken, SyntaxTriviaList.Empty))
            .WithTriviaFrom(expression);
}
