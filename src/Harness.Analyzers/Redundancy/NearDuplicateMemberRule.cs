using System;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Redundancy;

/// <summary>HAR2002: members at least as similar as the [redundancy] threshold, with statements added, removed or changed (type 3).</summary>
internal sealed class NearDuplicateMemberRule : IMemberRule
{
    public void Check(MemberFingerprint member, CloneIndex index, MemberFindings findings, Action<Diagnostic> report)
    {
        var near = index.NearTwinsOf(member, index.Scope.Settings.Similarity);
        var isRewrite = false;
        foreach (var (other, _) in near)
        {
            findings.Counterparts.Add(other);
            isRewrite |= VersionedTwinRule.IsRewriteOf(member, other, index.Scope.Settings);
        }

        // An exact copy is reported already, and a versioned rewrite is reported as one by its own rule.
        if (near.Count == 0 || findings.HasExactTwins || isRewrite)
        {
            return;
        }

        var (best, similarity) = near[0];
        report(Diagnostic.Create(
            Descriptors.NearDuplicateMember,
            member.Location,
            new[] { best.Location },
            member.Display,
            Similarity.Percent(similarity),
            best.Display,
            best.Where));
    }
}
