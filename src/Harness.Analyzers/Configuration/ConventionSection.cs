using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Configuration;

/// <summary>
/// <c>[convention NAME]</c>: naming, placement and shape of a kind of type. <c>where_*</c> keys select the types (all
/// given must hold; at least one is required), the other keys are what every selected type must satisfy
/// (<see cref="ConventionRule"/>, read by the HAR3xxx rules).
/// </summary>
internal sealed class ConventionSection : SectionKind
{
    public static readonly ConventionSection Instance = new();

    private static readonly string[] SelectorKeys =
        { "where_name", "where_namespace", "where_layer", "where_implements", "where_inherits", "where_attribute", "where_kind" };

    private static readonly string[] RequirementKeys = { "name", "layer", "namespace", "modifiers", "forbidden_modifiers" };

    private ConventionSection()
    {
    }

    public override string Keyword => "convention";

    public override ImmutableArray<SectionSchema.Key> Keys { get; } = ImmutableArray.Create(
        new SectionSchema.Key("where_name", ParseNamePatterns, IsPattern: true),
        new SectionSchema.Key("where_namespace", SectionSchema.ParseNamespacePatterns, IsPattern: true),
        new SectionSchema.Key("where_layer", SectionSchema.ParseNames),
        new SectionSchema.Key("where_implements", ParseFullNamePatterns, IsPattern: true),
        new SectionSchema.Key("where_inherits", ParseFullNamePatterns, IsPattern: true),
        new SectionSchema.Key("where_attribute", ParseFullNamePatterns, IsPattern: true),
        new SectionSchema.Key("where_kind", ParseKinds),
        new SectionSchema.Key("name", ParseNamePatterns, IsPattern: true),
        new SectionSchema.Key("layer", SectionSchema.ParseNames),
        new SectionSchema.Key("namespace", SectionSchema.ParseNamespacePatterns, IsPattern: true),
        new SectionSchema.Key("modifiers", ParseModifiers),
        new SectionSchema.Key("forbidden_modifiers", ParseModifiers),
        new SectionSchema.Key("because", SectionSchema.ParseText));

    protected override string ExampleName => "repositories";

    public override HarnessRules Build(HarnessRules rules, IReadOnlyList<MergedSection> sections, RulesBuild build)
    {
        var conventions = ImmutableArray.CreateBuilder<ConventionRule>();
        foreach (var section in sections)
        {
            if (!SelectorKeys.Any(section.Values.ContainsKey))
            {
                build.ReportMissing(section, "where_name', 'where_namespace', 'where_layer', 'where_implements', 'where_inherits', 'where_attribute' or 'where_kind", SelectorKeys);
                continue;
            }

            if (!RequirementKeys.Any(section.Values.ContainsKey))
            {
                build.ReportMissing(section, "name', 'layer', 'namespace', 'modifiers' or 'forbidden_modifiers", RequirementKeys);
                continue;
            }

            var where = new ConventionSelector(
                section.Get<ImmutableArray<NamePattern>?>("where_name"),
                section.Get<ImmutableArray<NamespacePattern>?>("where_namespace"),
                KnownLayers(section, "where_layer", rules.Layers, build),
                section.Get<ImmutableArray<FullNamePattern>?>("where_implements"),
                section.Get<ImmutableArray<FullNamePattern>?>("where_inherits"),
                section.Get<ImmutableArray<FullNamePattern>?>("where_attribute"),
                section.Get<TypeKinds?>("where_kind"));
            var required = section.Get<TypeModifiers?>("modifiers") ?? TypeModifiers.None;
            var forbidden = section.Get<TypeModifiers?>("forbidden_modifiers") ?? TypeModifiers.None;
            if ((required & forbidden) != TypeModifiers.None)
            {
                var both = ModifierWords.Words(required & forbidden);
                build.Report(Diagnostic.Create(
                    Descriptors.InvalidValue, section.SpanOf("forbidden_modifiers")!.Location, string.Join(", ", ModifierWords.Words(forbidden)), "forbidden_modifiers", section.Display,
                    $"{string.Join(", ", both)} {(both.Count == 1 ? "is" : "are")} required by 'modifiers' too"));
                forbidden &= ~required;
            }

            var layers = KnownLayers(section, "layer", rules.Layers, build);
            conventions.Add(new ConventionRule(
                section.Name,
                where,
                section.Get<ImmutableArray<NamePattern>?>("name"),
                layers is { IsEmpty: true } ? null : layers,
                section.Get<ImmutableArray<NamespacePattern>?>("namespace"),
                required,
                forbidden,
                section.Get<string>("because"),
                section.Header,
                section.Values.ToImmutableDictionary(pair => pair.Key, pair => pair.Value.Span, StringComparer.Ordinal)));
        }

        return rules with { Conventions = conventions.ToImmutable() };
    }

