using System.Collections.Immutable;
using Harness.Analyzers.Architecture;
using Harness.Analyzers.Baseline;
using Harness.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Conventions;

/// <summary>
/// Enforces the <c>[convention NAME]</c> sections: a type's name (HAR3001), placement (HAR3002) and modifiers (HAR3003),
/// reported live at the type's name, once per type. A symbol action on named types: it reads declarations, base lists
/// and (for <c>where_attribute</c> only) the type's attributes, never a method body. A convention that selects no type
/// the compilation can see is reported at the end of the build (HAR1005, off by default).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConventionsAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.NameConvention,
        Descriptors.PlacementConvention,
        Descriptors.ModifierConvention,
        Descriptors.UnmatchedRule,
        Descriptors.StaleBaselineEntry);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var ledger = BaselineLedger.Start(start, SupportedDiagnostics);
            var rules = HarnessRulesLoader.Load(start);
            if (rules.Conventions.IsEmpty)
            {
                ledger.RegisterStaleCheck(start, SupportedDiagnostics);
                return;
            }

            var state = new ConventionState(rules, start.Compilation);
            start.RegisterSymbolAction(
                symbol => state.Judge((INamedTypeSymbol)symbol.Symbol, ledger.Counting(symbol.ReportDiagnostic), symbol.CancellationToken),
                SymbolKind.NamedType);
            start.RegisterCompilationEndAction(end =>
            {
                if (UnmatchedPatternRule.MayReport(end.Compilation))
                {
                    UnmatchedPatternRule.ReportConventions(ledger.Counting(end.ReportDiagnostic), state.Conventions, state.SelectsNothing(end.CancellationToken));
                }

                ledger.ReportStale(end, SupportedDiagnostics);
            });
        });
    }
}
