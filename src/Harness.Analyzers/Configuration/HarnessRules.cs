using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Configuration;

/// <summary>
/// The rules in force for one project: every rules file it sees, merged by precedence, once per compilation
/// (<see cref="HarnessRulesLoader"/>) and shared by every analyzer. Each <see cref="SectionKind"/> fills in its part.
/// </summary>
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

    /// <summary>The <c>[convention NAME]</c> sections, in the order they first appear (HAR3xxx).</summary>
    public ImmutableArray<ConventionRule> Conventions { get; init; } = ImmutableArray<ConventionRule>.Empty;

    public bool HasArchitectureRules => !Layers.IsEmpty || !Modules.IsEmpty || !Bans.IsEmpty;

    /// <summary>Whether one of these layers has this name; layer names compare case-insensitively.</summary>
    public static bool IsLayer(ImmutableArray<LayerRule> layers, string name)
    {
        foreach (var layer in layers)
        {
            if (string.Equals(layer.Name, name, System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
