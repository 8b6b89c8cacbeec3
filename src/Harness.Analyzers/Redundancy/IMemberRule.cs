using System;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// A rule judged for every fingerprinted member of the document being analysed. Rules share what they found through
/// <see cref="MemberFindings"/>, and declare it: <see cref="MemberRuleSet"/> runs every rule that writes a fact before
/// any rule that reads it, whatever order the rules are listed in, and <see cref="MemberFindings"/> refuses a read or
/// write that its rule did not declare, or a read of a fact that a later rule could still change.
/// </summary>
internal interface IMemberRule
{
    /// <summary>What this rule records in <see cref="MemberFindings"/>.</summary>
    MemberFacts Writes { get; }

    /// <summary>What this rule reads from <see cref="MemberFindings"/>, and so defers to: every rule that writes it runs first.</summary>
    MemberFacts Reads { get; }

    void Check(MemberFingerprint member, CloneIndex index, MemberFindings findings, Action<Diagnostic> report);
}
