namespace Harness.Analyzers.Redundancy;

/// <summary>Source order of fingerprints, as <see cref="Harness.Analyzers.SourceOrder"/> orders locations.</summary>
internal static class FingerprintOrder
{
    public static int Compare(MemberFingerprint x, MemberFingerprint y) => SourceOrder.Compare(x.Tree, x.NameSpan.Start, y.Tree, y.NameSpan.Start);

    public static int Compare(BlockWindow x, BlockWindow y) => SourceOrder.Compare(x.Tree, x.Span.Start, y.Tree, y.Span.Start);
}
