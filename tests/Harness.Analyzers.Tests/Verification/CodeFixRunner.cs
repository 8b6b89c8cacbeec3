using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Harness.Analyzers.Tests.Verification;

/// <summary>A code action the fixer offered for a diagnostic.</summary>
internal sealed record OfferedFix(Document Document, Diagnostic Diagnostic, CodeAction Action);

/// <summary>
/// Applies a fixer to a <see cref="TestRun"/> the way a user would: fix the first fixable diagnostic
/// (or FixAll from it), re-analyse, repeat until nothing is left to fix.
/// </summary>
internal sealed class CodeFixRunner(TestRun run, CodeFixProvider fixer, string? equivalenceKey, int? actionIndex, int? maxIterations)
{
    private readonly ImmutableHashSet<string> _fixableIds = fixer.FixableDiagnosticIds.ToImmutableHashSet();

    /// <summary>
    /// Fixes until no fix is offered, one at a time (<paramref name="scope"/> null) or by FixAll in <paramref name="scope"/>;
    /// returns the final solution and how many fixes were applied. <paramref name="withoutKey"/>: FixAll with no
    /// equivalence key, as <c>dotnet format analyzers</c> runs it when the first finding has no fix of this provider.
    /// </summary>
    /// <exception cref="VerificationException">An analyzer threw, a fix broke compilation, or fixing did not converge.</exception>
    public async Task<(Solution Solution, int Applied)> FixAsync(FixAllScope? scope, CancellationToken cancellationToken, bool withoutKey = false)
    {
        var label = scope is FixAllScope s ? $"FixAll ({s}{(withoutKey ? ", no equivalence key" : "")})" : "The code fix";
        var initial = await run.AnalyzeAsync(run.Solution, cancellationToken).ConfigureAwait(false);
        var limit = maxIterations ?? 2 * Math.Max(1, initial.AnalyzerDiagnostics.Count(IsFixable));
        var solution = run.Solution;
        for (var applied = 0; ; applied++)
        {
            var analysis = await run.AnalyzeAsync(solution, cancellationToken).ConfigureAwait(false);
            if (applied > 0)
            {
                await AssertNoNewCompilerDiagnosticsAsync(initial, analysis, label, solution, cancellationToken).ConfigureAwait(false);
            }

            var offered = await FirstOfferedAsync(solution, analysis, cancellationToken).ConfigureAwait(false);
            if (offered is null)
            {
                return (solution, applied);
            }

            if (applied == limit)
            {
                throw new VerificationException($"{label} did not converge: after {limit} fixes it still offers '{offered.Action.Title}' for "
                    + DiagnosticFormatter.Format(offered.Diagnostic) + " (raise MaxFixIterations if this is expected).");
            }

            var action = scope is FixAllScope fixAllScope
                ? await FixAllActionAsync(offered, fixAllScope, withoutKey, cancellationToken).ConfigureAwait(false)
                : offered.Action;
            solution = await ApplyAsync(action, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Every action offered for a fixable diagnostic of the analysis, before selection by key or index.</summary>
    public async Task<List<OfferedFix>> AllOfferedAsync(Solution solution, AnalysisResult analysis, CancellationToken cancellationToken)
    {
        var offers = new List<OfferedFix>();
        foreach (var diagnostic in analysis.AnalyzerDiagnostics.Where(IsFixable))
        {
            var document = DocumentOf(solution, diagnostic);
            if (document is not null)
            {
                var actions = await ActionsAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
                offers.AddRange(actions.Select(a => new OfferedFix(document, diagnostic, a)));
            }
        }

        return offers;
    }

    /// <summary>The action <see cref="CodeFixTest.CodeActionEquivalenceKey"/> / <see cref="CodeFixTest.CodeActionIndex"/> select, if offered.</summary>
    public CodeAction? Select(IReadOnlyList<CodeAction> actions) =>
        equivalenceKey is not null ? actions.FirstOrDefault(a => a.EquivalenceKey == equivalenceKey)
        : actionIndex is int index ? (index < actions.Count ? actions[index] : null)
        : actions.FirstOrDefault();

    private async Task<OfferedFix?> FirstOfferedAsync(Solution solution, AnalysisResult analysis, CancellationToken cancellationToken)
    {
        foreach (var diagnostic in analysis.AnalyzerDiagnostics.Where(IsFixable))
        {
            var document = DocumentOf(solution, diagnostic);
            if (document is not null && Select(await ActionsAsync(document, diagnostic, cancellationToken).ConfigureAwait(false)) is CodeAction action)
            {
                return new OfferedFix(document, diagnostic, action);
            }
        }

        return null;
    }

    private bool IsFixable(Diagnostic diagnostic) => _fixableIds.Contains(diagnostic.Id) && diagnostic.Location.IsInSource;

    private Document? DocumentOf(Solution solution, Diagnostic diagnostic)
    {
        var path = diagnostic.Location.SourceTree?.FilePath;
        return run.Project(solution).Documents.FirstOrDefault(d => d.FilePath == path);
    }

    /// <summary>The actions registered for one diagnostic, nested actions flattened.</summary>
    private async Task<IReadOnlyList<CodeAction>> ActionsAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => { lock (actions) { actions.Add(action); } }, cancellationToken);
        await fixer.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        return Flatten(actions).ToList();

        static IEnumerable<CodeAction> Flatten(IEnumerable<CodeAction> actions) =>
            actions.SelectMany(a => a.NestedActions.IsDefaultOrEmpty ? [a] : Flatten(a.NestedActions));
    }

    private async Task<CodeAction> FixAllActionAsync(OfferedFix offered, FixAllScope scope, bool withoutKey, CancellationToken cancellationToken)
    {
        var provider = fixer.GetFixAllProvider() ?? throw new VerificationException("The fixer has no FixAllProvider.");
        if (!provider.GetSupportedFixAllScopes().Contains(scope))
        {
            throw new VerificationException($"The fixer's FixAllProvider does not support scope {scope} (set FixAllScopes).");
        }

        var ids = _fixableIds.Intersect(run.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id));
        var context = new FixAllContext(
            offered.Document, fixer, scope, withoutKey ? null! : offered.Action.EquivalenceKey, ids, new DiagnosticProvider(run), cancellationToken);
        return await provider.GetFixAsync(context).ConfigureAwait(false)
            ?? throw new VerificationException($"FixAll ({scope}{(withoutKey ? ", with no equivalence key, as dotnet format runs it" : "")}) offered no code action, though '{offered.Action.Title}' is offered for "
                + DiagnosticFormatter.Format(offered.Diagnostic));
    }

