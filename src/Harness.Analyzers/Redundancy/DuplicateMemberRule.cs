using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// HAR2001: members whose bodies are equal after normalisation (clone types 1 and 2), anywhere in the compilation,
/// reported once per copy: on the later member, naming the first. Not reported: one-statement bodies, two methods of a
/// visitor, a quantifier written out (a loop returning on the first match), validators that differ only in their exception messages, and extension methods for receivers of different types.
/// </summary>
internal sealed class DuplicateMemberRule : IMemberRule
{
    /// <summary>The editor shows this many counterparts to jump to; the message names the first.</summary>
    private const int MaxAdditionalLocations = 8;

    public MemberFacts Writes => MemberFacts.Counterparts | MemberFacts.ExactTwins;

    public MemberFacts Reads => MemberFacts.None;

    public void Check(MemberFingerprint member, CloneIndex index, MemberFindings findings, Action<Diagnostic> report)
    {
        var twins = new List<MemberFingerprint>();
        foreach (var twin in index.ExactTwinsOf(member))
        {
            if (!CopyPair.IsFinding(member, twin))
            {
                continue;
            }

            // A rewrite and its original are reported as a rewrite (HAR2005) only, but still share their blocks.
            findings.AddCounterpart(twin);
            if (!CopyPair.IsVersionedPair(member, twin, index.Scope.Settings))
            {
                twins.Add(twin);
            }
        }

        if (twins.Count == 0)
        {
            return;
        }

        findings.MarkExactTwins();

        // A one-statement body is how a delegating member is written; such twins are not worth a report.
        if (member.Statements < 2 || TreeFingerprinter.Reread(member, default) is not { } body)
        {
            return;
        }

        // An extension for another receiver type is a typed overload: the copy, if any, is of a twin for the same receiver.
        var original = twins.FirstOrDefault(twin => CopyPair.ReportsOn(member, twin) && !(TreeFingerprinter.Reread(twin, default) is { } twinBody && ReceiverOverloads.Are(body.Body, twinBody.Body)));
        if (original is null || CopyPair.AreVisitorMethods(member, original) || AreMessageOnlyValidators(body, original) || WrittenOutQuantifier.Is(body.Body))
        {
            return;
        }

        report(Finding.Create(
            Descriptors.DuplicateMember,
            member.Location,
            twins.Where(twin => twin != original).Prepend(original).Take(MaxAdditionalLocations).Select(twin => twin.Location),
            member.Display,
            original.Display,
            original.Where));
    }

    private static bool AreMessageOnlyValidators(RereadBody body, MemberFingerprint original) =>
        TreeFingerprinter.Reread(original, default) is { } originalBody
        && MessageOnlyValidator.AreTwins(body.Body, originalBody.Body);
}
