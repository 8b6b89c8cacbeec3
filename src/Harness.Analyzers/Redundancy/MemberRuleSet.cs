using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// The member rules in the order their declared facts need (<see cref="IMemberRule.Reads"/>, <see cref="IMemberRule.Writes"/>):
/// every rule that writes a fact before every rule that reads it, and otherwise the order listed. So listing them in
/// another order, or adding one, cannot change what a rule reads; a cycle of dependencies is refused when the set is made.
/// </summary>
internal sealed class MemberRuleSet
{
    private readonly MemberFacts[] _readable;

    public MemberRuleSet(params IMemberRule[] rules)
    {
        Rules = Order(rules);
        _readable = new MemberFacts[Rules.Count];
        var writtenLater = MemberFacts.None;
        for (var i = Rules.Count - 1; i >= 0; i--)
        {
            _readable[i] = Rules[i].Reads & ~writtenLater;
            writtenLater |= Rules[i].Writes;
        }
    }

    public IReadOnlyList<IMemberRule> Rules { get; }

    /// <summary>Runs every rule on a member; what they found is then settled, for rules over the whole document to read.</summary>
    public MemberFindings Run(MemberFingerprint member, CloneIndex index, Action<Diagnostic> report)
    {
        var findings = new MemberFindings();
        for (var i = 0; i < Rules.Count; i++)
        {
            findings.Allow(Rules[i].Writes, _readable[i]);
            Rules[i].Check(member, index, findings, report);
        }

        findings.Allow(MemberFacts.None, MemberFacts.All);
        return findings;
    }

    /// <summary>A stable topological order: each step takes the first listed rule that reads nothing another waiting rule writes.</summary>
    private static IReadOnlyList<IMemberRule> Order(IMemberRule[] rules)
    {
        var waiting = new List<IMemberRule>(rules);
        var ordered = new List<IMemberRule>(rules.Length);
        while (waiting.Count > 0)
        {
            var next = waiting.Find(rule => !waiting.Exists(other => other != rule && (other.Writes & rule.Reads) != 0))
                ?? throw new InvalidOperationException("The member rules read each other's findings in a cycle: no order can satisfy them.");
            waiting.Remove(next);
            ordered.Add(next);
        }

        return ordered;
    }
}
