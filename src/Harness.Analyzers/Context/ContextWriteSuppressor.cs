using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Context;

/// <summary>
/// In a build with <c>-t:HarnessContext</c>, HAR0011 carries the block to write, not a problem: it is suppressed, so
/// that the build succeeds (and its task runs) however severe HAR0011 is made, say by Harness.Rules.StrictCi.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ContextWriteSuppressor : DiagnosticSuppressor
{
    private static readonly SuppressionDescriptor Writing = new(
        "HARU0011",
        DiagnosticIds.AgentContextOutOfDate,
        "Being written into AGENTS.md by a build with -t:HarnessContext");

    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = ImmutableArray.Create(Writing);

    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            // Only the write build reports HAR0011 without a location: the live check reports it at the block.
            if (diagnostic.Id == DiagnosticIds.AgentContextOutOfDate && diagnostic.Location == Location.None)
            {
                context.ReportSuppression(Suppression.Create(Writing, diagnostic));
            }
        }
    }
}
