using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Configuration;

/// <summary>
/// Merges rules files in precedence order (lowest first): a later file overrides a key of the same section, list
/// values are replaced, and [ban] entries merge per symbol. Then checks what only the merged view can tell:
/// missing required keys and names of layers that no file declares.
/// </summary>
internal sealed class RulesMerger
{
    private readonly Dictionary<(SectionKind Kind, string Name), MergedSection> _sections = new(SectionKeyComparer.Instance);
    private readonly List<MergedSection> _order = new();
    private readonly List<Diagnostic> _problems = new();

    private RulesMerger()
    {
    }

    public static HarnessRules Merge(IEnumerable<(RuleOrigin Origin, RulesDocument Document)> files)
    {
        var merger = new RulesMerger();
        foreach (var (origin, document) in files)
        {
            merger.Add(origin, document);
        }

        return merger.Build();
    }

    private void Add(RuleOrigin origin, RulesDocument document)
    {
        foreach (var problem in document.Problems)
        {
            _problems.Add(Diagnostic.Create(problem.Descriptor, origin.LocationOf(problem.Span), problem.Args));
        }

        foreach (var section in document.Sections)
        {
            if (!_sections.TryGetValue((section.Kind, section.Name), out var merged))
            {
                merged = new MergedSection(section.Kind, section.Name, new RuleSpan(origin, section.HeaderSpan));
                _sections.Add((section.Kind, section.Name), merged);
                _order.Add(merged);
            }

            foreach (var entry in section.Entries)
            {
                merged.Values[entry.Key] = (entry.Value, new RuleSpan(origin, entry.Span));
            }

            merged.RejectedKeys.UnionWith(section.RejectedKeys);
        }
    }

