using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Configuration;

/// <summary>
/// Merges rules files in precedence order (lowest first): a later file overrides a key of the same section, list
/// values are replaced, and [ban] entries merge per symbol. Then each section kind, in the order of
/// <see cref="SectionKinds.All"/>, builds its settings and checks what only the merged view can tell (missing
/// required keys, names of layers that no file declares).
/// </summary>
internal sealed class RulesMerger
{
    private readonly Dictionary<(SectionKind Kind, string Name), MergedSection> _sections = new(SectionKeyComparer.Instance);
    private readonly List<MergedSection> _order = new();
    private readonly RulesBuild _build = new();

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
            _build.Report(Diagnostic.Create(problem.Descriptor, origin.LocationOf(problem.Span), problem.Args));
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
        var rules = HarnessRules.None;
        foreach (var kind in SectionKinds.All)
        {
            rules = kind.Build(rules, _order.Where(s => s.Kind == kind).ToList(), _build);
        }

        return rules with { Problems = _build.Problems };
    }

    /// <summary>Section names are case-insensitive like keys; a ban scope of a layer follows the layer's name.</summary>
    private sealed class SectionKeyComparer : IEqualityComparer<(SectionKind Kind, string Name)>
    {
        public static readonly SectionKeyComparer Instance = new();

        public bool Equals((SectionKind Kind, string Name) x, (SectionKind Kind, string Name) y) =>
            x.Kind == y.Kind && StringComparer.OrdinalIgnoreCase.Equals(x.Name, y.Name);

        public int GetHashCode((SectionKind Kind, string Name) obj) =>
            (obj.Kind.GetHashCode() * 397) ^ StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Name);
    }
}
