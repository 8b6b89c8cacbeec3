using System.Collections.Immutable;

namespace Harness.Analyzers.Configuration;

/// <summary>The <c>where_*</c> keys of a convention; null where the key is not given. All given must hold.</summary>
/// <param name="Names">Simple-name patterns.</param>
/// <param name="Namespaces">Namespace patterns.</param>
/// <param name="Layers">Layer names (only declared ones; empty selects nothing).</param>
/// <param name="Implements">Interfaces the type implements, directly or through a base class or another interface.</param>
/// <param name="Inherits">Base classes, direct or indirect.</param>
/// <param name="Attributes">Attributes applied to the type (the <c>Attribute</c> suffix optional).</param>
/// <param name="Kinds">Kinds of type.</param>
internal sealed record ConventionSelector(
    ImmutableArray<NamePattern>? Names,
    ImmutableArray<NamespacePattern>? Namespaces,
    ImmutableArray<string>? Layers,
    ImmutableArray<FullNamePattern>? Implements,
    ImmutableArray<FullNamePattern>? Inherits,
    ImmutableArray<FullNamePattern>? Attributes,
    TypeKinds? Kinds);
