using System;
using System.Collections.Immutable;
using Harness.Analyzers.Configuration;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Conventions;

/// <summary>A type being judged, with what the conventions ask of it computed once: its namespace facts and layer.</summary>
internal sealed class ConventionType
{
    private readonly ArchitectureModel _model;
    private const string Suffix = "Attribute";

    private readonly SourceType? _source;
    private int _layer = int.MinValue;

    /// <summary>A type to judge; <paramref name="source"/> is what its declarations say, null for a referenced type.</summary>
    public ConventionType(INamedTypeSymbol symbol, NamespaceFacts ns, ArchitectureModel model, SourceType? source = null)
    {
        Symbol = symbol;
        Namespace = ns;
        _model = model;
        _source = source;
    }

    public INamedTypeSymbol Symbol { get; }

    public NamespaceFacts Namespace { get; }

    /// <summary>The layer it belongs to (by namespace, or by its assembly's name), or -1.</summary>
    public int Layer => _layer != int.MinValue ? _layer : _layer = _model.LayerOf(Namespace, Symbol.ContainingAssembly?.Name);

    /// <summary>
    /// Whether it may implement an interface. A class or struct that is not a record and has no base list in any of its
    /// declarations implements none (its base is object or ValueType), so its interfaces need not be bound; records,
    /// enums and delegates get theirs from the compiler or their base type.
    /// </summary>
    public bool MayImplementInterfaces =>
        _source is not { HasBaseList: false } || Symbol.IsRecord || Symbol.TypeKind is not (TypeKind.Class or TypeKind.Struct);

    /// <summary>
    /// Whether an attribute matching one of the patterns may be applied to it: a source type's attributes are named in
    /// its declarations, as the attribute class's simple name with or without the <c>Attribute</c> suffix.
    /// </summary>
    public bool MayHaveAttribute(ImmutableArray<FullNamePattern> patterns)
    {
        if (_source?.AttributeNames is not { } names)
        {
            return true;
        }

        foreach (var name in names)
        {
            foreach (var pattern in patterns)
            {
                if (pattern.MayMatchName(name) || pattern.MayMatchName(name + Suffix)
                    || (name.Length > Suffix.Length && name.EndsWith(Suffix, StringComparison.Ordinal) && pattern.MayMatchName(name.Substring(0, name.Length - Suffix.Length))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>How messages name it: <c>Contoso.Shop.Infrastructure.SqlOrders</c>, <c>Contoso.Repo&lt;T&gt;</c>.</summary>
    public string Display => Symbol.ToDisplayString();
}
