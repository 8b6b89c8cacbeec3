using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// FixAll for the shared-part extraction: each finding, moved by <see cref="CurrentFinding"/> to the solution the
/// previous extractions left, is extracted in turn.
/// </summary>
internal sealed class SharedPartFixAllProvider : SequentialFixAllProvider
{
    public static readonly SharedPartFixAllProvider Instance = new();

    private SharedPartFixAllProvider()
        : base(DiagnosticIds.NearDuplicateMember, "Extract the shared part of every near-duplicate")
    {
    }

    protected override async Task<Solution> FixInOrderAsync(Solution solution, IReadOnlyList<(Project Project, Diagnostic Diagnostic)> findings, CancellationToken cancellationToken)
    {
        var changed = new HashSet<DocumentId>();
        foreach (var (_, found) in findings)
        {
            if (await CurrentFinding.InAsync(solution, found, cancellationToken).ConfigureAwait(false) is not { } diagnostic
                || solution.GetDocument(diagnostic.Location.SourceTree) is not { } document)
            {
                continue;
            }

            var extracted = await SharedPartExtraction.TryAsync(document, diagnostic, startRename: false, cancellationToken).ConfigureAwait(false);
            if (extracted is not null)
            {
                solution = extracted.Solution;
                changed.UnionWith(extracted.Documents);
            }
        }

        return await BlockExtraction.FormatAsync(solution, changed, cancellationToken).ConfigureAwait(false);
    }
}
