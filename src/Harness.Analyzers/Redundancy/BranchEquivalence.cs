using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// What HAR2004 calls identical, in one place for <see cref="IdenticalBranchesAnalyzer"/> and its code fix (which
/// checks again on the tree it rewrites), so that the fix merges exactly what the analyzer reports.
/// "Equal" is <see cref="SyntaxNode.IsEquivalentTo(SyntaxNode, bool)"/> on clean nodes: same tokens, whatever the
/// layout and comments; a block holding one statement equals that statement.
/// </summary>
internal static class BranchEquivalence
{
    /// <summary>No syntax errors, no preprocessor directives (they may differ in another build configuration), nothing missing.</summary>
    public static bool IsClean(SyntaxNode node) => !node.ContainsDiagnostics && !node.ContainsDirectives && !node.IsMissing;

    public static bool AreEquivalent(SyntaxNode earlier, SyntaxNode later) =>
        earlier.RawKind == later.RawKind && IsClean(earlier) && IsClean(later) && earlier.IsEquivalentTo(later, topLevel: false);

    public static bool AreEquivalent(SyntaxList<StatementSyntax> earlier, SyntaxList<StatementSyntax> later)
    {
        if (earlier.Count != later.Count)
        {
            return false;
        }

        for (var i = 0; i < earlier.Count; i++)
        {
            if (!AreEquivalent(earlier[i], later[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Two branch bodies worth comparing (see <see cref="IsComparable(StatementSyntax, int)"/>) that are equal.</summary>
    public static bool AreEquivalentBodies(StatementSyntax earlier, StatementSyntax later, int minStatements = 1) =>
        IsComparable(later, minStatements)
        && IsComparable(earlier, minStatements)
        && AreEquivalent(SingleStatement.Unwrap(earlier), SingleStatement.Unwrap(later));

    /// <summary>
    /// Whether a branch body is worth comparing: at least <paramref name="minStatements"/> statements (branch_statements;
    /// one-statement branches are how lookup tables are written, as Sonar's S1871 also holds), not empty, clean.
    /// </summary>
    public static bool IsComparable(StatementSyntax body, int minStatements = 1) =>
        SingleStatement.Unwrap(body) switch
        {
            EmptyStatementSyntax => false,
            BlockSyntax block => block.Statements.Count >= Math.Max(1, minStatements),
            _ => minStatements <= 1,
        }
        && IsClean(body);

    /// <summary>
    /// A switch section is compared when it has <paramref name="minStatements"/> statements besides a final
    /// <c>break;</c>: a section that is a lone <c>break;</c> is not.
    /// </summary>
    public static bool IsComparable(SwitchSectionSyntax section, int minStatements = 1) =>
        section.Labels.Count > 0
        && section.Statements.Count - (section.Statements.LastOrDefault() is BreakStatementSyntax ? 1 : 0) >= Math.Max(1, minStatements)
        && IsClean(section);
}
