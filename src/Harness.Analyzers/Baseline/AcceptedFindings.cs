using System.Collections.Generic;

namespace Harness.Analyzers.Baseline;

/// <summary>
/// The findings a project's baseline entries accept, by slot for the suppressor and grouped by ID for the stale checks:
/// each analyzer visits only the entries of its own IDs, once, however large the baseline.
/// </summary>
internal sealed class AcceptedFindings
{
    public static readonly AcceptedFindings None = new(new Dictionary<FindingSlot, AcceptedSlot>());

    private static readonly IReadOnlyList<AcceptedSlot> NoSlots = System.Array.Empty<AcceptedSlot>();

    private readonly Dictionary<FindingSlot, AcceptedSlot> _bySlot;
    private readonly Dictionary<string, List<AcceptedSlot>> _byId = new(System.StringComparer.Ordinal);

    private AcceptedFindings(Dictionary<FindingSlot, AcceptedSlot> bySlot)
    {
        _bySlot = bySlot;
        foreach (var accepted in bySlot.Values)
        {
            if (!_byId.TryGetValue(accepted.Slot.Id, out var ofId))
            {
                _byId.Add(accepted.Slot.Id, ofId = new List<AcceptedSlot>());
            }

            ofId.Add(accepted);
        }
    }

    public bool IsEmpty => _bySlot.Count == 0;

    /// <summary>The entries' slots, counts of one slot added up.</summary>
    public static AcceptedFindings Of(IEnumerable<(FindingSlot Slot, BaselineEntry Entry)> entries)
    {
        var bySlot = new Dictionary<FindingSlot, AcceptedSlot>();
        foreach (var (slot, entry) in entries)
        {
            Add(bySlot, new AcceptedSlot(slot, entry, entry.Count));
        }

        return bySlot.Count == 0 ? None : new AcceptedFindings(bySlot);
    }

    /// <summary>Several baselines (one per folder level) are rare: they merge into a new set, never into a cached one.</summary>
    public AcceptedFindings MergedWith(AcceptedFindings other)
    {
        if (IsEmpty || other.IsEmpty)
        {
            return IsEmpty ? other : this;
        }

        var bySlot = new Dictionary<FindingSlot, AcceptedSlot>(_bySlot);
        foreach (var accepted in other._bySlot.Values)
        {
            Add(bySlot, accepted);
        }

        return new AcceptedFindings(bySlot);
    }

    /// <summary>How many findings of this slot the baseline accepts.</summary>
    public int CountOf(FindingSlot slot) => _bySlot.TryGetValue(slot, out var accepted) ? accepted.Count : 0;

    public bool HasEntriesFor(string id) => _byId.ContainsKey(id);

    public IReadOnlyList<AcceptedSlot> OfId(string id) => _byId.TryGetValue(id, out var ofId) ? ofId : NoSlots;

    private static void Add(Dictionary<FindingSlot, AcceptedSlot> bySlot, AcceptedSlot accepted) =>
        bySlot[accepted.Slot] = bySlot.TryGetValue(accepted.Slot, out var same)
            ? same with { Count = same.Count + accepted.Count }
            : accepted;
}
