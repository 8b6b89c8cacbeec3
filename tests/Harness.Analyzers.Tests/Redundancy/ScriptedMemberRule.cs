using System;
using Harness.Analyzers.Redundancy;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Tests.Redundancy;

/// <summary>A member rule that declares what it is told and does what its script says, to test the contract of <see cref="MemberRuleSet"/>.</summary>
internal sealed class ScriptedMemberRule : IMemberRule
{
    private readonly Action<MemberFindings> _script;

    public ScriptedMemberRule(MemberFacts writes, MemberFacts reads, Action<MemberFindings> script)
    {
        Writes = writes;
        Reads = reads;
        _script = script;
    }

    public MemberFacts Writes { get; }

    public MemberFacts Reads { get; }

    public void Check(MemberFingerprint member, CloneIndex index, MemberFindings findings, Action<Diagnostic> report) => _script(findings);
}
