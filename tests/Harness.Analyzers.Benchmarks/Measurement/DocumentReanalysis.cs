using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Benchmarks.Measurement;

/// <summary>
/// One editor request for one document: its syntax diagnostics (where syntax-tree actions run) and its semantic
/// diagnostics, with the callback time the driver logged for each pass and everything reported.
/// </summary>
internal sealed record ReanalysisSample(
    PhaseCost SyntaxPass,
    PhaseCost SemanticPass,
    TimeSpan SyntaxCallbacks,
    TimeSpan SemanticCallbacks,
    ImmutableArray<Diagnostic> Diagnostics)
{
    public TimeSpan Cpu => SyntaxPass.Cpu + SemanticPass.Cpu;

    public TimeSpan Wall => SyntaxPass.Wall + SemanticPass.Wall;
}

/// <summary>
/// Analyses single documents the way an editor does after a keystroke: a new <see cref="CompilationWithAnalyzers"/>
/// per request (so compilation-start actions run again, as they do in the IDE), over the same analyzer instances and
/// one options object for the whole session (a workspace keeps its additional documents' texts). Shared by the edit
/// probes of the generated corpus and of real code.
/// </summary>
internal sealed class DocumentReanalysis
{
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private readonly CompilationWithAnalyzersOptions _options;
    private readonly ConcurrentQueue<string> _failures = new();

    public DocumentReanalysis(ImmutableArray<DiagnosticAnalyzer> analyzers, RulesFile? rules, TemplateOutputOptionsProvider configOptions)
    {
        _analyzers = analyzers;
        _options = AnalyzerDriverOptions.Create(rules, configOptions, _failures);
    }

    /// <summary>The whole compilation once, as the editor's background analysis would before the first edit.</summary>
    public PhaseCost AnalyzeAll(Compilation compilation)
        => PhaseMeter.Measure(() => compilation.WithAnalyzers(_analyzers, _options).GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult());

    public ReanalysisSample Request(Compilation compilation, SyntaxTree tree)
    {
        var ct = CancellationToken.None;
        var withAnalyzers = compilation.WithAnalyzers(_analyzers, _options);
        var syntaxDiagnostics = ImmutableArray<Diagnostic>.Empty;
        var semanticDiagnostics = ImmutableArray<Diagnostic>.Empty;
        var syntax = PhaseMeter.Measure(() => syntaxDiagnostics = withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, ct).GetAwaiter().GetResult());
        var syntaxCallbacks = Callbacks(withAnalyzers);
        var semantic = PhaseMeter.Measure(() => semanticDiagnostics = withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, ct).GetAwaiter().GetResult());
        var sample = new ReanalysisSample(syntax, semantic, syntaxCallbacks, Callbacks(withAnalyzers) - syntaxCallbacks, syntaxDiagnostics.AddRange(semanticDiagnostics));
        foreach (var diagnostic in sample.Diagnostics.Where(d => d.Id == AnalyzerTimer.AnalyzerExceptionId))
        {
            _failures.Enqueue(diagnostic.ToString());
        }

        return sample;
    }

    /// <summary>Untimed: the syntax diagnostics of another document of the same compilation.</summary>
    public ImmutableArray<Diagnostic> SyntaxDiagnostics(Compilation compilation, SyntaxTree tree)
        => compilation.WithAnalyzers(_analyzers, _options).GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None).GetAwaiter().GetResult();

    /// <exception cref="AnalyzerFailedException">An analyzer threw or reported AD0001 in any request so far.</exception>
    public void ThrowIfFailed(string during)
    {
        if (!_failures.IsEmpty)
        {
            throw new AnalyzerFailedException($"An analyzer failed during {during}: {string.Join("\n", _failures.Take(3))}");
        }
    }

    private TimeSpan Callbacks(CompilationWithAnalyzers withAnalyzers)
    {
        var total = TimeSpan.Zero;
        foreach (var analyzer in _analyzers)
        {
            total += withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime;
        }

        return total;
    }
}
