using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Redundancy;

/// <summary>One check with which a matcher or detector declines: <c>if (i &lt; 2) return false;</c>, <c>if (type.IsNil) return;</c>.</summary>
internal static class DecliningCheck
{
    /// <summary>An <c>if</c> without <c>else</c> that only returns a constant (nothing, a literal, <c>default</c>, or a tuple of them).</summary>
    public static bool Is(StatementSyntax statement) =>
        statement is IfStatementSyntax { Else: null } check
        && SingleStatement.Unwrap(check.Statement) is ReturnStatementSyntax decline
        && (decline.Expression is null || ConstantValue.Is(decline.Expression));
}
