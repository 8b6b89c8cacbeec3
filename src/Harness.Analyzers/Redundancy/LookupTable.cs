using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Members that are a lookup table: a <c>switch</c> whose every section returns a constant
/// (<c>case ComparisonKind.LessThan: return BinaryOperatorType.LessThan;</c>) or throws, or a switch expression whose
/// every arm is one. Two tables over the same keys read alike but map them to other values, which is all they say:
/// reviewers called such near-duplicates wrong (ICSharpCode.Decompiler's <c>Negate</c> against
/// <c>ToBinaryOperatorType</c>).
/// </summary>
internal static class LookupTable
{
    public static bool AreBoth(SyntaxNode body, SyntaxNode otherBody) => Is(body) && Is(otherBody);

    private static bool Is(SyntaxNode body) => body switch
    {
        BlockSyntax { Statements.Count: 1 } block => IsTable(block.Statements[0]),
        ArrowExpressionClauseSyntax arrow => arrow.Expression is SwitchExpressionSyntax table && IsTable(table),
        _ => false,
    };

    private static bool IsTable(StatementSyntax statement) => statement switch
    {
        SwitchStatementSyntax table => table.Sections.All(section => section.Statements.All(IsEntry)),
        ReturnStatementSyntax { Expression: SwitchExpressionSyntax table } => IsTable(table),
        _ => false,
    };

    private static bool IsTable(SwitchExpressionSyntax table) =>
        table.Arms.All(arm => arm.Expression is ThrowExpressionSyntax || ConstantValue.Is(arm.Expression));

    private static bool IsEntry(StatementSyntax statement) =>
        statement is ThrowStatementSyntax or BreakStatementSyntax
        || (statement is ReturnStatementSyntax { Expression: { } value } && ConstantValue.Is(value));
}