    private HarnessRules Build()
    {
        var layers = BuildLayers();
        var layerNames = layers.Select(l => l.Name).ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);
        layers = layers.Select(layer => WithKnownMayUse(layer, layerNames)).ToImmutableArray();
        return new HarnessRules(layers, BuildModules(), BuildBans(layerNames), BuildRedundancy(), _problems.ToImmutableArray());
    }

    private ImmutableArray<LayerRule> BuildLayers()
    {
        var layers = ImmutableArray.CreateBuilder<LayerRule>();
        foreach (var section in SectionsOf(SectionKind.Layer))
        {
            var namespaces = section.Get<ImmutableArray<NamespacePattern>?>("namespaces");
            var assemblies = section.Get<ImmutableArray<NamespacePattern>?>("assemblies");
            if (namespaces is null && assemblies is null)
            {
                ReportMissing(section, "namespaces' or 'assemblies", "namespaces", "assemblies");
                continue;
            }

            var mayUse = section.Get<NameList>("may_use");
            layers.Add(new LayerRule(
                section.Name,
                namespaces ?? ImmutableArray<NamespacePattern>.Empty,
                assemblies ?? ImmutableArray<NamespacePattern>.Empty,
                mayUse?.Names.ToImmutableHashSet(StringComparer.OrdinalIgnoreCase),
                mayUse is null ? "anything" : mayUse.Names.IsEmpty ? "nothing" : string.Join(", ", mayUse.Names),
                section.Get<string>("because"),
                section.SpanOf("may_use") ?? section.Header,
                section.SpanOf("namespaces") ?? section.SpanOf("assemblies") ?? section.Header));
        }

        return layers.ToImmutable();
    }

    private LayerRule WithKnownMayUse(LayerRule layer, ImmutableHashSet<string> layerNames)
    {
        if (layer.MayUse is null)
        {
            return layer;
        }

        var unknown = layer.MayUse.Where(name => !layerNames.Contains(name)).OrderBy(name => name, StringComparer.Ordinal).ToList();
        foreach (var name in unknown)
        {
            ReportUnknownLayer(layer.Declaration, $"may_use of [layer {layer.Name}]", name, layerNames);
        }

        return unknown.Count == 0 ? layer : layer with { MayUse = layer.MayUse.Except(unknown) };
    }

    private ImmutableArray<ModulesRule> BuildModules()
    {
        var modules = ImmutableArray.CreateBuilder<ModulesRule>();
        foreach (var section in SectionsOf(SectionKind.Modules))
        {
            var pattern = section.Get<ImmutableArray<NamespacePattern>?>("namespaces");
            if (pattern is null)
            {
                ReportMissing(section, "namespaces", "namespaces");
                continue;
            }

            var mayUse = section.Get<NameList>("may_use")?.Names ?? ImmutableArray<string>.Empty;
            modules.Add(new ModulesRule(
                section.Name,
                pattern.Value[0],
                mayUse.ToImmutableHashSet(StringComparer.Ordinal),
                section.Get<string>("because"),
                section.SpanOf("namespaces")!));
        }

        return modules.ToImmutable();
    }

    private ImmutableArray<BanRule> BuildBans(ImmutableHashSet<string> layerNames)
    {
        var bans = ImmutableArray.CreateBuilder<BanRule>();
        foreach (var section in SectionsOf(SectionKind.Ban))
        {
            if (section.Name != BanRule.AllCode && !layerNames.Contains(section.Name))
            {
                ReportUnknownLayer(section.Header, $"[ban {section.Name}]", section.Name, layerNames);
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

        return bans.ToImmutable();
    }

    private RedundancySettings BuildRedundancy()
    {
        var settings = RedundancySettings.Default;
        foreach (var section in SectionsOf(SectionKind.Redundancy))
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

        return settings;
    }

    private IEnumerable<MergedSection> SectionsOf(SectionKind kind) => _order.Where(s => s.Kind == kind);

    /// <summary>A section without a required key is ignored; it is reported unless a rejected value for the key already was.</summary>
    private void ReportMissing(MergedSection section, string key, params string[] keys)
    {
        if (!keys.Any(section.RejectedKeys.Contains))
        {
            _problems.Add(Diagnostic.Create(Descriptors.MissingKey, section.Header.Location, RulesSection.DisplayOf(section.Kind, section.Name), key));
        }
    }

    private void ReportUnknownLayer(RuleSpan at, string where, string name, ImmutableHashSet<string> layerNames)
    {
        var declared = layerNames.IsEmpty ? "none" : string.Join(", ", layerNames.OrderBy(n => n, StringComparer.Ordinal));
        _problems.Add(Diagnostic.Create(Descriptors.UnknownLayer, at.Location, where, name, declared));
    }

    private sealed class MergedSection
    {
        public MergedSection(SectionKind kind, string name, RuleSpan header)
        {
            Kind = kind;
            Name = name;
            Header = header;
        }

        public SectionKind Kind { get; }

        public string Name { get; }

        public RuleSpan Header { get; }

        /// <summary>Key to value and the line it came from; ban keys are symbols, so the comparison is ordinal.</summary>
        public Dictionary<string, (object Value, RuleSpan Span)> Values { get; } = new(StringComparer.Ordinal);

        public HashSet<string> RejectedKeys { get; } = new(StringComparer.Ordinal);

        public T? Get<T>(string key) => Values.TryGetValue(key, out var value) ? (T)value.Value : default;

        public RuleSpan? SpanOf(string key) => Values.TryGetValue(key, out var value) ? value.Span : null;
    }

    /// <summary>Section names are case-insensitive like keys; a ban scope of a layer follows the layer's name.</summary>
    private sealed class SectionKeyComparer : IEqualityComparer<(SectionKind Kind, string Name)>
    {
        public static readonly SectionKeyComparer Instance = new();

        public bool Equals((SectionKind Kind, string Name) x, (SectionKind Kind, string Name) y) =>
            x.Kind == y.Kind && StringComparer.OrdinalIgnoreCase.Equals(x.Name, y.Name);

        public int GetHashCode((SectionKind Kind, string Name) obj) =>
            ((int)obj.Kind * 397) ^ StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Name);
    }
}
