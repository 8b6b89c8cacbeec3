using System.Collections.Immutable;
using Harness.Analyzers.Baseline;
using Harness.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Conventions;

/// <summary>
/// Enforces the <c>[convention NAME]</c> sections: a type's name (HAR3001), placement (HAR3002) and modifiers (HAR3003),
/// reported live at the type's name, once per type. A syntax-tree action that judges the types whose first declaration
/// is in the tree, read from the source assembly's symbols (<see cref="SourceTypes"/>): it reads declarations, base
/// lists and (for <c>where_attribute</c> only) the type's attributes, never a method body, and registers no symbol,
/// semantic-model or compilation-end action, which would make the driver bind every method body. A convention that
/// selects no type the compilation can see is reported at the end of the build (HAR1005, off by default: only when it
/// is raised does this analyzer register a compilation-end action).
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

            var compilation = start.Compilation;
            var state = new ConventionState(rules, compilation);
            var types = new ComputeOnce<SourceTypes>(cancellationToken => SourceTypes.Of(compilation, cancellationToken));
            start.RegisterSyntaxTreeAction(document =>
            {
                var report = ledger.Counting(document.ReportDiagnostic);
                foreach (var type in types.Get(document.CancellationToken).In(document.Tree))
                {
                    state.Judge(type, report, document.CancellationToken);
                }
            });
            if (!DiagnosticSwitch.MayReport(compilation, Descriptors.UnmatchedRule))
            {
                ledger.RegisterStaleCheck(start, SupportedDiagnostics);
                return;
            }

            start.RegisterCompilationEndAction(end =>
            {
                UnselectingConventionRule.Report(ledger.Counting(end.ReportDiagnostic), state.Conventions, state.SelectsNothing(types.Get(end.CancellationToken), end.CancellationToken));
                ledger.ReportStale(end, SupportedDiagnostics);
            });
        });
    }
}
