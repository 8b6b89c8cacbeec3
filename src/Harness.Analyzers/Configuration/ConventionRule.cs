using System.Collections.Immutable;

namespace Harness.Analyzers.Configuration;

/// <summary>One <c>[convention NAME]</c> section: which types it selects and what they must satisfy.</summary>
/// <param name="Name">The convention's name, from its <c>[convention name]</c> header.</param>
/// <param name="Where">Which types it is about.</param>
/// <param name="RequiredNames">The <c>name</c> key: the simple name must match one of these (HAR3001), or null.</param>
/// <param name="RequiredLayers">The <c>layer</c> key: the type must be in one of these layers (HAR3002), or null.</param>
/// <param name="RequiredNamespaces">The <c>namespace</c> key: its namespace must match one of these (HAR3002), or null.</param>
/// <param name="Modifiers">The <c>modifiers</c> key: the type must have all of these (HAR3003).</param>
/// <param name="ForbiddenModifiers">The <c>forbidden_modifiers</c> key: the type must have none of these (HAR3003).</param>
/// <param name="Because">Its <c>because</c> reason, quoted by messages, or null.</param>
/// <param name="Declaration">Its header, where a convention that selects nothing is reported (HAR1005).</param>
/// <param name="KeyLines">The line of each key given: messages name the file of the key that was broken.</param>
internal sealed record ConventionRule(
    string Name,
    ConventionSelector Where,
    ImmutableArray<NamePattern>? RequiredNames,
    ImmutableArray<string>? RequiredLayers,
    ImmutableArray<NamespacePattern>? RequiredNamespaces,
    TypeModifiers Modifiers,
    TypeModifiers ForbiddenModifiers,
    string? Because,
    RuleSpan Declaration,
    ImmutableDictionary<string, RuleSpan> KeyLines)
{
    /// <summary>The line that set a key, or the header when the key is absent.</summary>
    public RuleSpan LineOf(string key) => KeyLines.TryGetValue(key, out var line) ? line : Declaration;
}
