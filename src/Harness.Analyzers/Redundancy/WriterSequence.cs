using System;
using System.Collections.Generic;
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
/// a longer sequence of calls, which a helper shortens for real. A shorter run may look its arguments up with calls
/// (<c>output.Write(Escape(metadata.GetString(name)));</c>, <c>RemoveAttribute(node.GetChild(role), marker);</c>): reviewers
/// left those too, as the same writing of another kind of thing. The run may look up what it writes
/// (<see cref="IsLookupOfWritten"/>), as a disassembler decodes a signature and writes it piece by piece.
/// </summary>
internal static class WriterSequence
{
    /// <summary>Past this many calls the sequence is worth one named helper, whatever it does.</summary>
    public const int MaxStatements = 6;

    /// <summary>Arguments that call to look a value up make each line do more: only runs this short are left then.</summary>
    public const int MaxLookingUpStatements = 4;

    public static bool IsShort(SyntaxTree tree, TextSpan span)
    {
        var statements = RunStatements.Of(tree, span);
        var writes = statements.Where(statement => !IsLookupOfWritten(statement, statements)).ToList();
        return writes.Count > statements.Count - writes.Count
            && ((statements.Count <= MaxStatements && writes.All(statement => IsWriting(statement, Computes)))
                || (statements.Count <= MaxLookingUpStatements && writes.All(statement => IsWriting(statement, Makes))));
    }

    /// <summary>
    /// Looking up the thing a later call of the run writes: one local declared or set by a call
    /// (<c>methodSignature = reference.DecodeMethodSignature(provider, context);</c>, <c>var ns =
    /// metadata.GetString(type.Namespace);</c>), then written piece by piece. A disassembler writes each kind of handle
    /// that way; the lookups are fewer than the writes, so the run stays a sequence of writing.
    /// </summary>
    private static bool IsLookupOfWritten(StatementSyntax statement, List<StatementSyntax> run)
    {
        var (local, value) = statement switch
        {
            LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } variables } => (variables[0].Identifier.ValueText, variables[0].Initializer?.Value),
            _ => PlainAssignment.Of(statement) is { } set ? (set.Name, set.Value) : (string.Empty, null),
        };
        return value is InvocationExpressionSyntax
            && run.Skip(run.IndexOf(statement) + 1).Any(later => IdentifierTokens.Mention(later, local));
    }

    /// <summary>
    /// A passing call, or an optional part written the same way: an <c>if</c> without <c>else</c> whose body only makes
    /// such calls or loops over them (<c>if (comment != null) { StartElement("comment"); WriteString(comment);
    /// EndElement(); }</c>), or a <c>foreach</c> whose body only makes such calls (an attribute written per entry). A
    /// loop that tests each item before writing it filters, which is logic of its own.
    /// </summary>
    private static bool IsWriting(StatementSyntax statement, Func<SyntaxNode, bool> excluded) => statement switch
    {
        IfStatementSyntax { Else: null } optional => All(optional.Statement, inner => IsPassingCall(inner, excluded) || IsWritingLoop(inner, excluded)),
        _ => IsPassingCall(statement, excluded) || IsWritingLoop(statement, excluded),
    };

    private static bool IsWritingLoop(StatementSyntax statement, Func<SyntaxNode, bool> excluded) =>
        statement is CommonForEachStatementSyntax loop && All(loop.Statement, inner => IsPassingCall(inner, excluded));

    private static bool All(StatementSyntax body, Func<StatementSyntax, bool> writes) =>
        body is BlockSyntax block ? block.Statements.Count > 0 && block.Statements.All(writes) : writes(body);

    /// <summary>A call statement (<c>a.B(c)</c> or <c>a?.B(c)</c>) with no argument that holds an <paramref name="excluded"/> node.</summary>
    private static bool IsPassingCall(StatementSyntax statement, Func<SyntaxNode, bool> excluded) =>
        statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax or ConditionalAccessExpressionSyntax { WhenNotNull: InvocationExpressionSyntax } } call
        && !call.Expression.DescendantNodes().Any(node => node is ArgumentSyntax argument && argument.Expression.DescendantNodesAndSelf().Any(excluded));

    /// <summary>An argument that calls, creates, holds a lambda or assigns computes a value of its own.</summary>
    private static bool Computes(SyntaxNode node) => node is InvocationExpressionSyntax || Makes(node);

    /// <summary>An argument that creates, holds a lambda or assigns makes something, which a lookup does not.</summary>
    private static bool Makes(SyntaxNode node) =>
        node is BaseObjectCreationExpressionSyntax or AnonymousFunctionExpressionSyntax or AssignmentExpressionSyntax;
}
