using System.Collections.Immutable;

namespace Harness.Analyzers.Configuration;

/// <summary>A may_use list: layer or module names; empty for <c>nothing</c>.</summary>
internal sealed record NameList(ImmutableArray<string> Names);
