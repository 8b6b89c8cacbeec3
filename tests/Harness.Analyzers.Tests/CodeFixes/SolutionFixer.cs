using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Tests.CodeFixes;

/// <summary>
/// What a user does with "Fix all in solution", for every fix the package offers: analyse, FixAll each offered
/// action over the solution, and repeat until nothing changes.
/// </summary>
internal sealed class SolutionFixer
{
    private const int MaxRounds = 20;

    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private readonly ImmutableArray<CodeFixProvider> _fixers;

    public SolutionFixer(ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<CodeFixProvider> fixers)
    {
        _analyzers = analyzers;
        _fixers = fixers;
    }

    /// <summary>Every analyzer and fix provider the package ships.</summary>
    public static SolutionFixer ForPackage() => new(
        Instances<DiagnosticAnalyzer>(typeof(Harness.Analyzers.Architecture.ArchitectureAnalyzer).Assembly),
        Instances<CodeFixProvider>(typeof(Harness.Analyzers.CodeFixes.Redundancy.DuplicateMemberCodeFix).Assembly));

    public async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        var options = new CompilationWithAnalyzersOptions(project.AnalyzerOptions, onAnalyzerException: (exception, analyzer, _) =>
            throw new InvalidOperationException($"{analyzer.GetType().Name} threw: {exception}"), concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation!.WithAnalyzers(_analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        return diagnostics.Where(d => d.Location.IsInSource).OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    /// <summary>Fixes until a round changes nothing; returns the fixed solution and how many FixAll actions were applied.</summary>
    public async Task<(Solution Solution, int Applied)> FixAllAsync(Solution solution, ProjectId projectId, CancellationToken cancellationToken)
    {
        var applied = 0;
        for (var round = 0; round < MaxRounds; round++)
        {
            var project = solution.GetProject(projectId)!;
            var diagnostics = await AnalyzeAsync(project, cancellationToken).ConfigureAwait(false);
            var fixedSolution = await FixOneActionAsync(project, diagnostics, cancellationToken).ConfigureAwait(false);
            if (fixedSolution is null)
            {
                return (solution, applied);
            }

            solution = fixedSolution;
            applied++;
        }

        throw new InvalidOperationException($"Fixing did not converge in {MaxRounds} rounds.");
    }

    /// <summary>The first action any fixer offers, applied to the whole solution with that fixer's FixAll.</summary>
    private async Task<Solution?> FixOneActionAsync(Project project, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        foreach (var fixer in _fixers)
        {
            foreach (var diagnostic in diagnostics.Where(d => fixer.FixableDiagnosticIds.Contains(d.Id)))
            {
                var document = project.GetDocument(diagnostic.Location.SourceTree)!;
                var actions = new List<CodeAction>();
                await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken)).ConfigureAwait(false);
                if (actions.Count == 0)
                {
                    continue;
                }

                var context = new FixAllContext(
                    project, fixer, FixAllScope.Solution, actions[0].EquivalenceKey, fixer.FixableDiagnosticIds,
                    new FixedDiagnostics(diagnostics), cancellationToken);
                var fixAll = await fixer.GetFixAllProvider()!.GetFixAsync(context).ConfigureAwait(false);
                var operations = await (fixAll ?? actions[0]).GetOperationsAsync(cancellationToken).ConfigureAwait(false);
                var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
                if (changed != project.Solution)
                {
                    return changed;
                }
            }
        }

        return null;
    }

    private static ImmutableArray<T> Instances<T>(System.Reflection.Assembly assembly) =>
        assembly.GetTypes().Where(t => typeof(T).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (T)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>Serves the diagnostics of one analysis to FixAll.</summary>
    private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _diagnostics;

        public FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult(_diagnostics.Where(d => d.Location.SourceTree == document.GetSyntaxTreeAsync(cancellationToken).Result));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(Array.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);
    }
}
