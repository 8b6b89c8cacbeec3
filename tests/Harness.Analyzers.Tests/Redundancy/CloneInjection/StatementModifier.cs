using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>
/// Type 3, modification: one change inside one statement, as a maintainer makes them: an operator flipped, a call
/// swapped for its sibling (Min for Max, OrderBy for OrderByDescending…), a term added to a number, a Trim() added
/// to a string, a condition negated. Each candidate is bound speculatively and kept only if it still binds to the
/// same type.
/// </summary>
internal static class StatementModifier
{
    private static readonly Dictionary<SyntaxKind, SyntaxKind> OperatorSwaps = new()
    {
        [SyntaxKind.PlusToken] = SyntaxKind.MinusToken,
        [SyntaxKind.MinusToken] = SyntaxKind.PlusToken,
        [SyntaxKind.AsteriskToken] = SyntaxKind.PlusToken,
        [SyntaxKind.LessThanToken] = SyntaxKind.LessThanEqualsToken,
        [SyntaxKind.LessThanEqualsToken] = SyntaxKind.LessThanToken,
        [SyntaxKind.GreaterThanToken] = SyntaxKind.GreaterThanEqualsToken,
        [SyntaxKind.GreaterThanEqualsToken] = SyntaxKind.GreaterThanToken,
        [SyntaxKind.EqualsEqualsToken] = SyntaxKind.ExclamationEqualsToken,
        [SyntaxKind.ExclamationEqualsToken] = SyntaxKind.EqualsEqualsToken,
        [SyntaxKind.AmpersandAmpersandToken] = SyntaxKind.BarBarToken,
        [SyntaxKind.BarBarToken] = SyntaxKind.AmpersandAmpersandToken,
    };

    private static readonly Dictionary<string, string> MethodSwaps = Pairs(
        ("OrderBy", "OrderByDescending"), ("Min", "Max"), ("First", "Last"), ("FirstOrDefault", "LastOrDefault"), ("ToUpperInvariant", "ToLowerInvariant"),
        ("StartsWith", "EndsWith"), ("Any", "All"), ("Skip", "Take"), ("TrimStart", "TrimEnd"), ("PadLeft", "PadRight"), ("Write", "WriteLine"), ("Sum", "Max"));

    public static (MethodDeclarationSyntax Method, string Description)? Modify(MethodDeclarationSyntax method, SemanticModel model, Random random)
    {
        var candidates = method.Body!.DescendantNodes().ToList();
        foreach (var node in candidates.OrderBy(_ => random.Next()))
        {
            if (Edit(node, model, random) is { } replacement && StillBinds(node, replacement, model))
            {
                return (method.ReplaceNode(node, replacement), $"changed `{node}` to `{replacement}`");
            }
        }

        return null;
    }

    private static SyntaxNode? Edit(SyntaxNode node, SemanticModel model, Random random) => node switch
    {
        BinaryExpressionSyntax binary when OperatorSwaps.TryGetValue(binary.OperatorToken.Kind(), out var swapped)
            && !model.GetConstantValue(binary).HasValue
            && (!IsArithmetic(binary.OperatorToken.Kind()) || IsNumber(binary.Left, model) && IsNumber(binary.Right, model)) =>
            SyntaxFactory.BinaryExpression(
                SyntaxFacts.GetBinaryExpression(swapped),
                binary.Left,
                SyntaxFactory.Token(binary.OperatorToken.LeadingTrivia, swapped, binary.OperatorToken.TrailingTrivia),
                binary.Right),
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation when MethodSwaps.TryGetValue(access.Name.Identifier.ValueText, out var sibling) =>
            invocation.WithExpression(access.WithName(SyntaxFactory.IdentifierName(sibling).WithTriviaFrom(access.Name))),
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax } initializer when Extend(initializer.Value, model, random) is { } extended =>
            initializer.WithValue(extended),
        AssignmentExpressionSyntax { Parent: ExpressionStatementSyntax, Left: not DeclarationExpressionSyntax } assignment when Extend(assignment.Right, model, random) is { } extended =>
            assignment.WithRight(extended),
        IfStatementSyntax conditional => conditional.WithCondition(Negated(conditional.Condition)),
        WhileStatementSyntax loop => loop.WithCondition(Negated(loop.Condition)),
        _ => null,
    };

    /// <summary><c>expression + 3</c> for a number, <c>expression.Trim()</c> for a string; not for constants, which could overflow.</summary>
    private static ExpressionSyntax? Extend(ExpressionSyntax expression, SemanticModel model, Random random)
    {
        if (model.GetConstantValue(expression).HasValue)
        {
            return null;
        }

        var operand = expression is IdentifierNameSyntax or LiteralExpressionSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax or ParenthesizedExpressionSyntax
            ? expression.WithoutTrivia()
            : SyntaxFactory.ParenthesizedExpression(expression.WithoutTrivia());
        if (IsNumber(expression, model))
        {
            return SyntaxFactory.BinaryExpression(
                SyntaxKind.AddExpression,
                operand,
                SyntaxFactory.Token(SyntaxFactory.TriviaList(SyntaxFactory.Space), SyntaxKind.PlusToken, SyntaxFactory.TriviaList(SyntaxFactory.Space)),
                SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(random.Next(2, 20)))).WithTriviaFrom(expression);
        }

        return model.GetTypeInfo(expression).Type?.SpecialType == SpecialType.System_String
            ? SyntaxFactory.InvocationExpression(SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, operand, SyntaxFactory.IdentifierName("Trim"))).WithTriviaFrom(expression)
            : null;
    }

    private static ExpressionSyntax Negated(ExpressionSyntax condition) =>
        SyntaxFactory.PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, SyntaxFactory.ParenthesizedExpression(condition.WithoutTrivia())).WithTriviaFrom(condition);

    private static bool IsArithmetic(SyntaxKind operatorKind) => operatorKind is SyntaxKind.PlusToken or SyntaxKind.MinusToken or SyntaxKind.AsteriskToken;

    private static bool IsNumber(ExpressionSyntax expression, SemanticModel model) =>
        model.GetTypeInfo(expression).Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Decimal or SpecialType.System_Double;

    /// <summary>A changed expression must bind, to the type the original had; statements are checked by their parts.</summary>
    private static bool StillBinds(SyntaxNode original, SyntaxNode replacement, SemanticModel model)
    {
        if (original is not ExpressionSyntax expression)
        {
            return true;
        }

        var before = model.GetTypeInfo(expression).Type;
        var after = model.GetSpeculativeTypeInfo(expression.SpanStart, (ExpressionSyntax)replacement, SpeculativeBindingOption.BindAsExpression).Type;
        return after is not null && after.TypeKind != TypeKind.Error && SymbolEqualityComparer.Default.Equals(before, after)
            && (replacement is not InvocationExpressionSyntax invocation
                || model.GetSpeculativeSymbolInfo(expression.SpanStart, invocation, SpeculativeBindingOption.BindAsExpression).Symbol is not null);
    }

    private static Dictionary<string, string> Pairs(params (string A, string B)[] pairs)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (a, b) in pairs)
        {
            map.TryAdd(a, b);
            map.TryAdd(b, a);
        }

        return map;
    }
}
