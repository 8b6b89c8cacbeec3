using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Baseline;

/// <summary>
/// Counts what one analyzer finds in a compilation, so that at its end the entries of the baseline that it no longer
/// finds are reported stale (HAR0009) at their line: a fixed finding cannot come back unnoticed. Inactive, and free,
/// when the baseline holds nothing for the analyzer's IDs.
/// </summary>
internal sealed class BaselineLedger
{
    private static readonly BaselineLedger Inactive = new(null);

    private readonly Baseline? _baseline;
    private readonly ConcurrentDictionary<FindingSlot, int> _found = new();

    private BaselineLedger(Baseline? baseline) => _baseline = baseline;

#pragma warning disable RS1012 // A helper that reads the context; its caller registers the actions.
    public static BaselineLedger Start(CompilationStartAnalysisContext start, ImmutableArray<DiagnosticDescriptor> reported)
#pragma warning restore RS1012
    {
        var baseline = Baseline.Load(start.Options, start.Compilation.AssemblyName, start.CancellationToken);
        return baseline.IsUpdating || !baseline.HasEntriesFor(reported) ? Inactive : new BaselineLedger(baseline);
    }

    public bool IsActive => _baseline is not null;

    /// <summary>The report action, counting each finding on its way when the ledger is active.</summary>
    public Action<Diagnostic> Counting(Action<Diagnostic> report)
    {
        if (_baseline is null)
        {
            return report;
        }

        return diagnostic =>
        {
            if (FindingSlot.Of(diagnostic) is { } slot)
            {
                _found.AddOrUpdate(slot, 1, (_, count) => count + 1);
            }

            report(diagnostic);
        };
    }

    /// <summary>For an analyzer with no compilation-end action of its own: one that reports what turned stale.</summary>
#pragma warning disable RS1013 // The caller registers its other actions on the same start context.
    public void RegisterStaleCheck(CompilationStartAnalysisContext start, ImmutableArray<DiagnosticDescriptor> reported)
#pragma warning restore RS1013
    {
        if (_baseline is not null)
        {
            start.RegisterCompilationEndAction(end => ReportStale(end, reported));
        }
    }

    public void ReportStale(CompilationAnalysisContext end, ImmutableArray<DiagnosticDescriptor> reported)
    {
        if (_baseline is null)
        {
            return;
        }

        foreach (var descriptor in reported)
        {
            foreach (var accepted in _baseline.Accepted.OfId(descriptor.Id))
            {
                var found = _found.TryGetValue(accepted.Slot, out var count) ? count : 0;
                if (found < accepted.Count)
                {
                    var entry = accepted.First;
                    end.ReportDiagnostic(Diagnostic.Create(Descriptors.StaleBaselineEntry, entry.Location, entry.Id, entry.File, entry.Key, accepted.Count, found));
                }
            }
        }
    }
}
