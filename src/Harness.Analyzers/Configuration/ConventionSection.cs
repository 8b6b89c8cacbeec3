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

/// <summary>The <c>where_kind</c> values. <c>class</c> and <c>struct</c> include records of that kind.</summary>
[Flags]
internal enum TypeKinds
{
    None = 0,
    Class = 1,
    Record = 2,
    Struct = 4,
    Interface = 8,
    Enum = 16,
    Delegate = 32,
}

/// <summary>The modifiers a convention can require or forbid.</summary>
[Flags]
internal enum TypeModifiers
{
    None = 0,
    Public = 1,
    Internal = 2,
    Sealed = 4,
    Static = 8,
    Abstract = 16,
    Partial = 32,
    Readonly = 64,
    Record = 128,
}

/// <summary>How modifiers are written: the words of <c>modifiers</c> and messages, in C#'s usual order.</summary>
internal static class ModifierWords
{
    public static readonly ImmutableArray<(TypeModifiers Modifier, string Word)> All = ImmutableArray.Create(
        (TypeModifiers.Public, "public"),
        (TypeModifiers.Internal, "internal"),
        (TypeModifiers.Static, "static"),
        (TypeModifiers.Abstract, "abstract"),
        (TypeModifiers.Sealed, "sealed"),
        (TypeModifiers.Readonly, "readonly"),
        (TypeModifiers.Partial, "partial"),
        (TypeModifiers.Record, "record"));

    public static TypeModifiers Parse(string word)
    {
        foreach (var (modifier, text) in All)
        {
            if (string.Equals(text, word, StringComparison.OrdinalIgnoreCase))
            {
                return modifier;
            }
        }

        return TypeModifiers.None;
    }

    /// <summary>The word of one modifier.</summary>
    public static string Word(TypeModifiers modifier) => All.First(m => m.Modifier == modifier).Word;

    /// <summary>The words of a set of modifiers, in C#'s usual order.</summary>
    public static List<string> Words(TypeModifiers modifiers) =>
        All.Where(m => (modifiers & m.Modifier) != 0).Select(m => m.Word).ToList();
}

/// <summary>
/// A pattern of a type's full name without generic arity (<c>Contoso.Domain.IRepository</c>, <c>**.IRepository</c>):
/// namespace and containing types, then the name, dot-separated, matched as namespace patterns are. A pattern
/// without a dot is a simple name in any namespace (<c>IRepository</c> is <c>**.IRepository</c>); a generic suffix
/// (<c>IRepository&lt;T&gt;</c>, <c>IRepository`1</c>) is ignored.
/// </summary>
internal sealed class FullNamePattern
{
    private const string AnySegments = "**";

    private readonly NamespacePattern _pattern;

    /// <summary>The pattern of the simple name (the last segment): <c>**</c> when any name matches.</summary>
    private readonly string _lastSegment;

    private FullNamePattern(string text, NamespacePattern pattern, string lastSegment)
    {
        Text = text;
        _pattern = pattern;
        _lastSegment = lastSegment;
    }

    public string Text { get; }

    public static bool TryParse(string text, out FullNamePattern? pattern, out string error)
    {
        pattern = null;
        var name = text;
        var generic = name.IndexOfAny(new[] { '<', '`' });
        if (generic > 0)
        {
            name = name.Substring(0, generic);
        }

        if (name.IndexOf('-') >= 0)
        {
            error = "'-' cannot appear in a type name; use name characters, '*' and '**'";
            return false;
        }

        if (!NamespacePattern.TryParse(name.IndexOf('.') < 0 ? "**." + name : name, allowCapture: false, out var parsed, out error))
        {
            return false;
        }

        pattern = new FullNamePattern(text, parsed!, name.Substring(name.LastIndexOf('.') + 1));
        return true;
    }

    /// <summary>Whether the full name, given as its segments (namespace, containing types, name), matches.</summary>
    public bool Matches(string[] segments) => _pattern.Matches(segments);

    /// <summary>Whether a type with this simple name (without generic arity) may match, whatever its namespace.</summary>
    public bool MayMatchName(string simpleName) => _lastSegment == AnySegments || NamespacePattern.WildcardMatches(_lastSegment, simpleName);

    public override string ToString() => Text;
}

/// <summary>The <c>where_*</c> keys of a convention; null where the key is not given. All given must hold.</summary>
/// <param name="Names">Simple-name patterns.</param>
/// <param name="Namespaces">Namespace patterns.</param>
/// <param name="Layers">Layer names (only declared ones; empty selects nothing).</param>
/// <param name="Implements">Interfaces the type implements, directly or through a base class or another interface.</param>
/// <param name="Inherits">Base classes, direct or indirect.</param>
/// <param name="Attributes">Attributes applied to the type (the <c>Attribute</c> suffix optional).</param>
/// <param name="Kinds">Kinds of type.</param>
internal sealed record ConventionSelector(
    ImmutableArray<NamePattern>? Names,
    ImmutableArray<NamespacePattern>? Namespaces,
    ImmutableArray<string>? Layers,
    ImmutableArray<FullNamePattern>? Implements,
    ImmutableArray<FullNamePattern>? Inherits,
    ImmutableArray<FullNamePattern>? Attributes,
    TypeKinds? Kinds);

/// <param name="Name">The convention's name, from its <c>[convention name]</c> header.</param>
/// <param name="Where">Which types it is about.</param>
/// <param name="RequiredNames">The <c>name</c> key: the simple name must match one of these (HAR3001), or null.</param>
/// <param name="RequiredLayers">The <c>layer</c> key: the type must be in one of these layers (HAR3002), or null.</param>
/// <param name="RequiredNamespaces">The <c>namespace</c> key: its namespace must match one of these (HAR3002), or null.</param>
/// <param name="Modifiers">The <c>modifiers</c> key: the type must have all of these (HAR3003).</param>
/// <param name="ForbiddenModifiers">The <c>forbidden_modifiers</c> key: the type must have none of these (HAR3003).</param>
/// <param name="Because">Its <c>because</c> reason, quoted by messages, or null.</param>
/// <param name="Declaration">Its header, where a convention that selects nothing is reported (HAR1005).</param>
/// <param name="KeyLines">The line of each key given: messages name the file of the key that was broken.</param>
internal sealed record ConventionRule(
    string Name,
    ConventionSelector Where,
    ImmutableArray<NamePattern>? RequiredNames,
    ImmutableArray<string>? RequiredLayers,
    ImmutableArray<NamespacePattern>? RequiredNamespaces,
    TypeModifiers Modifiers,
    TypeModifiers ForbiddenModifiers,
    string? Because,
    RuleSpan Declaration,
    ImmutableDictionary<string, RuleSpan> KeyLines)
{
    /// <summary>The line that set a key, or the header when the key is absent.</summary>
    public RuleSpan LineOf(string key) => KeyLines.TryGetValue(key, out var line) ? line : Declaration;
}
