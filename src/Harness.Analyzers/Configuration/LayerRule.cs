using System.Collections.Immutable;

namespace Harness.Analyzers.Configuration;

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
