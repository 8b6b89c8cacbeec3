using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Redundancy;

/// <summary>HAR2001: members whose bodies are equal after normalisation (clone types 1 and 2), anywhere in the compilation.</summary>
internal sealed class DuplicateMemberRule : IMemberRule
{
    /// <summary>The editor shows this many counterparts to jump to; the message names the first.</summary>
    private const int MaxAdditionalLocations = 8;

    public void Check(MemberFingerprint member, CloneIndex index, MemberFindings findings, Action<Diagnostic> report)
    {
        var twins = index.ExactTwinsOf(member);
        if (twins.Count == 0)
        {
            return;
        }

        findings.Counterparts.UnionWith(twins);
        findings.HasExactTwins = true;
        report(Diagnostic.Create(
            Descriptors.DuplicateMember,
            member.Location,
            twins.Take(MaxAdditionalLocations).Select(twin => twin.Location),
            member.Display,
            twins[0].Display,
            twins[0].Where));
    }
}
