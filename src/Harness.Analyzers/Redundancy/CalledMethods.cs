using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Near-duplicate members that call no method in common: each class's own <c>ConvertPositive</c> against
/// <c>ConvertPositiveToOrdinal</c>, <c>InheritanceHelper.GetAttribute</c> against <c>GetAttributes</c>, or a loop that
/// calls <c>char.IsUpper</c> against the same loop comparing with <c>'\u007F'</c>. What the two do is in those calls;
/// what they share is the control flow around them, which reviewers did not merge (they called such reports
/// boilerplate or wrong). A copy keeps at least one call of its original, and is still reported; so is a copy that
/// added a statement of its own (a logging line) to an original that calls nothing: its call is an added step, not
/// a different one.
/// </summary>
internal static class CalledMethods
{
    public static bool AreDisjoint(MemberFingerprint member, SyntaxNode body, MemberFingerprint other, SyntaxNode otherBody)
    {
        var called = Names(body);
        var otherCalled = Names(otherBody);
        if (called.Count == 0 || otherCalled.Count == 0)
        {
            return called.Count + otherCalled.Count > 0 && member.Statements == other.Statements;
        }

        return !called.Overlaps(otherCalled);
    }

    /// <summary>The names of the methods a body calls, as written (<c>a.B()</c>, <c>a?.B()</c>, <c>B&lt;T&gt;()</c> all give <c>B</c>); <c>nameof</c> calls nothing.</summary>
    private static HashSet<string> Names(SyntaxNode body) =>
        new(body.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Select(call => Name(call.Expression))
            .Where(name => name is not null && name != "nameof")!);

    private static string? Name(ExpressionSyntax callee) => callee switch
    {
        SimpleNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };
}
