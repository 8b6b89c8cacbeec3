using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Harness.Analyzers.Redundancy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Harness.Analyzers.CodeFixes.Redundancy.BranchSyntax;
using static Harness.Analyzers.CodeFixes.Redundancy.BranchTrivia;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// <c>if (a) X else if (b) X rest</c> → <c>if (a || b) X rest</c>: <c>b</c> is still evaluated only when <c>a</c> is
/// false. Only for adjacent branches whose conditions are <c>bool</c> (a branch between them could be skipped, and
/// <c>||</c> on other types calls operators).
/// </summary>
internal static class ConditionMerge
{
    public static async Task<BranchRewrite?> TryCreateAsync(Document document, IfStatementSyntax earlier, IfStatementSyntax later, CancellationToken cancellationToken)
    {
        if (!BranchEquivalence.AreEquivalentBodies(earlier.Statement, later.Statement)
            || ReadsItsOwnVariables(earlier)
            || DeclaresVariables(later.Condition)
            || !BranchEquivalence.IsClean(earlier.Condition)
            || !BranchEquivalence.IsClean(later.Condition)
            || earlier.Else!.ElseKeyword.ContainsDirectives
            || later.IfKeyword.ContainsDirectives
            || later.OpenParenToken.ContainsDirectives
            || later.CloseParenToken.ContainsDirectives)
        {
            return null;
        }

        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null || !IsBoolean(earlier.Condition, model, cancellationToken) || !IsBoolean(later.Condition, model, cancellationToken))
        {
            return null;
        }

        // Comments just inside the later condition's parentheses go along with it.
        var right = later.Condition
            .WithLeadingTrivia(later.OpenParenToken.TrailingTrivia.AddRange(later.Condition.GetLeadingTrivia()))
            .WithTrailingTrivia(later.Condition.GetTrailingTrivia().AddRange(later.CloseParenToken.LeadingTrivia));
        var merged = earlier.WithCondition(Or(earlier.Condition, right)).WithElse(later.Else);
        if (later.Else is null)
        {
            merged = merged.WithStatement(merged.Statement.WithTrailingTrivia(Join(earlier.Statement.GetTrailingTrivia(), later.GetTrailingTrivia())));
        }

        return new BranchRewrite("Merge with the previous branch (||)", IdenticalBranchesCodeFix.MergeBranchesKey, earlier, merged);
    }

    /// <summary>
    /// Whether the body reads a variable its condition declares. Those stay where they are, in the same scope, and the
    /// later condition still runs only when the earlier one is false; but the body now also runs after the later
    /// condition, where a variable only the earlier one's success assigns would be read unassigned. The later
    /// condition may not declare any: they would move into the earlier statement's scope.
    /// </summary>
    private static bool ReadsItsOwnVariables(IfStatementSyntax earlier)
    {
        var declared = new HashSet<string>(earlier.Condition.DescendantNodes(n => n is not AnonymousFunctionExpressionSyntax)
            .OfType<SingleVariableDesignationSyntax>()
            .Select(d => d.Identifier.ValueText));
        return earlier.Statement.DescendantTokens().Any(t => t.IsKind(SyntaxKind.IdentifierToken) && declared.Contains(t.ValueText));
    }

    private static bool IsBoolean(ExpressionSyntax condition, SemanticModel model, CancellationToken cancellationToken) =>
        model.GetTypeInfo(condition, cancellationToken).Type?.SpecialType == SpecialType.System_Boolean;

    /// <summary><c>left || right</c>, left-associative (both are <c>bool</c>, so regrouping changes nothing), parenthesized as needed.</summary>
    private static ExpressionSyntax Or(ExpressionSyntax left, ExpressionSyntax right)
    {
        if (right is BinaryExpressionSyntax inner && inner.IsKind(SyntaxKind.LogicalOrExpression))
        {
            return Or(Or(left, inner.Left), inner.Right);
        }

        return BinaryExpression(
            SyntaxKind.LogicalOrExpression,
            OrOperand(left).WithTrailingTrivia(TrimEnd(left.GetTrailingTrivia())),
            Token(TriviaList(Space), SyntaxKind.BarBarToken, TriviaList(Space)),
            OrOperand(right).WithLeadingTrivia(TrimStart(right.GetLeadingTrivia())));
    }

    /// <summary>An operand of <c>||</c>: parenthesized if its own operator binds more loosely.</summary>
    private static ExpressionSyntax OrOperand(ExpressionSyntax operand) =>
        operand is ConditionalExpressionSyntax or AssignmentExpressionSyntax or AnonymousFunctionExpressionSyntax or QueryExpressionSyntax
            || operand.IsKind(SyntaxKind.CoalesceExpression)
            ? Parenthesize(operand)
            : operand;
}
