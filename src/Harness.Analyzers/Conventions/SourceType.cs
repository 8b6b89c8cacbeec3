using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Conventions;

/// <summary>
/// A type declared in source: the name of its first declaration, where its findings are reported, and what its
/// declarations' syntax says, so that selectors need not bind a type whose declarations cannot satisfy them: whether
/// any has a base list, and the simple names of the attributes they apply (<c>Serializable</c> for
/// <c>[System.Serializable]</c>; null when one is an alias of a using directive, so it could be any attribute).
/// </summary>
internal sealed record SourceType(INamedTypeSymbol Symbol, Location Location, bool HasBaseList, ImmutableArray<string>? AttributeNames);
