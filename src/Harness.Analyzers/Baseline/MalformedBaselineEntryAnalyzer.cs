using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Baseline;

/// <summary>HAR0010: a line of <c>harness.baseline</c> that is not an entry, at its line; the rest still applies.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MalformedBaselineEntryAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.MalformedBaselineEntry);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterAdditionalFileAction(file =>
        {
            if (BaselineDocument.IsBaselineFile(file.AdditionalFile.Path) && file.AdditionalFile.GetText(file.CancellationToken) is { } text)
            {
                foreach (var problem in BaselineDocument.Get(file.AdditionalFile.Path, text).Problems)
                {
                    file.ReportDiagnostic(problem);
                }
            }
        });
    }
}
