using System.Collections.Immutable;
using Harness.Analyzers.Baseline;
using Harness.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Architecture;

/// <summary>
/// Enforces layers (HAR1001), independent modules (HAR1002), bans (HAR1003) and external allow-lists (HAR1006) at
/// every use, live in the editor: one walk per document serves all four. Cycles between layers (HAR1004) and rules that match nothing (HAR1005)
/// need the whole compilation and are reported at its end, in the build.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ArchitectureAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.LayerDependency,
        Descriptors.ModuleDependency,
        Descriptors.BannedApi,
        Descriptors.LayerCycle,
        Descriptors.UnmatchedRule,
        Descriptors.ExternalType,
        Descriptors.StaleBaselineEntry);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var ledger = BaselineLedger.Start(start, SupportedDiagnostics);
            var rules = HarnessRulesLoader.Load(start);
            if (!rules.HasArchitectureRules)
            {
                ledger.RegisterStaleCheck(start, SupportedDiagnostics);
                return;
            }

            var model = new ArchitectureModel(rules, start.Compilation.AssemblyName ?? string.Empty);
            var state = new ArchitectureState(model, start.Compilation);
            start.RegisterSemanticModelAction(document =>
            {
                var tree = document.SemanticModel.SyntaxTree;
                new UseSiteWalker(state, document.SemanticModel, ledger.Counting(document.ReportDiagnostic), document.CancellationToken)
                    .Judge((CompilationUnitSyntax)tree.GetRoot(document.CancellationToken), tree.GetText(document.CancellationToken));
            });
            start.RegisterCompilationEndAction(end =>
            {
                var report = ledger.Counting(end.ReportDiagnostic);
                state.Cycles.ReportCycles(report);
                UnmatchedPatternRule.Report(report, model, state.IndexFor(end.CancellationToken).Coverage);
                ledger.ReportStale(end, SupportedDiagnostics);
            });
        });
    }
}
