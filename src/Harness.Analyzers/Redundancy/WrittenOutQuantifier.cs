using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// A body that is a quantifier written out: at most one local, one loop that returns a <c>bool</c> literal on the first
/// element that passes (or fails) a test, and the opposite literal after it (<c>var end = index + length; for (var i =
/// index; i &lt; end; i++) { if (!char.IsUpper(input[i])) return false; } return true;</c>). It is one LINQ <c>All</c> or
/// <c>Any</c> long, each class's own small predicate; sharing it saves almost nothing. Read on real code (Humanizer's
/// title-case transformer and string extensions) reviewers left such a pair. A loop that also hands back what it found
/// (an <c>out</c> value, the element) or does anything else is work worth sharing, and its copies are still reported.
/// </summary>
internal static class WrittenOutQuantifier
{
    public static bool Is(SyntaxNode body)
    {
        var statements = (body as BlockSyntax)?.Statements.ToList();
        if (statements is null || statements.Count < 2 || statements.Count > 3
            || statements[statements.Count - 1] is not ReturnStatementSyntax { Expression: LiteralExpressionSyntax after }
            || !statements.Take(statements.Count - 2).All(statement => statement is LocalDeclarationStatementSyntax))
        {
            return false;
        }

        var loopBody = statements[statements.Count - 2] switch
        {
            ForStatementSyntax loop => loop.Statement,
            CommonForEachStatementSyntax loop => loop.Statement,
            WhileStatementSyntax loop => loop.Statement,
            _ => null,
        };
        return loopBody is not null
            && SingleStatement.Unwrap(loopBody) is IfStatementSyntax { Else: null } test
            && SingleStatement.Unwrap(test.Statement) is ReturnStatementSyntax { Expression: LiteralExpressionSyntax found }
            && ConstantValue.IsBoolean(found) && ConstantValue.IsBoolean(after) && !found.IsKind(after.Kind());
    }
}
