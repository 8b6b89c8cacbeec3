using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Harness.Analyzers.Configuration;

/// <summary>
/// How a key is described (<see cref="Key"/>) and the value parsers that several sections share. Each
/// <see cref="SectionKind"/> lists its own keys.
/// </summary>
internal static class SectionSchema
{
    public const string BanOff = "off";

    public delegate object? ValueParser(string value, out string error);

    /// <summary>A key: its canonical name, how its value parses (null and an error when it does not), and whether it holds patterns.</summary>
    public sealed record Key(string Name, ValueParser Parse, bool IsPattern = false);

    /// <summary>A ban's value is its reason, or <c>off</c> to lift a ban set by an earlier file.</summary>
    public static string? ParseBanReason(string value, out string error) => (string?)ParseText(value, out error);

    public static IEnumerable<string> SplitList(string value) =>
        value.Split(',').Select(item => item.Trim()).Where(item => item.Length > 0);

    public static object? ParseText(string value, out string error)
    {
        error = "expected a text";
        return value.Length == 0 ? null : value;
    }

    public static object? ParseNames(string value, out string error)
    {
        error = "expected a comma-separated list";
        var names = SplitList(value).ToImmutableArray();
        return names.IsEmpty ? null : new NameList(names);
    }

    public static object? ParseMayUse(string value, out string error)
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

    public static object? ParseNamespacePatterns(string value, out string error) => ParsePatterns(value, allowCapture: false, out error);

    /// <summary>All patterns must parse: a half-applied list would silently move types between layers.</summary>
    public static object? ParsePatterns(string value, bool allowCapture, out string error)
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
}
