using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Short runs made only of calls that pass on what they were given: an output visitor's
/// <c>StartNode(node); WriteAttributes(node.Attributes); WriteModifiers(node.Modifiers); Space();</c>, an XML writer's
/// start element, attribute and end element. They are the shape of writing one kind of node, repeated per kind by
/// design: the run has no logic of its own (no local, no assignment, no value computed for an argument), so a helper
/// would only rename the same calls. An optional part (an <c>if</c> without <c>else</c>, a <c>foreach</c>) that only
/// makes such calls belongs to the sequence: the test or the loop decides what is written, not how. Read on real code
/// (ICSharpCode.Decompiler's output visitors and disassembler, resource and project-file writers), reviewers left every
/// such run; a run that also declares, assigns, chooses with an <c>else</c> or computes is still reported, and so is
/// a longer sequence of calls, which a helper shortens for real.
/// </summary>
internal static class WriterSequence
{
    /// <summary>Past this many calls the sequence is worth one named helper, whatever it does.</summary>
    public const int MaxStatements = 6;

    public static bool IsShort(SyntaxTree tree, TextSpan span)
    {
        var statements = RunStatements.Of(tree, span);
        return statements.Count > 0 && statements.Count <= MaxStatements && statements.All(IsWriting);
    }

    /// <summary>
    /// A passing call, or an optional part written the same way: an <c>if</c> without <c>else</c> whose body only makes
    /// such calls or loops over them (<c>if (comment != null) { StartElement("comment"); WriteString(comment);
    /// EndElement(); }</c>), or a <c>foreach</c> whose body only makes such calls (an attribute written per entry). A
    /// loop that tests each item before writing it filters, which is logic of its own.
    /// </summary>
    private static bool IsWriting(StatementSyntax statement) => statement switch
    {
        IfStatementSyntax { Else: null } optional => All(optional.Statement, inner => IsPassingCall(inner) || IsWritingLoop(inner)),
        _ => IsPassingCall(statement) || IsWritingLoop(statement),
    };

    private static bool IsWritingLoop(StatementSyntax statement) =>
        statement is CommonForEachStatementSyntax loop && All(loop.Statement, IsPassingCall);

    private static bool All(StatementSyntax body, System.Func<StatementSyntax, bool> writes) =>
        body is BlockSyntax block ? block.Statements.Count > 0 && block.Statements.All(writes) : writes(body);

    /// <summary>A call statement (<c>a.B(c)</c> or <c>a?.B(c)</c>) whose arguments compute nothing: no call, creation or lambda.</summary>
    private static bool IsPassingCall(StatementSyntax statement) =>
        statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax or ConditionalAccessExpressionSyntax { WhenNotNull: InvocationExpressionSyntax } } call
        && !call.Expression.DescendantNodes().Any(node => node is ArgumentSyntax argument && argument.Expression.DescendantNodesAndSelf().Any(Computes));

    private static bool Computes(SyntaxNode node) =>
        node is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or AnonymousFunctionExpressionSyntax or AssignmentExpressionSyntax;
}
