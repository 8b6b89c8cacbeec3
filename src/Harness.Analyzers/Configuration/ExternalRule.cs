using System.Collections.Immutable;

namespace Harness.Analyzers.Configuration;

/// <param name="Patterns">Namespace patterns of the types in no layer that the layer may use; empty for <c>nothing</c>.</param>
/// <param name="Text">The list as messages quote it: <c>nothing</c> or the patterns.</param>
/// <param name="Declaration">The line of the <c>external</c> key.</param>
internal sealed record ExternalRule(ImmutableArray<NamespacePattern> Patterns, string Text, RuleSpan Declaration);
