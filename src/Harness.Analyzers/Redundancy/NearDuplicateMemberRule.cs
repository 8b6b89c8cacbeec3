using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// HAR2002: members at least as similar as the [redundancy] threshold, with statements added, removed or changed
/// (type 3), reported once per pair on the later member. Judged on what a reviewer would merge: bodies of at least
/// <see cref="MinStatements"/> statements (a matcher's outcomes not counted), similar with each local kept apart (only a consistent renaming counts as
/// "apart from names"), not two directions of one thing (Get/Set), not short per-entity twins, not typed twins (named for the type they take), not per-type field twins, not per-type factories,
/// not two bodies that call no method in common, not two that share fewer than min_tokens tokens, not two lookup tables, not matchers that differ in two checks each, not a test and an update over one skeleton, not a pair where one has a quarter more statements.
/// </summary>
internal sealed class NearDuplicateMemberRule : IMemberRule
{
    public const int MinStatements = 5;

    /// <summary>A copy with one call changed is a copy; two members that call different APIs throughout are not.</summary>
    private const int MaxNameSubstitutions = 1;

    private const int MaxCloseComparisons = 3;

    /// <summary>
    /// One member with more than 5/4 of the other's statements does more than the other (see <see cref="DoesMoreThan"/>).
    /// Read on both corpora, 6/5 also dropped a copy reviewers wanted; 5/4 dropped none.
    /// </summary>
    private const int MoreStatementsNumerator = 5;

    private const int MoreStatementsDenominator = 4;

    /// <summary>A member with an exact twin is reported as a copy (HAR2001) only, so this rule runs after the one that finds exact twins.</summary>
    public MemberFacts Writes => MemberFacts.Counterparts;

    public MemberFacts Reads => MemberFacts.ExactTwins;

    public void Check(MemberFingerprint member, CloneIndex index, MemberFindings findings, Action<Diagnostic> report)
    {
        // A member too short to merge, or reported as an exact copy, is never reported here: its near twins only
        // spare HAR2003 a second report of their shared blocks, so they are searched for only if it asks.
        if (member.Statements < MinStatements || findings.HasExactTwins)
        {
            findings.AddCounterpartsWhenRead(() => CounterpartsOf(member, index));
            return;
        }

        var settings = index.Scope.Settings;
        MemberFingerprint? original = null;
        var originalSimilarity = 0.0;
        RereadBody? body = null;
        var closeComparisons = 0;
        foreach (var other in CounterpartsOf(member, index))
        {
            // A rewrite and its original share their blocks too: HAR2005 is their one report, whichever comes first.
            findings.AddCounterpart(other);
            if (CopyPair.IsVersionedPair(member, other, settings))
            {
                continue;
            }

            if (original is not null || !CopyPair.ReportsOn(member, other) || !IsWorthMerging(member, other))
            {
                continue;
            }

            // Reading bodies again and aligning them is the dear part: only the most similar candidates get it, as
            // a template's look-alikes (every entity's twin) would otherwise make each member align with a dozen.
            if (++closeComparisons > MaxCloseComparisons)
            {
                continue;
            }

            body ??= TreeFingerprinter.Reread(member, default);
            var otherBody = TreeFingerprinter.Reread(other, default);
            if (body is null || otherBody is null)
            {
                continue;
            }

            var similarity = SequenceSimilarity.Of(body.ExactCodes, otherBody.ExactCodes);
            if (similarity >= settings.Similarity
                && SharedTokens(similarity, body, otherBody) >= settings.MinTokens
                && HasLogicWorthMerging(member, body) && HasLogicWorthMerging(other, otherBody)
                && NameSubstitutions.Count(body, otherBody) <= MaxNameSubstitutions
                && !CalledMethods.AreDisjoint(member, body.Body, other, otherBody.Body)
                && !LookupTable.AreBoth(body.Body, otherBody.Body)
                && !StemSwap.AreTwins(member, body.Body, other, otherBody.Body)
                && !OwnTypeFactory.AreTwins(member, body.Body, other, otherBody.Body)
                && !DistinctMatchers.AreBoth(body.Body, otherBody.Body)
                && !TestAndUpdate.AreTwins(body.Body, otherBody.Body)
                && !PerTypeFields.AreTwins(member, body.Body, other, otherBody.Body))
            {
                (original, originalSimilarity) = (other, similarity);
            }
        }

        if (original is null)
        {
            return;
        }

        report(Finding.Create(
            Descriptors.NearDuplicateMember,
            member.Location,
            new[] { original.Location },
            member.Display,
            Similarity.Percent(originalSimilarity),
            original.Display,
            original.Where));
    }

    /// <summary>The near twins it may be reported with, most similar first: each is a counterpart whether reported or not.</summary>
    private static IEnumerable<MemberFingerprint> CounterpartsOf(MemberFingerprint member, CloneIndex index)
    {
        foreach (var (other, _) in index.NearTwinsOf(member, index.Scope.Settings.Similarity))
        {
            if (CopyPair.IsFinding(member, other))
            {
                yield return other;
            }
        }
    }

    /// <summary>
    /// The length of what the two bodies have in common (their longest common subsequence of tokens). A pair that shares
    /// less than min_tokens, the least a duplicated block must have, shares a loop or a guard and little else: two
    /// short look-alikes (a loop testing <c>char.IsUpper</c> against one comparing with <c>'Z'</c>), not a copy to merge.
    /// </summary>
    private static double SharedTokens(double similarity, RereadBody body, RereadBody otherBody) =>
        similarity * (body.ExactCodes.Length + otherBody.ExactCodes.Length) / 2;

    /// <summary>
    /// A member with more than a quarter more statements than the other does work of its own beside what they share (a
    /// loop over the children that also checks and sets a flag and numbers them, against one that returns the first):
    /// two members of one skeleton, not one copied.
    /// </summary>
    private static bool DoesMoreThan(MemberFingerprint member, MemberFingerprint other) =>
        member.Statements * MoreStatementsDenominator > other.Statements * MoreStatementsNumerator;

    /// <summary>Statements of its own besides handing back a matcher's results: see <see cref="MatchOutcome"/>.</summary>
    private static bool HasLogicWorthMerging(MemberFingerprint member, RereadBody body) =>
        member.Statements - MatchOutcome.Count(body.Body) >= MinStatements;

    private static bool IsWorthMerging(MemberFingerprint member, MemberFingerprint other) =>
        member.Statements >= MinStatements
        && other.Statements >= MinStatements
        && !DoesMoreThan(member, other)
        && !DoesMoreThan(other, member)
        && !AntonymNames.Differ(member.Name, other.Name)
        && !CopyPair.ArePolymorphicTwins(member, other);
}
