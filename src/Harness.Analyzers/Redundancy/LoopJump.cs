using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Runs that jump in a loop around them: a <c>continue</c>, or a <c>break</c> of a loop, whose loop is not in the
/// run (<c>if (IdentityConversion(si, ti)) continue;</c> at the head of a loop body, a whitespace branch that skips to
/// the next character), other than a whole loop body. Such a run is a part of its loop's flow, not a piece
/// of work: a method cannot continue its caller's loop, so the helper would hand back a flag for the loop to test, and
/// each loop around the copies does something else. Read on real code (ICSharpCode.Decompiler's variance loops,
/// Humanizer's normalising loops) reviewers called such runs boilerplate. A <c>break</c> of a <c>switch</c> ends a
/// case, not a loop's step, a run that holds its loop is extracted whole, and a run that is a whole loop body (two
/// loops with one body) is a copy of the loop's work; all three are still reported.
/// </summary>
internal static class LoopJump
{
    /// <summary>Whether the run jumps in a loop outside it, and is not a whole loop body.</summary>
    public static bool LeavesRun(SyntaxTree tree, TextSpan span)
    {
        var statements = RunStatements.Of(tree, span);
        return statements.Count > 0
            && !(statements[0].Parent is BlockSyntax { Parent: { } owner } block && IsLoop(owner) && block.Statements.Count == statements.Count)
            && statements
                .SelectMany(statement => statement.DescendantNodesAndSelf())
                .Any(node => node is ContinueStatementSyntax or BreakStatementSyntax && Target(node) is { } loop && !span.Contains(loop.Span));
    }

    /// <summary>
    /// The loop a <c>continue</c> or <c>break</c> jumps in, or <see langword="null"/> for a <c>break</c> of a
    /// <c>switch</c> (and for a jump outside any loop, which does not compile).
    /// </summary>
    private static SyntaxNode? Target(SyntaxNode jump)
    {
        var target = jump.Ancestors().FirstOrDefault(node => IsLoop(node) || (jump is BreakStatementSyntax && node is SwitchStatementSyntax));
        return target is SwitchStatementSyntax ? null : target;
    }

    private static bool IsLoop(SyntaxNode node) =>
        node is ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax;
}
