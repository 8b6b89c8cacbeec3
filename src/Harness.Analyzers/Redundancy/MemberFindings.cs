using System.Collections.Generic;

namespace Harness.Analyzers.Redundancy;

/// <summary>What the member-level rules found for one member: its counterparts, whose shared blocks need no second report.</summary>
internal sealed class MemberFindings
{
    public HashSet<MemberFingerprint> Counterparts { get; } = new();

    public bool HasExactTwins { get; set; }
}
