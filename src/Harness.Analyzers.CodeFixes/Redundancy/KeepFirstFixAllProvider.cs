using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// Both members of a copied pair carry the finding, each pointing at the other. Fixing both would make each call
/// the other, so FixAll keeps the member that comes first in source order and fixes the rest; the edits are then
/// merged as the batch fixer merges them.
/// </summary>
internal sealed class KeepFirstFixAllProvider : FixAllProvider
{
    public static readonly KeepFirstFixAllProvider Instance = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var filtered = fixAllContext.Document is { } document
            ? new FixAllContext(document, fixAllContext.CodeFixProvider, fixAllContext.Scope, fixAllContext.CodeActionEquivalenceKey, fixAllContext.DiagnosticIds, new KeptSideFilter(fixAllContext), fixAllContext.CancellationToken)
            : new FixAllContext(fixAllContext.Project, fixAllContext.CodeFixProvider, fixAllContext.Scope, fixAllContext.CodeActionEquivalenceKey, fixAllContext.DiagnosticIds, new KeptSideFilter(fixAllContext), fixAllContext.CancellationToken);
        return WellKnownFixAllProviders.BatchFixer.GetFixAsync(filtered);
    }

    /// <summary>Whether this is the kept side of its pair: a finding whose counterparts all come later.</summary>
    public static bool IsKeptSide(Diagnostic diagnostic) =>
        diagnostic.Id != DiagnosticIds.VersionedTwin
        && diagnostic.AdditionalLocations.All(other => SourceOrder.Compare(diagnostic.Location, other) < 0);

    private sealed class KeptSideFilter : FixAllContext.DiagnosticProvider
    {
        private readonly FixAllContext _context;

        public KeptSideFilter(FixAllContext context) => _context = context;

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Fixable(await _context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false));

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Fixable(await _context.GetProjectDiagnosticsAsync(project).ConfigureAwait(false));

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Fixable(await _context.GetAllDiagnosticsAsync(project).ConfigureAwait(false));

        private static IEnumerable<Diagnostic> Fixable(IEnumerable<Diagnostic> diagnostics) => diagnostics.Where(d => !IsKeptSide(d)).ToList();
    }
}
