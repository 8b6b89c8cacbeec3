using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Copies inside one member that differ in a literal value and test nothing: the cases of one method written out,
/// each with its own value (a switch section per comment kind writing <c>"///"</c> or <c>"//"</c>, the rounds of a
/// hash with their own constants). The value is what each case is for, whatever the length; read on real code,
/// reviewers left every such run. A run that tests (an <c>if</c> that leaves) is a matcher looking for another
/// constant, which one matcher taking the constant replaces: that stays a finding.
/// </summary>
internal static class LiteralCases
{
    public static bool AreCasesOfOneMember(MemberFingerprint member, BlockWindow repeat, SyntaxTree tree, TextSpan span) =>
        repeat.Member == member && !Tests(tree, span);

    private static bool Tests(SyntaxTree tree, TextSpan span)
    {
        var container = tree.GetRoot().FindNode(span, getInnermostNodeForTie: true);
        return container.ChildNodes().OfType<StatementSyntax>().Any(statement => span.Contains(statement.Span) && IsExit(statement));
    }

    /// <summary>An <c>if</c> without <c>else</c> that returns, throws, breaks or continues.</summary>
    private static bool IsExit(StatementSyntax statement) =>
        statement is IfStatementSyntax { Else: null } test
        && SingleStatement.Unwrap(test.Statement) is ReturnStatementSyntax or ThrowStatementSyntax or BreakStatementSyntax or ContinueStatementSyntax;
}
