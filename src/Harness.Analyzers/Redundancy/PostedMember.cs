namespace Harness.Analyzers.Redundancy;

/// <summary>
/// A member in <see cref="ShinglePostings"/>, with what the near-twin search filters its candidates by held in line:
/// a member shares shingles with hundreds of others, and reading these through each one's fingerprint and arrays
/// was most of the filter's cost (issue 8).
/// </summary>
internal readonly struct PostedMember
{
    public PostedMember(MemberFingerprint member)
    {
        Member = member;
        ExactHash = member.ExactHash;
        ShingleCount = member.Shingles.Length;
        Length = member.Codes.Length;
    }

    public MemberFingerprint Member { get; }

    public ulong ExactHash { get; }

    public int ShingleCount { get; }

    /// <summary>How many token codes its body has.</summary>
    public int Length { get; }
}
