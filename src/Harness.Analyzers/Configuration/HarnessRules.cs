using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Configuration;

/// <summary>Where a rule was written: the file (for messages) and the span of its line (for locations).</summary>
internal sealed record RuleOrigin(string Path, SourceText Text)
{
    public string FileName => System.IO.Path.GetFileName(Path);

    public Location LocationOf(TextSpan span) => Location.Create(Path, span, Text.Lines.GetLinePositionSpan(span));
}

internal sealed record RuleSpan(RuleOrigin Origin, TextSpan Span)
{
    public Location Location => Origin.LocationOf(Span);
}

/// <param name="Name">The layer's name, from its <c>[layer name]</c> header.</param>
/// <param name="Namespaces">Its <c>namespaces</c> patterns: the types whose namespace matches belong to it.</param>
/// <param name="Assemblies">Its <c>assemblies</c> patterns: the types of a matching assembly belong to it.</param>
/// <param name="MayUse">The layers this one may use, or null when it is unrestricted.</param>
/// <param name="MayUseText">The may_use value as messages quote it: <c>nothing</c> or the names.</param>
/// <param name="Declaration">The line that decides the rule: its may_use line, else its header.</param>
/// <param name="Because">Its <c>because</c> reason, quoted by messages, or null.</param>
/// <param name="Patterns">The line of its namespaces (else assemblies) patterns: what decides which types it holds.</param>
internal sealed record LayerRule(
    string Name,
    ImmutableArray<NamespacePattern> Namespaces,
    ImmutableArray<NamespacePattern> Assemblies,
    ImmutableHashSet<string>? MayUse,
    string MayUseText,
    string? Because,
    RuleSpan Declaration,
    RuleSpan Patterns)
{
    /// <summary>Its <c>external</c> key: the types in no layer it may use, or null when they are unconstrained (HAR1006).</summary>
    public ExternalRule? External { get; init; }
}

/// <param name="Patterns">Namespace patterns of the types in no layer that the layer may use; empty for <c>nothing</c>.</param>
/// <param name="Text">The list as messages quote it: <c>nothing</c> or the patterns.</param>
/// <param name="Declaration">The line of the <c>external</c> key.</param>
internal sealed record ExternalRule(ImmutableArray<NamespacePattern> Patterns, string Text, RuleSpan Declaration);

internal sealed record ModulesRule(string Name, NamespacePattern Pattern, ImmutableHashSet<string> MayUse, string? Because, RuleSpan Declaration);

/// <param name="Scope">A layer name, or <c>*</c> for all code.</param>
/// <param name="SymbolId">The banned symbol's documentation ID (<c>T:</c>, <c>M:</c>, <c>P:</c>, <c>N:</c>...).</param>
/// <param name="Reason">The reason written after the <c>=</c>, quoted by messages.</param>
/// <param name="Declaration">The line of the ban.</param>
internal sealed record BanRule(string Scope, string SymbolId, string Reason, RuleSpan Declaration)
{
    public const string AllCode = "*";
}

/// <param name="MinTokens">The <c>min_tokens</c> key: the fewest normalised tokens a body or block must have to be compared.</param>
/// <param name="Similarity">The <c>similarity</c> key: the lowest similarity (0 to 1) reported as a near-duplicate.</param>
/// <param name="Exclude">The <c>exclude</c> key: globs of file paths the redundancy rules skip.</param>
/// <param name="VersionedSuffixes">The <c>versioned_suffixes</c> key: name endings that mark a rewrite left beside its original.</param>
/// <param name="BranchStatements">
/// The fewest statements a branch must have for HAR2004 to compare it: one-statement branches are how lookup tables
/// are written, and their equal entries are correct. At 1, short switch arms are compared too.
/// </param>
/// <param name="BlockStatements">
/// The fewest statements a duplicated block (HAR2003) must have: read on real code, repeated runs of one or two
/// statements were never worth extracting (0 of 20).
/// </param>
/// <param name="ChangedBlockStatements">
/// The fewest statements a duplicated block must have when its copies differ in a literal value: shorter ones say
/// something of their own (a message, a keyword written out, an offset); read on real code, 12 of 13 such were not
/// worth extracting.
/// </param>
internal sealed record RedundancySettings(
    int MinTokens, double Similarity, ImmutableArray<string> Exclude, ImmutableArray<string> VersionedSuffixes, int BranchStatements, int BlockStatements, int ChangedBlockStatements)
{
    public static readonly RedundancySettings Default = new(
        40,
        0.80,
        ImmutableArray<string>.Empty,
        ImmutableArray.Create("V2", "V3", "New", "Old", "Copy", "Backup", "Refactored", "Improved", "Updated", "Fixed", "Temp", "2"),
        2,
        3,
        6);
}

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
