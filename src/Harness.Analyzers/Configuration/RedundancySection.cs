using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace Harness.Analyzers.Configuration;

/// <summary><c>[redundancy]</c>: the thresholds and exclusions of the HAR2xxx rules (<see cref="RedundancySettings"/>). It takes no name.</summary>
internal sealed class RedundancySection : SectionKind
{
    public static readonly RedundancySection Instance = new();

    private RedundancySection()
    {
    }

    public override string Keyword => "redundancy";

    public override string Usage => "[redundancy]";

    public override ImmutableArray<SectionSchema.Key> Keys { get; } = ImmutableArray.Create(
        new SectionSchema.Key("min_tokens", ParseMinTokens),
        new SectionSchema.Key("similarity", ParseSimilarity),
        new SectionSchema.Key("exclude", SectionSchema.ParseNames),
        new SectionSchema.Key("versioned_suffixes", SectionSchema.ParseNames),
        new SectionSchema.Key("branch_statements", ParseStatementCount),
        new SectionSchema.Key("block_statements", ParseStatementCount),
        new SectionSchema.Key("changed_block_statements", ParseStatementCount));

    public override string DisplayOf(string name) => "[redundancy]";

    public override string? CheckName(string name) => name.Length == 0 ? null : "[redundancy] takes no name";

    public override HarnessRules Build(HarnessRules rules, IReadOnlyList<MergedSection> sections, RulesBuild build)
    {
        var settings = rules.Redundancy;
        foreach (var section in sections)
        {
            settings = new RedundancySettings(
                section.Get<int?>("min_tokens") ?? settings.MinTokens,
                section.Get<double?>("similarity") ?? settings.Similarity,
                section.Get<NameList>("exclude")?.Names ?? settings.Exclude,
                section.Get<NameList>("versioned_suffixes")?.Names ?? settings.VersionedSuffixes,
                section.Get<int?>("branch_statements") ?? settings.BranchStatements,
                section.Get<int?>("block_statements") ?? settings.BlockStatements,
                section.Get<int?>("changed_block_statements") ?? settings.ChangedBlockStatements);
        }

        return rules with { Redundancy = settings };
    }

    private static object? ParseMinTokens(string value, out string error)
    {
        error = "expected a whole number from 1 to 100000";
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var tokens) && tokens is >= 1 and <= 100_000
            ? tokens
            : null;
    }

    private static object? ParseStatementCount(string value, out string error)
    {
        error = "expected a whole number from 1 to 100";
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var statements) && statements is >= 1 and <= 100
            ? statements
            : null;
    }

    private static object? ParseSimilarity(string value, out string error)
    {
        error = "expected a number from 0 to 1, e.g. 0.8";
        return double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var similarity) && similarity is >= 0 and <= 1
            ? similarity
            : null;
    }
}
