using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// <c>name = value;</c>: a plain assignment to a simple name, the shape the short-run rules read (a result set, a state
/// handed down, an <c>out</c> parameter filled). Not <c>+=</c>, not a member or an element, not a deconstruction.
/// </summary>
internal static class PlainAssignment
{
    /// <summary>The name an assignment statement or expression sets and the value it gets, or null for any other node.</summary>
    public static (string Name, ExpressionSyntax Value)? Of(SyntaxNode node) => node switch
    {
        ExpressionStatementSyntax statement => Of(statement.Expression),
        AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } assignment
            when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) => (target.Identifier.ValueText, assignment.Right),
        _ => null,
    };
}
