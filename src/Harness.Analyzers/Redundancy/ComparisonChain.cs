using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Runs made only of the steps of an ordering: a comparison result set (<c>result = CompareType(a.Type, b.Type);</c>,
/// or set in each branch of an <c>if</c>/<c>else</c>) and handed back as soon as it decides (<c>if (result != 0) return
/// result;</c>). A comparer states one such step per key, and two keys of like type compare alike; a helper would hand
/// back the result for each step to test again. Read on real code (ICSharpCode.Decompiler's attribute comparer, fixed
/// then named arguments) reviewers called such runs boilerplate. A run that does anything else (reads a key into a
/// local, loops, calls for its effect) is still reported.
/// </summary>
internal static class ComparisonChain
{
    public static bool IsAll(SyntaxTree tree, TextSpan span)
    {
        var statements = RunStatements.Of(tree, span);
        var result = statements.Select(HandedBack).FirstOrDefault(name => name is not null);
        return result is not null && statements.All(statement => HandedBack(statement) == result || Sets(statement, result));
    }

    /// <summary>The result that <c>if (result != 0) return result;</c> (or <c>0 != result</c>) hands back, or null for any other statement.</summary>
    private static string? HandedBack(StatementSyntax statement) =>
        statement is IfStatementSyntax { Else: null, Condition: BinaryExpressionSyntax test } check
        && test.IsKind(SyntaxKind.NotEqualsExpression)
        && Result(test) is { } result
        && SingleStatement.Unwrap(check.Statement) is ReturnStatementSyntax { Expression: IdentifierNameSyntax returned }
        && returned.Identifier.ValueText == result
            ? result
            : null;

    /// <summary>The name a <c>!=</c> compares with zero, or null.</summary>
    private static string? Result(BinaryExpressionSyntax test) => (test.Left, test.Right) switch
    {
        (IdentifierNameSyntax name, LiteralExpressionSyntax { Token.ValueText: "0" }) => name.Identifier.ValueText,
        (LiteralExpressionSyntax { Token.ValueText: "0" }, IdentifierNameSyntax name) => name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The result set, by an assignment or in every branch of an <c>if</c>/<c>else</c>.</summary>
    private static bool Sets(StatementSyntax statement, string result) => statement switch
    {
        ExpressionStatementSyntax => PlainAssignment.Of(statement)?.Name == result,
        IfStatementSyntax { Else: { } otherwise } choice => Sets(SingleStatement.Unwrap(choice.Statement), result) && Sets(SingleStatement.Unwrap(otherwise.Statement), result),
        _ => false,
    };
}
