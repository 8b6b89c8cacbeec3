using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Baseline;

/// <summary>
/// The findings a project has accepted: the entries naming it in every <c>harness.baseline</c> among its additional
/// files, each keyed by ID, absolute file and key. Under <c>-p:HarnessUpdateBaseline=true</c> the baseline is being
/// rewritten, and every finding is accepted for that build.
/// </summary>
internal sealed class Baseline
{
    private const string UpdateProperty = "build_property.HarnessUpdateBaseline";

    private static readonly Baseline None = new(false, AcceptedFindings.None);

    private Baseline(bool isUpdating, AcceptedFindings accepted)
    {
        IsUpdating = isUpdating;
        Accepted = accepted;
    }

    public bool IsUpdating { get; }

    public AcceptedFindings Accepted { get; }

    public bool IsEmpty => Accepted.IsEmpty;

    public static Baseline Load(AnalyzerOptions options, string? project, CancellationToken cancellationToken)
    {
        if (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(UpdateProperty, out var update)
            && update.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return new Baseline(true, AcceptedFindings.None);
        }

        var accepted = AcceptedFindings.None;
        foreach (var file in options.AdditionalFiles)
        {
            if (BaselineDocument.IsBaselineFile(file.Path) && file.GetText(cancellationToken) is { } text)
            {
                accepted = accepted.MergedWith(BaselineDocument.Get(file.Path, text).AcceptedIn(project ?? string.Empty));
            }
        }

        return accepted.IsEmpty ? None : new Baseline(false, accepted);
    }

    public bool HasEntriesFor(ImmutableArray<DiagnosticDescriptor> descriptors)
    {
        foreach (var descriptor in descriptors)
        {
            if (Accepted.HasEntriesFor(descriptor.Id))
            {
                return true;
            }
        }

        return false;
    }
}
