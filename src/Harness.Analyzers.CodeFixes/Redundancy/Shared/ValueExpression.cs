using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// Which expressions a parameter can stand for, judged on syntax: values written without a call, an assignment or
/// a local (a literal, a name, <c>typeof</c>, <c>nameof</c>, operators over those), at a place where a parameter
/// reads the same (not a constant the language requires, not a <c>ref</c>, not the name after a dot). The semantic
/// side (which names are constants or read-only fields) is <c>MergedValue</c>'s.
/// </summary>
internal static class ValueExpression
{
    public static bool IsNameof(SyntaxNode node) =>
        node is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } };

    /// <summary>Whether a parameter can take the place of this expression in its method.</summary>
    public static bool IsSite(ExpressionSyntax expression)
    {
        var inPlace = expression.Parent switch
        {
            MemberAccessExpressionSyntax access => access.Expression == expression && expression is not NameSyntax,
            QualifiedNameSyntax or AliasQualifiedNameSyntax or ConditionalAccessExpressionSyntax or NameColonSyntax or NameEqualsSyntax => false,
            InvocationExpressionSyntax invocation => invocation.Expression != expression,
            ArgumentSyntax argument => argument.RefKindKeyword.IsKind(SyntaxKind.None),
            AssignmentExpressionSyntax assignment => assignment.Right == expression,
            PrefixUnaryExpressionSyntax prefix => prefix.Kind() is not (SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression or SyntaxKind.AddressOfExpression),
            PostfixUnaryExpressionSyntax => false,
            _ => true,
        };

        // Constants the language requires stay constants (case labels, goto case, patterns, attributes, const locals, defaults),
        // and a static local function or lambda cannot read the method's parameters.
        return inPlace && !SyntaxFacts.IsInTypeOnlyContext(expression) && !expression.Ancestors().Any(a =>
            a is CaseSwitchLabelSyntax or GotoStatementSyntax or PatternSyntax or AttributeSyntax or ParameterSyntax
            || (a is LocalDeclarationStatementSyntax local && local.IsConst)
            || (a is LocalFunctionStatementSyntax function && function.Modifiers.Any(SyntaxKind.StaticKeyword))
            || (a is AnonymousFunctionExpressionSyntax lambda && lambda.Modifiers.Any(SyntaxKind.StaticKeyword))
            || IsNameof(a));
    }

    /// <summary>Whether the expression is a value that reads none of <paramref name="locals"/> and calls nothing but <c>nameof</c>.</summary>
    public static bool IsValue(ExpressionSyntax expression, ISet<string> locals) => expression switch
    {
        LiteralExpressionSyntax or PredefinedTypeSyntax or TypeOfExpressionSyntax or DefaultExpressionSyntax => true,
        IdentifierNameSyntax name => !locals.Contains(name.Identifier.ValueText),
        MemberAccessExpressionSyntax access => access.IsKind(SyntaxKind.SimpleMemberAccessExpression) && IsValue(access.Expression, locals),
        QualifiedNameSyntax or AliasQualifiedNameSyntax => true,
        ParenthesizedExpressionSyntax parenthesized => IsValue(parenthesized.Expression, locals),
        CastExpressionSyntax cast => IsValue(cast.Expression, locals),
        CheckedExpressionSyntax @checked => IsValue(@checked.Expression, locals),
        BinaryExpressionSyntax binary => IsValue(binary.Left, locals) && (binary.Right is TypeSyntax || IsValue(binary.Right, locals)),
        PrefixUnaryExpressionSyntax unary => unary.Kind() is (SyntaxKind.UnaryMinusExpression or SyntaxKind.UnaryPlusExpression
            or SyntaxKind.BitwiseNotExpression or SyntaxKind.LogicalNotExpression) && IsValue(unary.Operand, locals),
        ConditionalExpressionSyntax conditional => IsValue(conditional.Condition, locals) && IsValue(conditional.WhenTrue, locals) && IsValue(conditional.WhenFalse, locals),
        InvocationExpressionSyntax invocation => IsNameof(invocation),
        _ => false,
    };
}
