using System;

namespace Harness.Analyzers.Configuration;

/// <summary>What the rules say of one namespace: which layer patterns and which modules match it. Cached per name.</summary>
internal sealed class NamespaceFacts
{
    public NamespaceFacts(string name, string[] segments, bool[] matchesLayerNamespaces, string?[] modules, bool[] matchesLayerExternal)
    {
        Name = name;
        Segments = segments;
        MatchesLayerNamespaces = matchesLayerNamespaces;
        Modules = modules;
        MatchesLayerExternal = matchesLayerExternal;
    }

    public string Name { get; }

    public string[] Segments { get; }

    /// <summary>Per layer, in rule order: whether one of its <c>namespaces</c> patterns matches.</summary>
    public bool[] MatchesLayerNamespaces { get; }

    /// <summary>Per [modules] rule: the module this namespace belongs to, or null.</summary>
    public string?[] Modules { get; }

    /// <summary>Per layer, in rule order: whether its <c>external</c> list lets it use types in no layer of this namespace (true when it has no list).</summary>
    public bool[] MatchesLayerExternal { get; }

    public bool IsInAnyModule => Array.Exists(Modules, m => m is not null);
}
