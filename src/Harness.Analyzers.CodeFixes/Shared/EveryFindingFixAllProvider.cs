using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.CodeFixes;

/// <summary>
/// FixAll for fixes that each edit their own place: every finding in scope gets its fix with the FixAll's equivalence
/// key, or its first fix when the FixAll has no key, computed on the same solution; the text changes are then merged,
/// and a fix whose changes overlap one already taken is left out whole (fixing again takes it). Roslyn's batch fixer
/// does the same for one key only, and <c>dotnet format analyzers</c> passes the key of the first finding's first fix:
/// none when that finding has no fix of this provider, and then the batch fixer fixes nothing.
/// </summary>
internal sealed class EveryFindingFixAllProvider : FixAllProvider
{
    public static readonly EveryFindingFixAllProvider Instance = new();

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var solution = fixAllContext.Solution;
        var cancellationToken = fixAllContext.CancellationToken;
        var taken = new Dictionary<DocumentId, List<TextChange>>();
        var ordered = (await FixAllScopeDiagnostics.GetAsync(fixAllContext).ConfigureAwait(false))
            .Where(f => f.Diagnostic.Location.IsInSource)
            .OrderBy(f => f.Diagnostic.Location.SourceTree!.FilePath, System.StringComparer.Ordinal)
            .ThenBy(f => f.Diagnostic.Location.SourceSpan.Start);
        foreach (var (_, found) in ordered)
        {
            if (await CurrentFinding.InAsync(solution, found, cancellationToken).ConfigureAwait(false) is { } diagnostic
                && solution.GetDocument(diagnostic.Location.SourceTree) is { } document
                && await FixOfAsync(fixAllContext, document, diagnostic).ConfigureAwait(false) is { } action
                && await ChangesOfAsync(action, solution, cancellationToken).ConfigureAwait(false) is { } changes
                && !changes.Any(change => Overlaps(taken, change.Document, change.Changes)))
            {
                foreach (var (id, documentChanges) in changes)
                {
                    if (!taken.TryGetValue(id, out var list))
                    {
                        taken.Add(id, list = new List<TextChange>());
                    }

                    list.AddRange(documentChanges);
                }
            }
        }

        return taken.Count == 0
            ? NothingToFix.In(solution, fixAllContext.CodeActionEquivalenceKey)
            : CodeAction.Create("Fix every finding", ct => ApplyAsync(solution, taken, ct), fixAllContext.CodeActionEquivalenceKey);
    }

    /// <summary>The fix the provider offers for the finding with the FixAll's key, or its first when there is no key.</summary>
    private static async Task<CodeAction?> FixOfAsync(FixAllContext fixAllContext, Document document, Diagnostic diagnostic)
    {
        var key = fixAllContext.CodeActionEquivalenceKey;
        CodeAction? chosen = null;
        var context = new CodeFixContext(document, diagnostic, (action, _) =>
        {
            if (chosen is null && (key is null || action.EquivalenceKey == key))
            {
                chosen = action;
            }
        }, fixAllContext.CancellationToken);
        await fixAllContext.CodeFixProvider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        return chosen;
    }

    private static async Task<List<(DocumentId Document, ImmutableArray<TextChange> Changes)>?> ChangesOfAsync(CodeAction action, Solution solution, CancellationToken cancellationToken)
    {
        var operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
        if (operations.OfType<ApplyChangesOperation>().FirstOrDefault() is not { } apply)
        {
            return null;
        }

        var changes = new List<(DocumentId, ImmutableArray<TextChange>)>();
        foreach (var projectChanges in apply.ChangedSolution.GetChanges(solution).GetProjectChanges())
        {
            foreach (var id in projectChanges.GetChangedDocuments())
            {
                var changed = apply.ChangedSolution.GetDocument(id)!;
                var original = solution.GetDocument(id)!;
                changes.Add((id, (await changed.GetTextChangesAsync(original, cancellationToken).ConfigureAwait(false)).ToImmutableArray()));
            }
        }

        return changes;
    }

    private static bool Overlaps(Dictionary<DocumentId, List<TextChange>> taken, DocumentId document, ImmutableArray<TextChange> changes) =>
        taken.TryGetValue(document, out var list)
        && changes.Any(change => list.Any(other => other.Span.OverlapsWith(change.Span) || other.Span.Start == change.Span.Start));

    private static async Task<Solution> ApplyAsync(Solution solution, Dictionary<DocumentId, List<TextChange>> changes, CancellationToken cancellationToken)
    {
        foreach (var pair in changes)
        {
            var document = solution.GetDocument(pair.Key)!;
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            solution = solution.WithDocumentText(pair.Key, text.WithChanges(pair.Value.OrderBy(change => change.Span.Start)));
        }

        return solution;
    }
}
