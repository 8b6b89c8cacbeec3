using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Configuration;

/// <summary>Reports what is wrong in the rules files (HAR0001-HAR0008), each at its line, in the file's own analysis.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RulesFileProblemsAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.MalformedLine,
        Descriptors.UnknownSection,
        Descriptors.UnknownKey,
        Descriptors.InvalidValue,
        Descriptors.UnknownLayer,
        Descriptors.InvalidPattern,
        Descriptors.InvalidSymbolId,
        Descriptors.MissingKey);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var problems = HarnessRulesLoader.Load(start).Problems;
            if (problems.IsEmpty)
            {
                return;
            }

            start.RegisterAdditionalFileAction(file =>
            {
                foreach (var problem in problems)
                {
                    if (problem.Location.GetLineSpan().Path == file.AdditionalFile.Path)
                    {
                        file.ReportDiagnostic(problem);
                    }
                }
            });
        });
    }
}
