using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Conventions;

/// <summary>
/// A type declared in source: the name of its first declaration, where its findings are reported, and whether any of
/// its declarations has a base list or attribute lists (read from syntax, so that selectors need not bind a type whose
/// declarations cannot satisfy them).
/// </summary>
internal sealed record SourceType(INamedTypeSymbol Symbol, Location Location, bool HasBaseList, bool HasAttributeLists);
