using System;
using Harness.Analyzers.Configuration;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// HAR2005: <c>SendV2</c> beside <c>Send</c> in the same type with a similar body: the original left behind by a
/// rewrite. A name says more than the body here, so the bar is lower than for near-duplicates.
/// </summary>
internal sealed class VersionedTwinRule : IMemberRule
{
    private const double MaxThreshold = 0.5;

    public static bool IsRewriteOf(MemberFingerprint member, MemberFingerprint original, RedundancySettings settings) =>
        member.TypeKey == original.TypeKey
        && VersionedName.TryGetOriginal(member.Name, settings.VersionedSuffixes, out var name)
        && name == original.Name;

    public MemberFacts Writes => MemberFacts.Counterparts;

    public MemberFacts Reads => MemberFacts.None;

    public void Check(MemberFingerprint member, CloneIndex index, MemberFindings findings, Action<Diagnostic> report)
    {
        var settings = index.Scope.Settings;
        if (member.IsPlumbing || !VersionedName.TryGetOriginal(member.Name, settings.VersionedSuffixes, out var name))
        {
            return;
        }

        var threshold = Math.Min(MaxThreshold, settings.Similarity);
        MemberFingerprint? best = null;
        var bestSimilarity = 0.0;
        foreach (var original in index.Named(member.TypeKey, name))
        {
            var similarity = original.ExactHash == member.ExactHash ? 1.0 : SequenceSimilarity.Of(member.Codes, original.Codes);
            if (similarity >= threshold && similarity > bestSimilarity)
            {
                (best, bestSimilarity) = (original, similarity);
            }
        }

        // An exact rewrite too is reported as a rewrite only: the other rules leave versioned pairs to this one.
        if (best is null)
        {
            return;
        }

        findings.AddCounterpart(best);
        report(Finding.Create(
            Descriptors.VersionedTwin,
            member.Location,
            new[] { best.Location },
            member.Display,
            best.Display,
            Similarity.Percent(bestSimilarity)));
    }
}
