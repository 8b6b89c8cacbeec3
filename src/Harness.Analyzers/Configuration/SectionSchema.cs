using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace Harness.Analyzers.Configuration;

/// <summary>The keys each section accepts and how their values parse, so the parser needs no per-section code.</summary>
internal static class SectionSchema
{
    public const string BanOff = "off";

    public delegate object? ValueParser(string value, out string error);

    /// <summary>A key: its canonical name, how its value parses (null and an error when it does not), and whether it holds patterns.</summary>
    public sealed record Key(string Name, ValueParser Parse, bool IsPattern = false);

    private static readonly ImmutableDictionary<SectionKind, ImmutableArray<Key>> Keys = new Dictionary<SectionKind, ImmutableArray<Key>>
    {
        [SectionKind.Layer] = ImmutableArray.Create(
            new Key("namespaces", ParseNamespacePatterns, IsPattern: true),
            new Key("assemblies", ParseNamespacePatterns, IsPattern: true),
            new Key("may_use", ParseMayUse),
            new Key("because", ParseText)),
        [SectionKind.Modules] = ImmutableArray.Create(
            new Key("namespaces", ParseModulePattern, IsPattern: true),
            new Key("may_use", ParseNames),
            new Key("because", ParseText)),
        [SectionKind.Redundancy] = ImmutableArray.Create(
            new Key("min_tokens", ParseMinTokens),
            new Key("similarity", ParseSimilarity),
            new Key("exclude", ParseNames),
            new Key("versioned_suffixes", ParseNames),
            new Key("branch_statements", ParseStatementCount),
            new Key("block_statements", ParseStatementCount),
            new Key("changed_block_statements", ParseStatementCount)),
    }.ToImmutableDictionary();

    public static string KeywordOf(SectionKind kind) => kind switch
    {
        SectionKind.Layer => "layer",
        SectionKind.Modules => "modules",
        SectionKind.Ban => "ban",
        _ => "redundancy",
    };

    public static bool TryGetKind(string keyword, out SectionKind kind)
    {
        foreach (SectionKind candidate in Enum.GetValues(typeof(SectionKind)))
        {
            if (string.Equals(KeywordOf(candidate), keyword, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    public static string ExpectedKeys(SectionKind kind) => string.Join(", ", Keys[kind].Select(k => k.Name));

    /// <summary>Finds the definition of a key of a section; keys are case-insensitive.</summary>
    public static bool TryGetKey(SectionKind kind, string key, out Key definition)
    {
        definition = Keys[kind].FirstOrDefault(k => string.Equals(k.Name, key, StringComparison.OrdinalIgnoreCase))!;
        return definition is not null;
    }

    /// <summary>A ban's value is its reason, or <c>off</c> to lift a ban set by an earlier file.</summary>
    public static string? ParseBanReason(string value, out string error) => (string?)ParseText(value, out error);

    private static IEnumerable<string> SplitList(string value) =>
        value.Split(',').Select(item => item.Trim()).Where(item => item.Length > 0);

    private static object? ParseText(string value, out string error)
    {
        error = "expected a text";
        return value.Length == 0 ? null : value;
    }

    private static object? ParseNames(string value, out string error)
    {
        error = "expected a comma-separated list";
        var names = SplitList(value).ToImmutableArray();
        return names.IsEmpty ? null : new NameList(names);
    }

    private static object? ParseMayUse(string value, out string error)
    {
        var list = (NameList?)ParseNames(value, out _);
        error = "expected 'nothing' or a comma-separated list of layer names";
        if (list is null)
        {
            return null;
        }

        var saysNothing = list.Names.Any(n => string.Equals(n, "nothing", StringComparison.OrdinalIgnoreCase));
        if (!saysNothing)
        {
            return list;
        }

        return list.Names.Length == 1 ? new NameList(ImmutableArray<string>.Empty) : null;
    }

    private static object? ParseNamespacePatterns(string value, out string error) => ParsePatterns(value, allowCapture: false, out error);

    private static object? ParseModulePattern(string value, out string error)
    {
        var patterns = (ImmutableArray<NamespacePattern>?)ParsePatterns(value, allowCapture: true, out error);
        if (patterns is { Length: > 1 })
        {
            error = "a modules section takes one pattern";
            return null;
        }

        return patterns;
    }

    /// <summary>All patterns must parse: a half-applied list would silently move types between layers.</summary>
    private static object? ParsePatterns(string value, bool allowCapture, out string error)
    {
        error = "expected a comma-separated list of patterns";
        var patterns = ImmutableArray.CreateBuilder<NamespacePattern>();
        foreach (var text in SplitList(value))
        {
            if (!NamespacePattern.TryParse(text, allowCapture, out var pattern, out var patternError))
            {
                error = $"'{text}': {patternError}";
                return null;
            }

            patterns.Add(pattern!);
        }

        return patterns.Count == 0 ? null : (object)patterns.ToImmutable();
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
