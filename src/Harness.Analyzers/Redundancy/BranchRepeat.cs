using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// A duplicated block that is the whole body of a branch, repeating the whole body of a branch of the same <c>if</c>
/// chain or <c>switch</c>: that is an identical branch, HAR2004's finding (with a fix that merges the conditions).
/// Reported again as a block to extract, the one copy would get two reports that ask for different changes.
/// </summary>
internal static class BranchRepeat
{
    public static bool IsIdenticalBranch(SyntaxTree tree, TextSpan span, SyntaxTree repeatTree, TextSpan repeatSpan)
    {
        if (tree != repeatTree)
        {
            return false;
        }

        var root = tree.GetRoot();
        var branch = WholeBranchAt(root, span);
        var repeat = WholeBranchAt(root, repeatSpan);
        return branch is not null
            && repeat is not null
            && branch != repeat
            && Decision(branch) is { } decision
            && decision == Decision(repeat)
            && BranchEquivalence.AreEquivalent(Statements(branch), Statements(repeat));
    }

    /// <summary>The branch body (a block under an <c>if</c> or <c>else</c>, or a switch section) whose statements the span covers, all of them.</summary>
    private static SyntaxNode? WholeBranchAt(SyntaxNode root, TextSpan span)
    {
        var statement = root.FindToken(span.Start).Parent?.AncestorsAndSelf().OfType<StatementSyntax>()
            .FirstOrDefault(s => s.SpanStart == span.Start && s.Parent is BlockSyntax or SwitchSectionSyntax);
        var container = statement?.Parent;
        if (container is not (BlockSyntax { Parent: IfStatementSyntax or ElseClauseSyntax } or SwitchSectionSyntax))
        {
            return null;
        }

        var statements = Statements(container);
        return statements.Count > 0 && statements.First().SpanStart == span.Start && statements.Last().Span.End == span.End ? container : null;
    }

    /// <summary>A block's statements, or a switch section's without its closing <c>break;</c>.</summary>
    private static SyntaxList<StatementSyntax> Statements(SyntaxNode branch) => branch switch
    {
        BlockSyntax block => block.Statements,
        SwitchSectionSyntax { Statements: var statements } when statements.LastOrDefault() is BreakStatementSyntax => statements.RemoveAt(statements.Count - 1),
        SwitchSectionSyntax section => section.Statements,
        _ => default,
    };

    /// <summary>The decision a branch belongs to: the first <c>if</c> of its chain, or its <c>switch</c>.</summary>
    private static SyntaxNode? Decision(SyntaxNode branch)
    {
        if (branch is SwitchSectionSyntax section)
        {
            return section.Parent;
        }

        SyntaxNode? node = branch.Parent is ElseClauseSyntax elseClause ? elseClause.Parent : branch.Parent;
        while (node?.Parent is ElseClauseSyntax { Parent: IfStatementSyntax outer })
        {
            node = outer;
        }

        return node;
    }
}
