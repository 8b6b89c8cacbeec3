using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Harness.Analyzers.Configuration;

/// <summary>
/// The architecture rules of one compilation in the form the use-site checks need: layer membership, the allowed
/// directions as a matrix, the groups of layers that may use each other in a cycle, and bans by scope.
/// </summary>
internal sealed class ArchitectureModel
{
    private readonly ConcurrentDictionary<string, NamespaceFacts> _namespaces = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool[]> _assemblies = new(StringComparer.Ordinal);
    private readonly bool[,] _mayUse;
    private readonly int[] _cycleGroup;

    public ArchitectureModel(HarnessRules rules, string assemblyName)
    {
        Rules = rules;
        AssemblyName = assemblyName;
        Layers = rules.Layers;
        HasExternalRules = Layers.Any(layer => layer.External is not null);
        _mayUse = BuildMayUse(Layers);
        _cycleGroup = StronglyConnected.Components(Layers.Length, (from, to) => from != to && _mayUse[from, to]);
        BansByScope = Enumerable.Range(0, Layers.Length + 1)
            .Select(scope => (IReadOnlyDictionary<string, BanRule>)rules.Bans
                .Where(ban => scope == 0 ? ban.Scope == BanRule.AllCode : string.Equals(ban.Scope, Layers[scope - 1].Name, StringComparison.OrdinalIgnoreCase))
                .GroupBy(ban => ban.SymbolId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal))
            .ToImmutableArray();
    }

    public HarnessRules Rules { get; }

    public string AssemblyName { get; }

    public ImmutableArray<LayerRule> Layers { get; }

    public ImmutableArray<ModulesRule> Modules => Rules.Modules;

    /// <summary>Whether some layer has an <c>external</c> list: then types in no layer can matter too (HAR1006).</summary>
    public bool HasExternalRules { get; }

    /// <summary>Index 0: bans for all code (<c>[ban *]</c>); index 1 + i: bans for layer i.</summary>
    public ImmutableArray<IReadOnlyDictionary<string, BanRule>> BansByScope { get; }

    public static int BanScopeOf(int layer) => layer + 1;

    public NamespaceFacts FactsOf(string namespaceName) => _namespaces.GetOrAdd(namespaceName, CreateFacts);

    /// <summary>The first layer, in rule order, whose namespace or assembly patterns match; -1 for none.</summary>
    public int LayerOf(NamespaceFacts facts, string? assemblyName)
    {
        var byAssembly = assemblyName is null ? null : _assemblies.GetOrAdd(assemblyName, MatchAssembly);
        for (var layer = 0; layer < Layers.Length; layer++)
        {
            if (facts.MatchesLayerNamespaces[layer] || (byAssembly is not null && byAssembly[layer]))
            {
                return layer;
            }
        }

        return -1;
    }

    public bool MatchesAnyAssemblyPattern(string assemblyName) => Array.IndexOf(_assemblies.GetOrAdd(assemblyName, MatchAssembly), true) >= 0;

    public bool MayUse(int from, int to) => _mayUse[from, to];

    /// <summary>Whether the rules let these two layers use each other, directly or through others: only then can code form a cycle without breaking a direction rule.</summary>
    public bool CanFormCycle(int a, int b) => a != b && _cycleGroup[a] == _cycleGroup[b];

    private static bool[,] BuildMayUse(ImmutableArray<LayerRule> layers)
    {
        var mayUse = new bool[layers.Length, layers.Length];
        for (var from = 0; from < layers.Length; from++)
        {
            for (var to = 0; to < layers.Length; to++)
            {
                mayUse[from, to] = from == to || layers[from].MayUse is not { } allowed || allowed.Contains(layers[to].Name);
            }
        }

        return mayUse;
    }

    private NamespaceFacts CreateFacts(string name)
    {
        var segments = NamespaceName.Split(name);
        var layers = new bool[Layers.Length];
        for (var layer = 0; layer < layers.Length; layer++)
        {
            layers[layer] = NamespaceName.AnyMatches(Layers[layer].Namespaces, segments);
        }

        var modules = new string?[Modules.Length];
        for (var rule = 0; rule < modules.Length; rule++)
        {
            modules[rule] = Modules[rule].Pattern.TryMatchModule(segments, out var module) ? module : null;
        }

        // Matched once per namespace of the compilation, so a type in no layer costs one lookup per use.
        var external = new bool[Layers.Length];
        for (var layer = 0; layer < external.Length; layer++)
        {
            external[layer] = Layers[layer].External is not { } rule || NamespaceName.AnyMatches(rule.Patterns, segments);
        }

        return new NamespaceFacts(name, segments, layers, modules, external);
    }

    private bool[] MatchAssembly(string assemblyName)
    {
        var segments = NamespaceName.Split(assemblyName);
        return Layers.Select(layer => NamespaceName.AnyMatches(layer.Assemblies, segments)).ToArray();
    }
}
