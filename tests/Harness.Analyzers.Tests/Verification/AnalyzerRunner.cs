using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Tests.Verification;

/// <summary>
/// What one analysis of the test project reported: the analyzers' diagnostics (after config severities,
/// <c>#pragma</c> and suppressors, sorted) and the compiler's own diagnostics.
/// </summary>
internal sealed record AnalysisResult(ImmutableArray<Diagnostic> AnalyzerDiagnostics, ImmutableArray<Diagnostic> CompilerDiagnostics);

/// <summary>Runs analyzers over a project's compilation with <see cref="CompilationWithAnalyzers"/>, as a build would.</summary>
internal static class AnalyzerRunner
{
    /// <exception cref="VerificationException">An analyzer threw (or reported AD0001).</exception>
    public static async Task<AnalysisResult> RunAsync(
        Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerConfigState config, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The project has no compilation.");
        compilation = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(config.TreeOptions));

        var additionalTexts = ImmutableArray.CreateBuilder<AdditionalText>();
        foreach (var document in project.AdditionalDocuments)
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            additionalTexts.Add(new TestAdditionalText(document.FilePath ?? document.Name, text));
        }

        var exceptions = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additionalTexts.ToImmutable(), config.OptionsProvider),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name} threw {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

        var failures = exceptions.Concat(diagnostics.Where(IsAnalyzerFailure).Select(DiagnosticFormatter.Format)).Distinct().ToList();
        if (failures.Count > 0)
        {
            throw new VerificationException("An analyzer failed:\n" + string.Join("\n\n", failures));
        }

        return new AnalysisResult(
            DiagnosticComparer.Sort(diagnostics).ToImmutableArray(),
            DiagnosticComparer.Sort(compilation.GetDiagnostics(cancellationToken)).ToImmutableArray());
    }

    /// <summary>AD0001 (analyzer threw), AD0002 (analyzer could not load), AD0003 (suppressor threw) and the like.</summary>
    private static bool IsAnalyzerFailure(Diagnostic diagnostic) => diagnostic.Id.StartsWith("AD", StringComparison.Ordinal);
}
