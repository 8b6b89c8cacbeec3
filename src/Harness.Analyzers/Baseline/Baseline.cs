using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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

    private static readonly Baseline None = new(false, new Dictionary<FindingSlot, List<BaselineEntry>>());

    private readonly Dictionary<FindingSlot, List<BaselineEntry>> _entries;

    private Baseline(bool isUpdating, Dictionary<FindingSlot, List<BaselineEntry>> entries)
    {
        IsUpdating = isUpdating;
        _entries = entries;
    }

    public bool IsUpdating { get; }

    public bool IsEmpty => _entries.Count == 0;

    public IEnumerable<KeyValuePair<FindingSlot, List<BaselineEntry>>> Entries => _entries;

    public static Baseline Load(AnalyzerOptions options, string? project, CancellationToken cancellationToken)
    {
        if (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(UpdateProperty, out var update)
            && update.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return new Baseline(true, new Dictionary<FindingSlot, List<BaselineEntry>>());
        }

        Dictionary<FindingSlot, List<BaselineEntry>>? entries = null;
        var shared = true;
        foreach (var file in options.AdditionalFiles)
        {
            if (!BaselineDocument.IsBaselineFile(file.Path) || file.GetText(cancellationToken) is not { } text)
            {
                continue;
            }

            var slots = BaselineDocument.Get(file.Path, text).SlotsOf(project ?? string.Empty);
            if (entries is null || entries.Count == 0)
            {
                entries = slots;
            }
            else if (slots.Count > 0)
            {
                // Several baselines (one per folder level) are rare: merge them into a copy, never into a cached one.
                entries = shared ? new Dictionary<FindingSlot, List<BaselineEntry>>(entries) : entries;
                shared = false;
                foreach (var pair in slots)
                {
                    entries[pair.Key] = entries.TryGetValue(pair.Key, out var same) ? new List<BaselineEntry>(same.Concat(pair.Value)) : pair.Value;
                }
            }
        }

        return entries is null || entries.Count == 0 ? None : new Baseline(false, entries);
    }

    /// <summary>How many findings of this slot the baseline accepts (several entries of one slot add up).</summary>
    public int Accepted(FindingSlot slot)
    {
        if (!_entries.TryGetValue(slot, out var entries))
        {
            return 0;
        }

        var count = 0;
        foreach (var entry in entries)
        {
            count += entry.Count;
        }

        return count;
    }

    public bool HasEntriesFor(ImmutableArray<DiagnosticDescriptor> descriptors)
    {
        foreach (var slot in _entries.Keys)
        {
            foreach (var descriptor in descriptors)
            {
                if (descriptor.Id == slot.Id)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
