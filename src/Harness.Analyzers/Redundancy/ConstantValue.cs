using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// A value written as a constant: a literal, <c>default</c>, a static member of a type (<c>SpecialType.UnknownType</c>,
/// <c>FormatterNumberForm.Paucal</c>), or a tuple of them. Read from syntax: a name that starts with a capital letter is
/// taken for a type, as .NET naming has it.
/// </summary>
internal static class ConstantValue
{
    public static bool Is(ExpressionSyntax value) => value switch
    {
        LiteralExpressionSyntax or DefaultExpressionSyntax => true,
        MemberAccessExpressionSyntax access => IsTypeName(access.Expression),
        TupleExpressionSyntax tuple => tuple.Arguments.All(argument => Is(argument.Expression)),
        ParenthesizedExpressionSyntax inner => Is(inner.Expression),
        _ => false,
    };

    public static bool IsBoolean(LiteralExpressionSyntax literal) =>
        literal.IsKind(SyntaxKind.TrueLiteralExpression) || literal.IsKind(SyntaxKind.FalseLiteralExpression);

    /// <summary>A static member's receiver (<c>SpecialType</c>, <c>string</c>): a constant such as <c>SpecialType.UnknownType</c>, not a value read from a local.</summary>
    private static bool IsTypeName(ExpressionSyntax receiver) => receiver switch
    {
        PredefinedTypeSyntax => true,
        IdentifierNameSyntax name => char.IsUpper(name.Identifier.ValueText[0]),
        MemberAccessExpressionSyntax access => IsTypeName(access.Expression) && char.IsUpper(access.Name.Identifier.ValueText[0]),
        _ => false,
    };
}
