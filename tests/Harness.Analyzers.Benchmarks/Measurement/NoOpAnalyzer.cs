using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Benchmarks.Measurement;

/// <summary>
/// The baseline of the marginal cost: an analyzer that makes the driver run (one enabled descriptor, else the driver
/// treats it as suppressed and skips it) and visits every tree with a syntax-tree action that does nothing. What the
/// driver does for it (semantic-model and compilation-event plumbing, the generated-code check per tree) every
/// analyzer run pays; whatever a real analyzer adds on top of it is that analyzer's marginal cost.
/// With <c>asksForCompilationEvents</c> it also registers a semantic-model action that does nothing: the driver of a
/// <c>CompilationWithAnalyzers</c> then binds every method body to produce the compilation's events, as it must for any
/// analyzer with semantic-model, symbol, syntax-node, operation or compilation-end actions. csc produces those
/// events while it compiles, so that binding is what a separate driver run pays and a build does not.
/// </summary>
#pragma warning disable RS1001 // Not shipped: the benchmark hands it to CompilationWithAnalyzers itself.
internal sealed class NoOpAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001
{
#pragma warning disable RS2008 // No release tracking for a benchmark-only descriptor that is never reported.
    private static readonly DiagnosticDescriptor Never = new(
        "BENCH0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);
#pragma warning restore RS2008

    private readonly bool _asksForCompilationEvents;

    public NoOpAnalyzer(bool asksForCompilationEvents = false) => _asksForCompilationEvents = asksForCompilationEvents;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Never];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            start.RegisterSyntaxTreeAction(_ => { });
            if (_asksForCompilationEvents)
            {
                start.RegisterSemanticModelAction(_ => { });
            }
        });
    }
}
