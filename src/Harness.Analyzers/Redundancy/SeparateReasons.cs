using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Two neighbouring branches of an <c>if</c> chain whose conditions each join tests with <c>&amp;&amp;</c> and share no
/// test: <c>if (settings.AnonymousTypes &amp;&amp; type.ContainsAnonymousType()) { … } else if (annotation != null
/// &amp;&amp; !IsReferenced(v)) { … }</c>. Each is a reason of its own, read in one piece; merged they become
/// <c>(a &amp;&amp; b) || (c &amp;&amp; !d)</c>, one condition harder to read than the two it replaces. Read on real code
/// (ICSharpCode.Decompiler's variable declarations choosing <c>var</c> for two documented reasons) reviewers left them.
/// Conditions that share a test (<c>a.MatchEqualsNull(out x) &amp;&amp; x.IsLoad</c> and
/// <c>a.MatchNotEqualsNull(out x) &amp;&amp; x.IsLoad</c>) merge into one test of the shared part, and a condition that is
/// one test or an <c>||</c> merges into a flat <c>||</c>: both stay findings.
/// </summary>
internal static class SeparateReasons
{
    public static bool Are(ExpressionSyntax? condition, ExpressionSyntax? otherCondition)
    {
        if (condition is null || otherCondition is null)
        {
            return false;
        }

        var tests = Conjuncts(condition);
        var otherTests = Conjuncts(otherCondition);
        return tests.Count > 1 && otherTests.Count > 1
            && !tests.Any(test => otherTests.Any(other => test.IsEquivalentTo(other, topLevel: false)));
    }

    /// <summary>The tests an <c>&amp;&amp;</c> joins, parentheses taken off; one test for any other condition.</summary>
    private static List<ExpressionSyntax> Conjuncts(ExpressionSyntax condition)
    {
        var unwrapped = condition is ParenthesizedExpressionSyntax inner ? inner.Expression : condition;
        if (unwrapped is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.LogicalAndExpression))
        {
            var tests = Conjuncts(binary.Left);
            tests.AddRange(Conjuncts(binary.Right));
            return tests;
        }

        return new List<ExpressionSyntax> { unwrapped };
    }
}
