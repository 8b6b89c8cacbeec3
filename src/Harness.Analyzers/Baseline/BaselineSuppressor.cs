using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Baseline;

/// <summary>
/// Suppresses the findings that <c>harness.baseline</c> accepts, live and at build time: they stay in SARIF as
/// suppressed, with the baseline as justification, instead of vanishing. A slot found more often than its entry
/// records keeps the extra findings, the last in source order, reported. While the baseline is being rewritten every
/// finding is suppressed, so that the refresh build succeeds and records them all.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BaselineSuppressor : DiagnosticSuppressor
{
    private static readonly ImmutableDictionary<string, SuppressionDescriptor> Accepted = ForEveryFinding(
        "HARB", "Accepted in harness.baseline: a finding that existed when the baseline was written; new ones are still reported");

    private static readonly ImmutableDictionary<string, SuppressionDescriptor> Recording = ForEveryFinding(
        "HARU", "Being recorded into harness.baseline by a build with -p:HarnessUpdateBaseline=true");

    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } =
        Accepted.Values.Concat(Recording.Values).OrderBy(descriptor => descriptor.Id, System.StringComparer.Ordinal).ToImmutableArray();

    /// <summary>A suppression of each finding's ID, named <paramref name="prefix"/> and the ID's digits (HARB1001).</summary>
    private static ImmutableDictionary<string, SuppressionDescriptor> ForEveryFinding(string prefix, string justification) =>
        Descriptors.Findings.ToImmutableDictionary(
            descriptor => descriptor.Id,
            descriptor => new SuppressionDescriptor(prefix + descriptor.Id.Substring(3), descriptor.Id, justification));

    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        var baseline = Baseline.Load(context.Options, context.Compilation.AssemblyName, context.CancellationToken);
        if (baseline.IsUpdating)
        {
            foreach (var diagnostic in context.ReportedDiagnostics)
            {
                if (FindingKey.Of(diagnostic) is not null && Recording.TryGetValue(diagnostic.Id, out var recording))
                {
                    context.ReportSuppression(Suppression.Create(recording, diagnostic));
                }
            }

            return;
        }

        if (baseline.IsEmpty)
        {
            return;
        }

        var bySlot = new Dictionary<FindingSlot, List<Diagnostic>>();
        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            if (FindingSlot.Of(diagnostic) is { } slot && Accepted.ContainsKey(diagnostic.Id) && baseline.Accepted.CountOf(slot) > 0)
            {
                if (!bySlot.TryGetValue(slot, out var found))
                {
                    bySlot.Add(slot, found = new List<Diagnostic>());
                }

                found.Add(diagnostic);
            }
        }

        foreach (var pair in bySlot)
        {
            pair.Value.Sort((x, y) => SourceOrder.Compare(x.Location, y.Location));
            foreach (var diagnostic in pair.Value.Take(baseline.Accepted.CountOf(pair.Key)))
            {
                context.ReportSuppression(Suppression.Create(Accepted[diagnostic.Id], diagnostic));
            }
        }
    }
}
