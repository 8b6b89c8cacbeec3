using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Benchmarks.Fixes;

/// <summary>
/// Whether the reported code leaves itself with a jump (a <c>return</c>, or a <c>break</c>, <c>continue</c> or
/// <c>goto</c> whose target is outside it): a block extracted into a method cannot jump for its caller, so such a
/// copy needs another fix (a helper that returns whether to exit, or a matcher of the whole condition). HAR2003 only.
/// </summary>
internal static class BlockExits
{
    public const string None = "no";

    /// <summary>For the other IDs, whose location is a member's name or a branch, not a run of statements.</summary>
    public const string NotABlock = "–";

    public static string Of(Diagnostic diagnostic)
    {
        if (diagnostic.Id != DiagnosticIds.DuplicatedBlock)
        {
            return NotABlock;
        }

        var span = diagnostic.Location.SourceSpan;
        var root = diagnostic.Location.SourceTree!.GetRoot();
        var jumps = root.DescendantNodes(span)
            .Where(node => span.Contains(node.Span) && !InNestedFunction(node, span))
            .Where(node => node switch
            {
                ReturnStatementSyntax => true,
                BreakStatementSyntax or ContinueStatementSyntax => !InLoopOrSwitchWithin(node, span),
                GotoStatementSyntax => true,
                _ => false,
            })
            .Select(node => node switch
            {
                ReturnStatementSyntax => "return",
                BreakStatementSyntax => "break",
                ContinueStatementSyntax => "continue",
                _ => "goto",
            })
            .Distinct()
            .ToList();
        return jumps.Count == 0 ? None : string.Join("/", jumps);
    }

    // A return in a lambda or local function inside the copy returns from that, not from the copy.
    private static bool InNestedFunction(SyntaxNode node, TextSpan span)
        => node.Ancestors().TakeWhile(a => span.Contains(a.Span)).Any(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax);

    private static bool InLoopOrSwitchWithin(SyntaxNode node, TextSpan span)
        => node.Ancestors().TakeWhile(a => span.Contains(a.Span))
            .Any(a => a is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax
                || (a is SwitchStatementSyntax && node is BreakStatementSyntax));
}
