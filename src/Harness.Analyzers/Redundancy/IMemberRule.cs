using System;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Redundancy;

/// <summary>A rule judged for every fingerprinted member of the document being analysed.</summary>
internal interface IMemberRule
{
    void Check(MemberFingerprint member, CloneIndex index, MemberFindings findings, Action<Diagnostic> report);
}
