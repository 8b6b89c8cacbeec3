using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Harness.Analyzers.Configuration;

/// <summary><c>[layer NAME]</c>: the types a layer holds and the layers it may use (<see cref="LayerRule"/>).</summary>
internal sealed class LayerSection : SectionKind
{
    public static readonly LayerSection Instance = new();

    private LayerSection()
    {
    }

    public override string Keyword => "layer";

    public override ImmutableArray<SectionSchema.Key> Keys { get; } = ImmutableArray.Create(
        new SectionSchema.Key("namespaces", SectionSchema.ParseNamespacePatterns, IsPattern: true),
        new SectionSchema.Key("assemblies", SectionSchema.ParseNamespacePatterns, IsPattern: true),
        new SectionSchema.Key("may_use", SectionSchema.ParseMayUse),
        new SectionSchema.Key("because", SectionSchema.ParseText),
        new SectionSchema.Key(ExternalKey, ParseExternal, IsPattern: true));

    private const string ExternalKey = "external";

    /// <summary><c>nothing</c> mixed with patterns is an invalid value (HAR0004); a bad pattern is HAR0006, as for <c>namespaces</c>.</summary>
    public override EntryParse ParseEntry(string key, string value, string display)
    {
        if (string.Equals(key, ExternalKey, StringComparison.OrdinalIgnoreCase) && SaysNothing(value) && SectionSchema.SplitList(value).Count() > 1)
        {
            return EntryParse.Rejected(ExternalKey, Descriptors.InvalidValue, value, ExternalKey, display, "expected 'nothing' or a comma-separated list of namespace patterns, not both");
        }

        return base.ParseEntry(key, value, display);
    }

    public override HarnessRules Build(HarnessRules rules, IReadOnlyList<MergedSection> sections, RulesBuild build)
    {
        var layers = ImmutableArray.CreateBuilder<LayerRule>();
        foreach (var section in sections)
        {
            var namespaces = section.Get<ImmutableArray<NamespacePattern>?>("namespaces");
            var assemblies = section.Get<ImmutableArray<NamespacePattern>?>("assemblies");
            if (namespaces is null && assemblies is null)
            {
                build.ReportMissing(section, "namespaces' or 'assemblies", "namespaces", "assemblies");
                continue;
            }

            var mayUse = section.Get<NameList>("may_use");
            var external = section.Get<ImmutableArray<NamespacePattern>?>(ExternalKey);
            layers.Add(new LayerRule(
                section.Name,
                namespaces ?? ImmutableArray<NamespacePattern>.Empty,
                assemblies ?? ImmutableArray<NamespacePattern>.Empty,
                mayUse?.Names.ToImmutableHashSet(StringComparer.OrdinalIgnoreCase),
                mayUse is null ? "anything" : mayUse.Names.IsEmpty ? "nothing" : string.Join(", ", mayUse.Names),
                section.Get<string>("because"),
                section.SpanOf("may_use") ?? section.Header,
                section.SpanOf("namespaces") ?? section.SpanOf("assemblies") ?? section.Header)
            {
                External = external is { } patterns
                    ? new ExternalRule(patterns, patterns.IsEmpty ? "nothing" : string.Join(", ", patterns.Select(p => p.Text)), section.SpanOf(ExternalKey)!)
                    : null,
            });
        }

        var declared = layers.ToImmutable();
        return rules with { Layers = declared.Select(layer => WithKnownMayUse(layer, declared, build)).ToImmutableArray() };
    }

    /// <summary>The <c>external</c> value: <c>nothing</c> (no patterns) or namespace patterns.</summary>
    private static object? ParseExternal(string value, out string error)
    {
        if (SaysNothing(value))
        {
            error = string.Empty;
            return ImmutableArray<NamespacePattern>.Empty;
        }

        return SectionSchema.ParseNamespacePatterns(value, out error);
    }

    private static bool SaysNothing(string value) =>
        SectionSchema.SplitList(value).Any(item => string.Equals(item, "nothing", StringComparison.OrdinalIgnoreCase));

    /// <summary>A <c>may_use</c> name that no file declares is reported (HAR0005) and dropped.</summary>
    private static LayerRule WithKnownMayUse(LayerRule layer, ImmutableArray<LayerRule> layers, RulesBuild build)
    {
        if (layer.MayUse is null)
        {
            return layer;
        }

        var unknown = layer.MayUse.Where(name => !HarnessRules.IsLayer(layers, name)).OrderBy(name => name, StringComparer.Ordinal).ToList();
        foreach (var name in unknown)
        {
            build.ReportUnknownLayer(layer.Declaration, $"may_use of [layer {layer.Name}]", name, layers);
        }

        return unknown.Count == 0 ? layer : layer with { MayUse = layer.MayUse.Except(unknown) };
    }
}