    /// <summary>The layer names of a key that a layer section declares; the others are reported (HAR0005) and dropped.</summary>
    private static ImmutableArray<string>? KnownLayers(MergedSection section, string key, ImmutableArray<LayerRule> layers, RulesBuild build)
    {
        if (section.Get<NameList>(key) is not { } names)
        {
            return null;
        }

        var known = ImmutableArray.CreateBuilder<string>();
        foreach (var name in names.Names)
        {
            if (layers.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase)) is { } layer)
            {
                known.Add(layer.Name);
            }
            else
            {
                build.ReportUnknownLayer(section.SpanOf(key)!, $"{key} of [convention {section.Name}]", name, layers);
            }
        }

        return known.ToImmutable();
    }

    private static object? ParseNamePatterns(string value, out string error) =>
        ParsePatterns<NamePattern>(value, "expected a comma-separated list of type-name patterns, e.g. *Repository", NamePattern.TryParse, out error);

    private static object? ParseFullNamePatterns(string value, out string error) =>
        ParsePatterns<FullNamePattern>(value, "expected a comma-separated list of full type names or patterns, e.g. **.IRepository", FullNamePattern.TryParse, out error);

    private delegate bool PatternParser<T>(string text, out T? pattern, out string error);

    /// <summary>A comma-separated list of patterns, or null and what is wrong with the first bad one.</summary>
    private static object? ParsePatterns<T>(string value, string expected, PatternParser<T> tryParse, out string error)
        where T : class
    {
        error = expected;
        var patterns = ImmutableArray.CreateBuilder<T>();
        foreach (var text in SectionSchema.SplitList(value))
        {
            if (!tryParse(text, out var pattern, out var patternError))
            {
                error = $"'{text}': {patternError}";
                return null;
            }

            patterns.Add(pattern!);
        }

        return patterns.Count == 0 ? null : (object)patterns.ToImmutable();
    }

    private static object? ParseKinds(string value, out string error)
    {
        error = "expected a comma-separated list of class, record, struct, interface, enum, delegate";
        var kinds = TypeKinds.None;
        foreach (var word in SectionSchema.SplitList(value))
        {
            var kind = word.ToLowerInvariant() switch
            {
                "class" => TypeKinds.Class,
                "record" => TypeKinds.Record,
                "struct" => TypeKinds.Struct,
                "interface" => TypeKinds.Interface,
                "enum" => TypeKinds.Enum,
                "delegate" => TypeKinds.Delegate,
                _ => TypeKinds.None,
            };
            if (kind == TypeKinds.None)
            {
                error = $"'{word}' is not a kind of type: {error}";
                return null;
            }

            kinds |= kind;
        }

        return kinds == TypeKinds.None ? null : kinds;
    }

    private static object? ParseModifiers(string value, out string error)
    {
        error = "expected a comma-separated list of " + string.Join(", ", ModifierWords.All.Select(m => m.Word));
        var modifiers = TypeModifiers.None;
        foreach (var word in SectionSchema.SplitList(value))
        {
            var modifier = ModifierWords.Parse(word);
            if (modifier == TypeModifiers.None)
            {
                error = $"'{word}' is not a type modifier: {error}";
                return null;
            }

            modifiers |= modifier;
        }

        if ((modifiers & (TypeModifiers.Public | TypeModifiers.Internal)) == (TypeModifiers.Public | TypeModifiers.Internal))
        {
            error = "a type cannot be both public and internal";
            return null;
        }

        return modifiers == TypeModifiers.None ? null : modifiers;
    }
}
