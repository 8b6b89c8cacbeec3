using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Harness.Analyzers.Configuration;

/// <summary>
/// <c>[ban SCOPE]</c>: APIs a layer (or <c>*</c>, all code) must not use (<see cref="BanRule"/>). Its keys are
/// documentation-comment IDs, case-sensitive, merged per symbol across files; <c>off</c> lifts an earlier ban.
/// </summary>
internal sealed class BanSection : SectionKind
{
    public static readonly BanSection Instance = new();

    private BanSection()
    {
    }

    public override string Keyword => "ban";

    public override string Usage => "[ban SCOPE]";

    /// <summary>None: every key is a symbol.</summary>
    public override ImmutableArray<SectionSchema.Key> Keys => ImmutableArray<SectionSchema.Key>.Empty;

    public override string? CheckName(string name) =>
        name.Length == 0 ? "[ban] needs a scope: a layer name or '*', e.g. [ban domain]"
        : name == BanRule.AllCode ? null
        : base.CheckName(name);

    public override EntryParse ParseEntry(string key, string value, string display)
    {
        if (!BannedSymbolId.TryValidate(key, out var idError))
        {
            return EntryParse.Problem(Descriptors.InvalidSymbolId, key, display, idError);
        }

        return SectionSchema.ParseBanReason(value, out _) is { } reason
            ? EntryParse.Accepted(key, reason)
            : EntryParse.Problem(Descriptors.InvalidValue, value, key, display, "expected the reason for the ban, or 'off'");
    }

    public override HarnessRules Build(HarnessRules rules, IReadOnlyList<MergedSection> sections, RulesBuild build)
    {
        var bans = ImmutableArray.CreateBuilder<BanRule>();
        foreach (var section in sections)
        {
            if (section.Name != BanRule.AllCode && !HarnessRules.IsLayer(rules.Layers, section.Name))
            {
                build.ReportUnknownLayer(section.Header, $"[ban {section.Name}]", section.Name, rules.Layers);
                continue;
            }

            foreach (var pair in section.Values.OrderBy(p => p.Value.Span.Span.Start).ThenBy(p => p.Value.Span.Origin.Path, StringComparer.Ordinal))
            {
                var reason = (string)pair.Value.Value;
                if (!string.Equals(reason, SectionSchema.BanOff, StringComparison.OrdinalIgnoreCase))
                {
                    bans.Add(new BanRule(section.Name, pair.Key, reason, pair.Value.Span));
                }
            }
        }

        return rules with { Bans = bans.ToImmutable() };
    }
}
