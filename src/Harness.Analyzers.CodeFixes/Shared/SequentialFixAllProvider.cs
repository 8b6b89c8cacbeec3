using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Harness.Analyzers.CodeFixes;

/// <summary>
/// FixAll for fixes that add members: the findings of one ID in scope are fixed one after the other, in file-path then
/// source order, each on the solution the previous ones left, so that two new methods in one type never take the same
/// name and a copy already replaced is not extracted again. A merge of separately computed text changes cannot do that.
/// </summary>
internal abstract class SequentialFixAllProvider : FixAllProvider
{
    private readonly string _diagnosticId;
    private readonly string _title;

    protected SequentialFixAllProvider(string diagnosticId, string title)
    {
        _diagnosticId = diagnosticId;
        _title = title;
    }

    public sealed override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var findings = await FixAllScopeDiagnostics.GetAsync(fixAllContext).ConfigureAwait(false);
        findings.RemoveAll(f => f.Diagnostic.Id != _diagnosticId || !f.Diagnostic.Location.IsInSource || !CanFix(f.Diagnostic));
        var solution = fixAllContext.Solution;
        if (findings.Count == 0)
        {
            return NothingToFix.In(solution, fixAllContext.CodeActionEquivalenceKey);
        }

        var ordered = findings
            .OrderBy(f => f.Diagnostic.Location.SourceTree?.FilePath, System.StringComparer.Ordinal)
            .ThenBy(f => f.Diagnostic.Location.SourceSpan.Start)
            .ToList();
        return CodeAction.Create(_title, ct => FixInOrderAsync(solution, ordered, ct), fixAllContext.CodeActionEquivalenceKey);
    }

    /// <summary>Whether a finding of the ID can be fixed at all (for example, it names the other copy).</summary>
    protected virtual bool CanFix(Diagnostic diagnostic) => true;

    /// <summary>Fixes <paramref name="findings"/>, already in file-path then source order.</summary>
    protected abstract Task<Solution> FixInOrderAsync(Solution solution, IReadOnlyList<(Project Project, Diagnostic Diagnostic)> findings, CancellationToken cancellationToken);
}
