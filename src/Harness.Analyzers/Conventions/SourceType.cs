using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Conventions;

/// <summary>A type declared in source, and the name of its first declaration, where its findings are reported.</summary>
internal sealed record SourceType(INamedTypeSymbol Symbol, Location Location);
