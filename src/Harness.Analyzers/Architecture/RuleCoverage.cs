using System.Collections.Generic;
using Harness.Analyzers.Configuration;

namespace Harness.Analyzers.Architecture;

/// <summary>Which layers, modules rules and bans matched something the compilation can see.</summary>
internal sealed class RuleCoverage
{
    public RuleCoverage(ArchitectureModel model)
    {
        Layers = new bool[model.Layers.Length];
        Modules = new bool[model.Modules.Length];
    }

    public bool[] Layers { get; }

    public bool[] Modules { get; }

    public HashSet<BanRule> Bans { get; } = new();
}
