using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// The opening checks with which two members decline work that is not theirs (<c>if (args.Count != 2) return
/// false;</c>, a conversion of the first argument, <c>if (left == null) return (null, …);</c>): each matcher or converter
/// stating its own preconditions before the part that is its own. A helper for them would have to hand back both the
/// verdict and what the checks found, and read on real code (expression-tree converters, pattern matchers, truncators)
/// reviewers left every one, also where each member first states checks of its own. Openings that throw validate a
/// contract instead, and a copy that follows work of the member's own is not an opening: those stay findings.
/// </summary>
internal static class DecliningPrologue
{
    public static bool AreBoth(SyntaxTree tree, TextSpan span, SyntaxTree otherTree, TextSpan otherSpan) =>
        IsDecliningPrologue(tree, span) && IsDecliningPrologue(otherTree, otherSpan);

    private static bool IsDecliningPrologue(SyntaxTree tree, TextSpan span)
    {
        var body = tree.GetRoot().FindNode(span, getInnermostNodeForTie: true) as BlockSyntax;
        if (body?.Parent is not (BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax)
            || !body.Statements.TakeWhile(statement => statement.SpanStart < span.Start).All(IsOpening))
        {
            return false;
        }

        var statements = body.Statements.Where(statement => span.Contains(statement.Span)).ToList();
        return statements.Any(IsDecline) && !statements.Any(statement => statement.DescendantNodesAndSelf().OfType<ThrowStatementSyntax>().Any());
    }

    /// <summary>
    /// What may come before the run in an opening: more checks that decline, lookups (<c>Match m = pattern.Match(node);</c>)
    /// and assertions (<c>Debug.Assert(method.Name == "PrintMembers");</c>). Each detector opens with its own few of
    /// them, then the shared ones; anything else before the run is work of the member's own, and the run is a copy.
    /// </summary>
    private static bool IsOpening(StatementSyntax statement) =>
        IsDecline(statement)
        || statement is LocalDeclarationStatementSyntax
        || statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Assert" } } };

    /// <summary>An <c>if</c> without <c>else</c> that returns.</summary>
    private static bool IsDecline(StatementSyntax statement) =>
        statement is IfStatementSyntax { Else: null } check && SingleStatement.Unwrap(check.Statement) is ReturnStatementSyntax;
}
