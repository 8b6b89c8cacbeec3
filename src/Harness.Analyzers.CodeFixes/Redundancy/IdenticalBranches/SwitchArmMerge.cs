using System.Collections.Generic;
using System.Linq;
using Harness.Analyzers.Redundancy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Harness.Analyzers.CodeFixes.Redundancy.BranchSyntax;
using static Harness.Analyzers.CodeFixes.Redundancy.BranchTrivia;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// Switch expression arms: <c>p1 =&gt; e, p2 =&gt; e</c> → <c>p1 or p2 =&gt; e</c> (C# 9+), and <c>p1 =&gt; e, _ =&gt; e</c>
/// → <c>_ =&gt; e</c> (when <c>p1</c> calls no property, Deconstruct or indexer); adjacent arms only, no <c>when</c>, no
/// designations.
/// </summary>
internal static class SwitchArmMerge
{
    /// <summary><c>p1 =&gt; e, p2 =&gt; e</c> → <c>p1 or p2 =&gt; e</c>; <c>p1 =&gt; e, _ =&gt; e</c> → <c>_ =&gt; e</c>.</summary>
    public static BranchRewrite? TryCreate(SwitchExpressionArmSyntax later)
    {
        if (later.Parent is not SwitchExpressionSyntax switchExpression)
        {
            return null;
        }

        var arms = switchExpression.Arms;
        var index = arms.IndexOf(later);
        if (index < 1)
        {
            return null;
        }

        var earlier = arms[index - 1];
        if (!IsPlain(earlier)
            || !IsPlain(later)
            || !BranchEquivalence.AreEquivalent(earlier.Expression, later.Expression)
            || arms.GetSeparator(index - 1).ContainsDirectives)
        {
            return null;
        }

        if (later.Pattern is DiscardPatternSyntax)
        {
            // Every value reaches 'e' anyway; but a property, positional or list pattern calls members, which would no
            // longer run.
            if (earlier.Pattern.DescendantNodesAndSelf().Any(node => node is RecursivePatternSyntax or ListPatternSyntax))
            {
                return null;
            }

            return new BranchRewrite("Merge into the discard arm", IdenticalBranchesCodeFix.MergeSwitchArmsKey, switchExpression, switchExpression.WithArms(arms.RemoveAt(index - 1)));
        }

        if (earlier.Pattern is DiscardPatternSyntax
            || later.SyntaxTree.Options is not CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp9 })
        {
            return null;
        }

        var pattern = BinaryPattern(
            SyntaxKind.OrPattern,
            earlier.Pattern.WithTrailingTrivia(TrimEnd(earlier.Pattern.GetTrailingTrivia())),
            Token(TriviaList(Space), SyntaxKind.OrKeyword, TriviaList(Space)),
            later.Pattern.WithLeadingTrivia(TrimStart(later.Pattern.GetLeadingTrivia())).WithTrailingTrivia(earlier.Pattern.GetTrailingTrivia()));
        var merged = earlier.WithPattern(pattern);
        merged = merged.WithTrailingTrivia(Join(earlier.GetTrailingTrivia(), later.GetTrailingTrivia()));
        return new BranchRewrite(
            "Merge with the previous arm (or)", IdenticalBranchesCodeFix.MergeSwitchArmsKey, switchExpression, switchExpression.WithArms(ReplacePair(arms, index, merged)));
    }

    /// <summary>The arms with the one at <paramref name="index"/>, the one before it and the comma between them replaced by <paramref name="merged"/>.</summary>
    private static SeparatedSyntaxList<SwitchExpressionArmSyntax> ReplacePair(SeparatedSyntaxList<SwitchExpressionArmSyntax> arms, int index, SwitchExpressionArmSyntax merged)
    {
        var items = arms.GetWithSeparators();
        var result = new List<SyntaxNodeOrToken>(items.Count);
        for (var k = 0; k < items.Count; k++)
        {
            if (k == 2 * (index - 1))
            {
                result.Add(merged);
            }
            else if (k != (2 * index) - 1 && k != 2 * index)
            {
                result.Add(items[k]);
            }
        }

        return SeparatedList<SwitchExpressionArmSyntax>(result);
    }

    /// <summary>An arm whose pattern can be joined or dropped: no <c>when</c>, no variables, no <c>var</c>, no <c>throw</c>.</summary>
    private static bool IsPlain(SwitchExpressionArmSyntax arm) =>
        arm.WhenClause is null
        && arm.Expression is not ThrowExpressionSyntax
        && BranchEquivalence.IsClean(arm)
        && !DeclaresVariables(arm.Pattern)
        && !arm.Pattern.DescendantNodesAndSelf().Any(node => node is VarPatternSyntax);
}
