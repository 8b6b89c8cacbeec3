using System;
using System.Collections.Generic;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// What the member-level rules found for one member: its counterparts, whose shared blocks need no second report, and
/// whether it has exact twins. Each fact may be written only by a rule that declares it (<see cref="IMemberRule.Writes"/>)
/// and read only by one that declares it (<see cref="IMemberRule.Reads"/>) once no later rule can change it: an
/// undeclared dependency fails loudly instead of making results depend on the order of the rules.
/// </summary>
internal sealed class MemberFindings
{
    // Made when the first is added: most members have none, and every member of every document has findings.
    private HashSet<MemberFingerprint>? _counterparts;
    private List<Func<IEnumerable<MemberFingerprint>>>? _unreadCounterparts;
    private bool _hasExactTwins;
    private MemberFacts _writable;
    private MemberFacts _readable = MemberFacts.All;

    /// <summary>Whether it was found to copy or rewrite this member.</summary>
    public bool IsCounterpart(MemberFingerprint member)
    {
        var unread = Read(MemberFacts.Counterparts, _unreadCounterparts);
        if (unread is not null)
        {
            foreach (var find in unread)
            {
                foreach (var counterpart in find())
                {
                    Remember(counterpart);
                }
            }

            _unreadCounterparts = null;
        }

        return _counterparts is not null && _counterparts.Contains(member);
    }

    public bool HasExactTwins => Read(MemberFacts.ExactTwins, _hasExactTwins);

    public void AddCounterpart(MemberFingerprint counterpart)
    {
        Write(MemberFacts.Counterparts);
        Remember(counterpart);
    }

    /// <summary>
    /// Counterparts that are looked for only if a rule asks about them: HAR2003 asks for the few members with a
    /// repeated block, so a search most members would not need is spared (issue 8).
    /// </summary>
    public void AddCounterpartsWhenRead(Func<IEnumerable<MemberFingerprint>> find)
    {
        Write(MemberFacts.Counterparts);
        (_unreadCounterparts ??= new List<Func<IEnumerable<MemberFingerprint>>>(1)).Add(find);
    }

    public void MarkExactTwins()
    {
        Write(MemberFacts.ExactTwins);
        _hasExactTwins = true;
    }

    private void Remember(MemberFingerprint counterpart) => (_counterparts ??= new HashSet<MemberFingerprint>()).Add(counterpart);

    /// <summary>Set by <see cref="MemberRuleSet"/> before each rule: what that rule may write, and what it may read now.</summary>
    internal void Allow(MemberFacts writable, MemberFacts readable)
    {
        _writable = writable;
        _readable = readable;
    }

    private T Read<T>(MemberFacts fact, T value) =>
        (_readable & fact) != 0 ? value : throw new InvalidOperationException($"A member rule read {fact} without declaring it in Reads, or before every rule that writes it ran.");

    private void Write(MemberFacts fact)
    {
        if ((_writable & fact) == 0)
        {
            throw new InvalidOperationException($"A member rule wrote {fact} without declaring it in Writes.");
        }
    }
}
