namespace Harness.Analyzers.Baseline;

/// <summary>
/// How many findings of one slot a baseline accepts: the counts of its entries added up, and the first of them, where a
/// stale slot is reported.
/// </summary>
internal sealed record AcceptedSlot(FindingSlot Slot, BaselineEntry First, int Count);
