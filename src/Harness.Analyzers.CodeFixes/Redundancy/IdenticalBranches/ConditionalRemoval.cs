using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Harness.Analyzers.Redundancy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Harness.Analyzers.CodeFixes.Redundancy.BranchSyntax;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// Conditional expressions: <c>c ? x : x</c> → <c>x</c> when <c>c</c> can be dropped (<see cref="DroppableCondition"/>)
/// and <c>x</c> converts as the conditional did.
/// </summary>
internal static class ConditionalRemoval
{
    /// <summary><c>c ? x : x</c> → <c>x</c>.</summary>
    public static async Task<BranchRewrite?> TryCreateAsync(Document document, ConditionalExpressionSyntax conditional, CancellationToken cancellationToken)
    {
        var value = conditional.WhenTrue;
        if (!BranchEquivalence.IsClean(conditional)
            || value is RefExpressionSyntax or ThrowExpressionSyntax
            || !BranchEquivalence.AreEquivalent(value, conditional.WhenFalse)
            || DeclaresVariables(conditional))
        {
            return null;
        }

        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null
            || !DroppableCondition.CanDrop(conditional.Condition, ImmutableArray.Create(conditional.Condition.Span, conditional.WhenFalse.Span), model, cancellationToken)
            || !ConvertsAlike(conditional, model, cancellationToken))
        {
            return null;
        }

        var replacement = value is AssignmentExpressionSyntax or AnonymousFunctionExpressionSyntax ? Parenthesize(value) : value;
        replacement = replacement.WithLeadingTrivia(conditional.GetLeadingTrivia()).WithTrailingTrivia(conditional.GetTrailingTrivia());
        return new BranchRewrite("Replace with the value of both branches", IdenticalBranchesCodeFix.RemoveConditionalKey, conditional, replacement);
    }

    /// <summary>
    /// Whether the value converts where it stands as the conditional did. Both have the same type; but a constant or
    /// target-typed value (<c>1</c>, <c>null</c>, <c>$"…"</c>, a lambda, a tuple literal) may convert to more types than
    /// the conditional and so pick another overload: such a value is taken only where no overload is chosen
    /// (initializer, <c>return</c>, <c>=&gt;</c>, <c>yield return</c>, assignment) and the conversion is the identity.
    /// </summary>
    private static bool ConvertsAlike(ConditionalExpressionSyntax conditional, SemanticModel model, CancellationToken cancellationToken)
    {
        var info = model.GetTypeInfo(conditional, cancellationToken);
        var valueType = model.GetTypeInfo(conditional.WhenTrue, cancellationToken).Type;
        if (info.Type is null || valueType is null || !SymbolEqualityComparer.Default.Equals(info.Type, valueType))
        {
            return false;
        }

        var value = WalkDownParentheses(conditional.WhenTrue);
        var mayConvertMore = model.GetConstantValue(conditional.WhenTrue, cancellationToken).HasValue
            || value is LiteralExpressionSyntax or InterpolatedStringExpressionSyntax or AnonymousFunctionExpressionSyntax or TupleExpressionSyntax
                or ImplicitObjectCreationExpressionSyntax or SwitchExpressionSyntax or ConditionalExpressionSyntax
                or StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax;
        return !mayConvertMore
            || (SymbolEqualityComparer.Default.Equals(info.ConvertedType, info.Type) && IsPlainValueContext(conditional));
    }

    private static bool IsPlainValueContext(ExpressionSyntax expression)
    {
        SyntaxNode node = expression;
        while (node.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            node = parenthesized;
        }

        return node.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax } => true,
            ReturnStatementSyntax => !node.Ancestors().TakeWhile(a => a is not MemberDeclarationSyntax).Any(a => a is AnonymousFunctionExpressionSyntax),
            ArrowExpressionClauseSyntax => true,
            YieldStatementSyntax => true,
            AssignmentExpressionSyntax assignment => assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Right == node,
            _ => false,
        };
    }

    private static ExpressionSyntax WalkDownParentheses(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }
}
