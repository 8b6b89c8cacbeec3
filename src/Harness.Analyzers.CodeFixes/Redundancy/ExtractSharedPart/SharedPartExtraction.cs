using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// Extracts the part two near-duplicate methods share (<see cref="SharedRun"/>) into one method both call, with the
/// HAR2003 extraction (<see cref="BlockExtraction"/>), which decides parameters, return value and what keeps
/// behaviour. Left to the merge (<see cref="MergeWithParameterCodeFix"/>) when the bodies line up statement for
/// statement.
/// </summary>
internal static class SharedPartExtraction
{
    public static async Task<Extracted?> TryAsync(Document document, Diagnostic diagnostic, bool startRename, CancellationToken cancellationToken)
    {
        var pair = await MemberPair.FindAnyAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
        if (pair is null || BodyAlignment.Align(pair.Kept, pair.Copy) is not null)
        {
            return null;
        }

        var keptModel = await pair.KeptDocument.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var copyModel = await pair.CopyDocument.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var solution = document.Project.Solution;
        foreach (var (kept, copy) in SharedRun.Find(pair, keptModel!, copyModel!, cancellationToken))
        {
            var extracted = await BlockExtraction.TryExtractAsync(
                solution, pair.CopyDocument.Id, copy, pair.KeptDocument.Id, kept, startRename, cancellationToken).ConfigureAwait(false);
            if (extracted is not null)
            {
                return extracted;
            }
        }

        return null;
    }
}
