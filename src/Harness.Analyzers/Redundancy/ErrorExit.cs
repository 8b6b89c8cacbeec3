using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Runs of statements that only fail: guards that throw, or a message built and thrown. Their copies differ in the
/// message, which is the point of each; extracting them trades one readable line for a helper call. (Guards that
/// return early are not among them: read on real code, pattern matchers made of them are copies worth merging.)
/// </summary>
internal static class ErrorExit
{
    /// <summary>A short run that builds a message and throws it: longer ones do real work before they fail.</summary>
    private const int MaxMessageStatements = 3;

    public static bool IsAll(SyntaxTree tree, TextSpan span)
    {
        var statements = RunStatements.Of(tree, span);
        if (statements.Count == 0)
        {
            return false;
        }

        return statements.All(IsThrowOrGuard)
            || (statements[statements.Count - 1] is ThrowStatementSyntax && statements.Count <= MaxMessageStatements);
    }

    /// <summary>A <c>throw</c>, an <c>if</c> without <c>else</c> that only throws, or a <c>ThrowIf…</c> helper call.</summary>
    public static bool IsThrowOrGuard(SyntaxNode statement) => statement switch
    {
        ThrowStatementSyntax => true,
        IfStatementSyntax { Else: null } guard => SingleStatement.Unwrap(guard.Statement) is ThrowStatementSyntax,
        ExpressionStatementSyntax { Expression: InvocationExpressionSyntax call } => CalledName(call.Expression).StartsWith("ThrowIf", System.StringComparison.Ordinal),
        _ => false,
    };

    private static string CalledName(ExpressionSyntax called) => called switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => string.Empty,
    };
}
