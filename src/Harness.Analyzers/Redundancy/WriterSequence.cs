using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Short runs made only of calls that pass on what they were given: an output visitor's
/// <c>StartNode(node); WriteAttributes(node.Attributes); WriteModifiers(node.Modifiers); Space();</c>, an XML writer's
/// start element, attribute and end element. They are the shape of writing one kind of node, repeated per kind by
/// design: the run has no logic of its own (no local, no assignment, no branch, no value computed for an argument),
/// so a helper would only rename the same calls. Read on real code (ICSharpCode.Decompiler's output visitors and
/// disassembler, resource writers), reviewers left every such run; a run that also declares, assigns, branches or
/// computes is still reported, and so is a longer sequence of calls, which a helper shortens for real.
/// </summary>
internal static class WriterSequence
{
    /// <summary>Past this many calls the sequence is worth one named helper, whatever it does.</summary>
    public const int MaxStatements = 6;

    public static bool IsShort(SyntaxTree tree, TextSpan span)
    {
        var statements = RunStatements.Of(tree, span);
        return statements.Count > 0 && statements.Count <= MaxStatements && statements.All(IsPassingCall);
    }

    /// <summary>A call statement (<c>a.B(c)</c> or <c>a?.B(c)</c>) whose arguments compute nothing: no call, creation or lambda.</summary>
    private static bool IsPassingCall(StatementSyntax statement) =>
        statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax or ConditionalAccessExpressionSyntax { WhenNotNull: InvocationExpressionSyntax } } call
        && !call.Expression.DescendantNodes().Any(node => node is ArgumentSyntax argument && argument.Expression.DescendantNodesAndSelf().Any(Computes));

    private static bool Computes(SyntaxNode node) =>
        node is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or AnonymousFunctionExpressionSyntax or AssignmentExpressionSyntax;
}
