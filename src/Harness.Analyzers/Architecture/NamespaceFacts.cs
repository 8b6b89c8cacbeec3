using System;

namespace Harness.Analyzers.Architecture;

/// <summary>What the rules say of one namespace: which layer patterns and which modules match it. Cached per name.</summary>
internal sealed class NamespaceFacts
{
    public NamespaceFacts(string name, string[] segments, bool[] matchesLayerNamespaces, string?[] modules)
    {
        Name = name;
        Segments = segments;
        MatchesLayerNamespaces = matchesLayerNamespaces;
        Modules = modules;
    }

    public string Name { get; }

    public string[] Segments { get; }

    /// <summary>Per layer, in rule order: whether one of its <c>namespaces</c> patterns matches.</summary>
    public bool[] MatchesLayerNamespaces { get; }

    /// <summary>Per [modules] rule: the module this namespace belongs to, or null.</summary>
    public string?[] Modules { get; }

    public bool IsInAnyModule => Array.Exists(Modules, m => m is not null);
}
