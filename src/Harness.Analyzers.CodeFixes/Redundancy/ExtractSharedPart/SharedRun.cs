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
        foreach (var (keptBlock, copyBlock, kept, copy, count) in Candidates(keptBody, copyBody))
        {
            if (++tries > MaxTries)
            {
                break;
            }

            var keptRun = BlockOccurrence.Create(StatementRun.At(pair.KeptDocument, keptModel, keptBlock, kept, count), cancellationToken);
            var copyRun = BlockOccurrence.Create(StatementRun.At(pair.CopyDocument, copyModel, copyBlock, copy, count), cancellationToken);
            if (keptRun is not null && copyRun is not null
                && BlockCloneMatch.Match(keptRun.Symbols, copyRun.Symbols) is { DifferentLiterals.Count: <= MergePlan.MaxValues })
            {
                found.Add((keptRun.Run.Span, copyRun.Run.Span));
            }
        }

        return found;
    }

    /// <summary>
    /// Runs of the same shape in any block (or switch section) of the kept body and any of the copy's, longest first;
    /// the bodies' own statements first among runs of one length. A run that is the whole of both bodies is left out:
    /// that is a copy to merge, not a part to share.
    /// </summary>
    private static IEnumerable<(SyntaxNode KeptBlock, SyntaxNode CopyBlock, int Kept, int Copy, int Count)> Candidates(BlockSyntax keptBody, BlockSyntax copyBody)
    {
        var keptBlocks = Blocks(keptBody);
        var copyBlocks = Blocks(copyBody);
        var candidates = new List<(SyntaxNode, SyntaxNode, int, int, int)>();
        foreach (var (keptBlock, keptShapes) in keptBlocks)
        {
            foreach (var (copyBlock, copyShapes) in copyBlocks)
            {
                var bothBodies = keptBlock == keptBody && copyBlock == copyBody;
                candidates.AddRange(SameShapeRuns(keptShapes, copyShapes)
                    .Where(r => !bothBodies || r.Count < keptShapes.Count || r.Count < copyShapes.Count)
                    .Select(r => (keptBlock, copyBlock, r.Kept, r.Copy, r.Count)));
            }
        }

        return candidates.OrderByDescending(c => c.Item5);
    }

    /// <summary>The blocks and switch sections of a body, itself first, with the shape of each statement; not those of lambdas or local functions.</summary>
    private static List<(SyntaxNode Block, List<List<(int Kind, string? Text)>> Shapes)> Blocks(BlockSyntax body) =>
        body.DescendantNodesAndSelf(n => n is not AnonymousFunctionExpressionSyntax and not LocalFunctionStatementSyntax)
            .Where(n => StatementRun.StatementsOf(n).Count >= MinStatements)
            .Select(n => (n, StatementRun.StatementsOf(n).Select(s => OtherCopies.Shape(new[] { s })).ToList()))
            .ToList();

    /// <summary>
    /// Runs of statements of the same shape (<see cref="OtherCopies.Shape"/>) in two lists: each maximal run and the
    /// runs inside it (a run that ends in its <c>return</c> cannot move, the one before it can).
    /// </summary>
    private static IEnumerable<(int Kept, int Copy, int Count)> SameShapeRuns(List<List<(int Kind, string? Text)>> kept, List<List<(int Kind, string? Text)>> copy)
    {
        var length = new int[kept.Count + 1, copy.Count + 1];
        for (var i = kept.Count - 1; i >= 0; i--)
        {
            for (var j = copy.Count - 1; j >= 0; j--)
            {
                length[i, j] = kept[i].SequenceEqual(copy[j]) ? length[i + 1, j + 1] + 1 : 0;
            }
        }

        for (var i = 0; i < kept.Count; i++)
        {
            for (var j = 0; j < copy.Count; j++)
            {
                if (length[i, j] < MinStatements || (i > 0 && j > 0 && length[i - 1, j - 1] > 0))
                {
                    continue;
                }

                for (var count = length[i, j]; count >= MinStatements; count--)
                {
                    for (var offset = 0; offset + count <= length[i, j]; offset++)
                    {
                        yield return (i + offset, j + offset, count);
                    }
                }
            }
        }
    }
}
