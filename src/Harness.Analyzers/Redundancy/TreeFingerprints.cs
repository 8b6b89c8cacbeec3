using System.Collections.Immutable;

namespace Harness.Analyzers.Redundancy;

/// <summary>Every fingerprint of one tree, for one min_tokens setting.</summary>
internal sealed class TreeFingerprints
{
    public TreeFingerprints(int minTokens, ImmutableArray<MemberFingerprint> members, ImmutableArray<BlockWindow> windows)
    {
        MinTokens = minTokens;
        Members = members;
        Windows = windows;
    }

    public int MinTokens { get; }

    public ImmutableArray<MemberFingerprint> Members { get; }

    public ImmutableArray<BlockWindow> Windows { get; }
}
