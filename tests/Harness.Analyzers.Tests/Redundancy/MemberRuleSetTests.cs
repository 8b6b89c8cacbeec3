using System;
using System.Linq;
using Harness.Analyzers.Redundancy;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy;

/// <summary>The contract between member rules: what one reads, every rule that writes it has written first, whatever the listed order.</summary>
public class MemberRuleSetTests
{
    [Fact]
    public void The_rule_that_finds_exact_twins_runs_before_the_one_that_defers_to_them_whatever_the_listed_order()
    {
        var set = new MemberRuleSet(new NearDuplicateMemberRule(), new VersionedTwinRule(), new DuplicateMemberRule());

        Assert.Equal(
            new[] { nameof(VersionedTwinRule), nameof(DuplicateMemberRule), nameof(NearDuplicateMemberRule) },
            set.Rules.Select(rule => rule.GetType().Name));
    }

    [Fact]
    public void A_reader_listed_first_reads_what_the_writer_listed_after_it_wrote()
    {
        bool? seen = null;
        var reader = new ScriptedMemberRule(MemberFacts.None, MemberFacts.ExactTwins, findings => seen = findings.HasExactTwins);
        var writer = new ScriptedMemberRule(MemberFacts.ExactTwins, MemberFacts.None, findings => findings.MarkExactTwins());

        var findings = new MemberRuleSet(reader, writer).Run(null!, null!, _ => { });

        Assert.True(seen);
        Assert.True(findings.HasExactTwins);
    }

    [Fact]
    public void A_read_the_rule_did_not_declare_fails_instead_of_depending_on_the_order()
    {
        var writer = new ScriptedMemberRule(MemberFacts.ExactTwins, MemberFacts.None, findings => findings.MarkExactTwins());
        var undeclared = new ScriptedMemberRule(MemberFacts.None, MemberFacts.None, findings => _ = findings.HasExactTwins);

        var error = Assert.Throws<InvalidOperationException>(() => new MemberRuleSet(writer, undeclared).Run(null!, null!, _ => { }));

        Assert.Equal("A member rule read ExactTwins without declaring it in Reads, or before every rule that writes it ran.", error.Message);
    }

    [Fact]
    public void A_write_the_rule_did_not_declare_fails()
    {
        var undeclared = new ScriptedMemberRule(MemberFacts.ExactTwins, MemberFacts.None, findings => findings.AddCounterpart(null!));

        var error = Assert.Throws<InvalidOperationException>(() => new MemberRuleSet(undeclared).Run(null!, null!, _ => { }));

        Assert.Equal("A member rule wrote Counterparts without declaring it in Writes.", error.Message);
    }

    [Fact]
    public void Counterparts_left_for_a_reader_are_looked_for_once_when_first_asked_after_the_rules_ran()
    {
        var searches = 0;
        var writer = new ScriptedMemberRule(MemberFacts.Counterparts, MemberFacts.None, findings => findings.AddCounterpartsWhenRead(() =>
        {
            searches++;
            return new MemberFingerprint[] { null! };
        }));

        var findings = new MemberRuleSet(writer).Run(null!, null!, _ => { });

        Assert.Equal(0, searches);
        Assert.True(findings.IsCounterpart(null!));
        Assert.True(findings.IsCounterpart(null!));
        Assert.Equal(1, searches);
    }

    [Fact]
    public void Rules_that_read_each_other_in_a_cycle_are_refused()
    {
        var first = new ScriptedMemberRule(MemberFacts.Counterparts, MemberFacts.ExactTwins, _ => { });
        var second = new ScriptedMemberRule(MemberFacts.ExactTwins, MemberFacts.Counterparts, _ => { });

        var error = Assert.Throws<InvalidOperationException>(() => new MemberRuleSet(first, second));

        Assert.Equal("The member rules read each other's findings in a cycle: no order can satisfy them.", error.Message);
    }

    [Fact]
    public void What_the_rules_found_is_settled_for_the_rules_over_the_whole_document()
    {
        var writer = new ScriptedMemberRule(MemberFacts.ExactTwins, MemberFacts.None, findings => findings.MarkExactTwins());

        var findings = new MemberRuleSet(writer).Run(null!, null!, _ => { });

        Assert.True(findings.HasExactTwins);
        Assert.Throws<InvalidOperationException>(() => findings.MarkExactTwins());
    }
}
