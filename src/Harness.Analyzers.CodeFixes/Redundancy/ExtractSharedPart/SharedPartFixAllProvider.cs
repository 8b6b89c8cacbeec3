using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// FixAll for the shared-part extraction: the findings are fixed one after the other, in source order, each on the
/// solution the previous ones left (moved there by <see cref="CurrentFinding"/>), so that two new methods in one type
/// never take the same name.
/// </summary>
internal sealed class SharedPartFixAllProvider : FixAllProvider
{
    public static readonly SharedPartFixAllProvider Instance = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var findings = await FixAllScopeDiagnostics.GetAsync(fixAllContext).ConfigureAwait(false);
        findings.RemoveAll(f => f.Diagnostic.Id != DiagnosticIds.NearDuplicateMember || !f.Diagnostic.Location.IsInSource);
        var solution = fixAllContext.Solution;
        if (findings.Count == 0)
        {
            return NothingToFix.In(solution, fixAllContext.CodeActionEquivalenceKey);
        }

        return CodeAction.Create(
            "Extract the shared part of every near-duplicate",
            ct => FixAllAsync(solution, findings.Select(f => f.Diagnostic), ct),
            fixAllContext.CodeActionEquivalenceKey);
    }

    private static async Task<Solution> FixAllAsync(Solution solution, IEnumerable<Diagnostic> findings, CancellationToken cancellationToken)
    {
        var changed = new HashSet<DocumentId>();
        var ordered = findings.OrderBy(d => d.Location.SourceTree?.FilePath, System.StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ToList();
        foreach (var found in ordered)
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
