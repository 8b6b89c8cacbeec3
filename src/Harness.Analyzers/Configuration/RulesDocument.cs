using System.Collections.Immutable;

namespace Harness.Analyzers.Configuration;

/// <summary>One rules file, parsed and checked on its own; cross-file checks happen when files are merged.</summary>
internal sealed record RulesDocument(bool? Root, ImmutableArray<RulesSection> Sections, ImmutableArray<RulesProblem> Problems);
