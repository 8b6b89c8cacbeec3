using System;

namespace Harness.Analyzers.Redundancy;

/// <summary>What a member rule can record in <see cref="MemberFindings"/> for later rules to read.</summary>
[Flags]
internal enum MemberFacts
{
    None = 0,

    /// <summary>The members it was found to copy or rewrite, whose shared blocks need no second report (HAR2003 reads them).</summary>
    Counterparts = 1,

    /// <summary>Whether it has an exact twin: a near-duplicate report would then say less than the exact one.</summary>
    ExactTwins = 2,

    All = Counterparts | ExactTwins,
}
