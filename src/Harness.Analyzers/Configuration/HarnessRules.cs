using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Configuration;

/// <summary>The rules in force for one project: every rules file it sees, merged by precedence.</summary>
internal sealed record HarnessRules(
    ImmutableArray<LayerRule> Layers,
    ImmutableArray<ModulesRule> Modules,
    ImmutableArray<BanRule> Bans,
    RedundancySettings Redundancy,
    ImmutableArray<Diagnostic> Problems)
{
    public static readonly HarnessRules None = new(
        ImmutableArray<LayerRule>.Empty,
        ImmutableArray<ModulesRule>.Empty,
        ImmutableArray<BanRule>.Empty,
        RedundancySettings.Default,
        ImmutableArray<Diagnostic>.Empty);

    public bool HasArchitectureRules => !Layers.IsEmpty || !Modules.IsEmpty || !Bans.IsEmpty;
}
