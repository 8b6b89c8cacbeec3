using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// The statements two near-duplicate methods share: a run of at least <see cref="MinStatements"/> consecutive
/// statements of each body that are copies of each other (names renamed consistently, up to
/// <see cref="MergePlan.MaxValues"/> literals changed), while at least one body has statements outside it.
/// </summary>
internal static class SharedRun
{
    public const int MinStatements = 3;

    /// <summary>Runs bound and flow-analysed before giving up: each try costs a semantic pass over both runs.</summary>
    private const int MaxTries = 12;

    /// <summary>Runs that could be extracted, longest first, as spans in the kept method and in the copy.</summary>
    public static List<(TextSpan Kept, TextSpan Copy)> Find(MemberPair pair, SemanticModel keptModel, SemanticModel copyModel, CancellationToken cancellationToken)
    {
        var found = new List<(TextSpan, TextSpan)>();
        if (pair.Kept.Body is not { } keptBody || pair.Copy.Body is not { } copyBody)
        {
            return found;
        }

        var tries = 0;
        var keptStatements = keptBody.Statements;
        foreach (var (kept, copy, count) in Candidates(keptStatements, copyBody.Statements))
        {
            // Not worth a semantic try: a run that returns cannot move (nor can the copy's, of the same shape).
            if (keptStatements.Skip(kept).Take(count).Any(Returns))
            {
                continue;
            }

            if (++tries > MaxTries)
            {
                break;
            }

            var keptRun = BlockOccurrence.Create(StatementRun.At(pair.KeptDocument, keptModel, keptBody, kept, count), cancellationToken);
            var copyRun = BlockOccurrence.Create(StatementRun.At(pair.CopyDocument, copyModel, copyBody, copy, count), cancellationToken);
            if (keptRun is not null && copyRun is not null
                && BlockCloneMatch.Match(keptRun.Symbols, copyRun.Symbols) is { DifferentLiterals.Count: <= MergePlan.MaxValues })
            {
                found.Add((keptRun.Run.Span, copyRun.Run.Span));
            }
        }

        return found;
    }

    /// <summary>A <c>return</c>, <c>yield</c> or <c>goto</c> of the method itself (not of a lambda or local function inside).</summary>
    private static bool Returns(StatementSyntax statement) =>
        statement.DescendantNodesAndSelf(n => n is not AnonymousFunctionExpressionSyntax and not LocalFunctionStatementSyntax)
            .Any(n => n is ReturnStatementSyntax or YieldStatementSyntax or GotoStatementSyntax);

    /// <summary>
    /// Runs of statements of the same shape (<see cref="OtherCopies.Shape"/>) in both bodies, longest first: each
    /// maximal run and the runs inside it (a run that ends in its <c>return</c> cannot move, the one before it can).
    /// A run that is the whole of both bodies is left out: that is a copy to merge, not a part to share.
    /// </summary>
    private static IEnumerable<(int Kept, int Copy, int Count)> Candidates(SyntaxList<StatementSyntax> kept, SyntaxList<StatementSyntax> copy)
    {
        var keptShapes = kept.Select(s => OtherCopies.Shape(new[] { s })).ToList();
        var copyShapes = copy.Select(s => OtherCopies.Shape(new[] { s })).ToList();
        var length = new int[kept.Count + 1, copy.Count + 1];
        for (var i = kept.Count - 1; i >= 0; i--)
        {
            for (var j = copy.Count - 1; j >= 0; j--)
            {
                length[i, j] = keptShapes[i].SequenceEqual(copyShapes[j]) ? length[i + 1, j + 1] + 1 : 0;
            }
        }

        var maximal = new List<(int Kept, int Copy, int Count)>();
        for (var i = 0; i < kept.Count; i++)
        {
            for (var j = 0; j < copy.Count; j++)
            {
                if (length[i, j] >= MinStatements && (i == 0 || j == 0 || length[i - 1, j - 1] == 0))
                {
                    maximal.Add((i, j, length[i, j]));
                }
            }
        }

        // Stable: among runs of one length, the earlier maximal run and the earlier offset first.
        return maximal
            .SelectMany(r => Enumerable.Range(0, r.Count - MinStatements + 1)
                .SelectMany(shorter => Enumerable.Range(0, shorter + 1).Select(offset => (Kept: r.Kept + offset, Copy: r.Copy + offset, Count: r.Count - shorter))))
            .Where(r => r.Count < kept.Count || r.Count < copy.Count)
            .OrderByDescending(r => r.Count);
    }
}