    private static async Task<Solution> ApplyAsync(CodeAction action, CancellationToken cancellationToken)
    {
        var operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
        var changes = operations.OfType<ApplyChangesOperation>().ToList();
        if (changes.Count != 1)
        {
            throw new VerificationException($"Code action '{action.Title}' should change the solution once; it has {changes.Count} ApplyChangesOperation(s).");
        }

        return changes[0].ChangedSolution;
    }

    /// <summary>A fix may not add compiler errors or warnings (counted per ID, since renames change the messages of existing ones).</summary>
    private async Task AssertNoNewCompilerDiagnosticsAsync(
        AnalysisResult before, AnalysisResult after, string label, Solution solution, CancellationToken cancellationToken)
    {
        static ILookup<string, Diagnostic> Relevant(AnalysisResult result) =>
            result.CompilerDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToLookup(d => d.Id);

        var old = Relevant(before);
        var added = Relevant(after).Where(g => g.Count() > old[g.Key].Count()).SelectMany(g => g).ToList();
        if (added.Count == 0)
        {
            return;
        }

        var code = new List<string>();
        foreach (var document in run.Project(solution).Documents)
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            code.Add($"// {document.FilePath}\n{text}");
        }

        throw new VerificationException($"{label} introduced compiler diagnostics:\n"
            + string.Join("\n", added.Select(d => "  " + DiagnosticFormatter.Format(d)))
            + "\n\nCode after the fix:\n" + string.Join("\n", code));
    }

    /// <summary>Gives FixAll the diagnostics of any snapshot of the test project, from the same analysis as the test.</summary>
    private sealed class DiagnosticProvider(TestRun run) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            (await AllAsync(document.Project, cancellationToken).ConfigureAwait(false))
                .Where(d => d.Location.IsInSource && d.Location.SourceTree!.FilePath == document.FilePath);

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            (await AllAsync(project, cancellationToken).ConfigureAwait(false)).Where(d => !d.Location.IsInSource);

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            await AllAsync(project, cancellationToken).ConfigureAwait(false);

        private async Task<ImmutableArray<Diagnostic>> AllAsync(Project project, CancellationToken cancellationToken) =>
            project.Id == run.ProjectId
                ? (await run.AnalyzeAsync(project.Solution, cancellationToken).ConfigureAwait(false)).AnalyzerDiagnostics
                : ImmutableArray<Diagnostic>.Empty;
    }
}
