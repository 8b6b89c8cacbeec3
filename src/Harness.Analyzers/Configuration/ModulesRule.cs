using System.Collections.Immutable;

namespace Harness.Analyzers.Configuration;

internal sealed record ModulesRule(string Name, NamespacePattern Pattern, ImmutableHashSet<string> MayUse, string? Because, RuleSpan Declaration);
