using System.Collections.Immutable;

namespace Harness.Analyzers.Configuration;

/// <param name="MinTokens">The <c>min_tokens</c> key: the fewest normalised tokens a body or block must have to be compared.</param>
/// <param name="Similarity">The <c>similarity</c> key: the lowest similarity (0 to 1) reported as a near-duplicate.</param>
/// <param name="Exclude">The <c>exclude</c> key: globs of file paths the redundancy rules skip.</param>
/// <param name="VersionedSuffixes">The <c>versioned_suffixes</c> key: name endings that mark a rewrite left beside its original.</param>
/// <param name="BranchStatements">
/// The fewest statements a branch must have for HAR2004 to compare it: one-statement branches are how lookup tables
/// are written, and their equal entries are correct. At 1, short switch arms are compared too.
/// </param>
/// <param name="BlockStatements">
/// The fewest statements a duplicated block (HAR2003) must have: read on real code, repeated runs of one or two
/// statements were never worth extracting (0 of 20).
/// </param>
/// <param name="ChangedBlockStatements">
/// The fewest statements a duplicated block must have when its copies differ in a literal value: shorter ones say
/// something of their own (a message, a keyword written out, an offset); read on real code, 12 of 13 such were not
/// worth extracting.
/// </param>
internal sealed record RedundancySettings(
    int MinTokens, double Similarity, ImmutableArray<string> Exclude, ImmutableArray<string> VersionedSuffixes, int BranchStatements, int BlockStatements, int ChangedBlockStatements)
{
    public static readonly RedundancySettings Default = new(
        40,
        0.80,
        ImmutableArray<string>.Empty,
        ImmutableArray.Create("V2", "V3", "New", "Old", "Copy", "Backup", "Refactored", "Improved", "Updated", "Fixed", "Temp", "2"),
        2,
        3,
        6);
}
