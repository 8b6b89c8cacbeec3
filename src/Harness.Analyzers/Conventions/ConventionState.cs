using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Harness.Analyzers.Configuration;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Conventions;

/// <summary>
/// Per-compilation state of the conventions analyzer: the conventions with their layer names resolved, the lookups
/// every type shares (namespace facts, full names of interfaces, base classes and attributes, cached by symbol).
/// </summary>
internal sealed class ConventionState
{
    private readonly ArchitectureModel _model;
    private readonly Compilation _compilation;
    private readonly bool[][] _selectedLayers;
    private readonly ConcurrentDictionary<INamespaceSymbol, NamespaceFacts> _namespaces = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, string[]> _fullNames = new(SymbolEqualityComparer.Default);

    public ConventionState(HarnessRules rules, Compilation compilation)
    {
        _model = new ArchitectureModel(rules, compilation.AssemblyName ?? string.Empty);
        _compilation = compilation;
        Conventions = rules.Conventions;
        _selectedLayers = new bool[Conventions.Length][];
        RequiredLayers = new bool[Conventions.Length][];
        for (var i = 0; i < Conventions.Length; i++)
        {
            _selectedLayers[i] = LayerMask(Conventions[i].Where.Layers);
            RequiredLayers[i] = LayerMask(Conventions[i].RequiredLayers);
        }

    }

    public ImmutableArray<ConventionRule> Conventions { get; }

    public ImmutableArray<LayerRule> Layers => _model.Layers;

    /// <summary>Per convention, per layer: whether its <c>layer</c> key allows that layer.</summary>
    public bool[][] RequiredLayers { get; }

    /// <summary>Judges one type of the compilation against every convention that selects it.</summary>
    public void Judge(SourceType type, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        ConventionType? facts = null;
        for (var i = 0; i < Conventions.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            facts ??= new ConventionType(type.Symbol, FactsOf(type.Symbol.ContainingNamespace), _model, type);
            if (!Selects(i, facts))
            {
                continue;
            }

            var convention = Conventions[i];
            NameConventionRule.Check(convention, facts, type.Location, report);
            PlacementConventionRule.Check(this, i, facts, type.Location, report);
            ModifierConventionRule.Check(convention, facts, type.Location, report);
        }
    }

    /// <summary>
    /// Whether each convention selects nothing: no type of the compilation's source, nor a public type of an assembly
    /// it references (a host project sees the types of the projects it references). Only for HAR1005, off by default.
    /// </summary>
    public Func<int, bool> SelectsNothing(SourceTypes types, CancellationToken cancellationToken)
    {
        var unmatched = new List<int>();
        for (var i = 0; i < Conventions.Length; i++)
        {
            unmatched.Add(i);
        }

        foreach (var type in types.All)
        {
            if (Match(type.Symbol, type, unmatched, cancellationToken))
            {
                return unmatched.Contains;
            }
        }

        foreach (var reference in _compilation.References)
        {
            if (_compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly
                && !SymbolEqualityComparer.Default.Equals(assembly, _compilation.Assembly)
                && MatchReferenced(assembly.GlobalNamespace, unmatched, cancellationToken))
            {
                break;
            }
        }

        return unmatched.Contains;
    }

    /// <summary>Whether a convention's <c>where_*</c> keys all hold for the type.</summary>
    public bool Selects(int convention, ConventionType type)
    {
        var where = Conventions[convention].Where;
        var symbol = type.Symbol;
        if (where.Kinds is { } kinds && !IsOfKind(symbol, kinds))
        {
            return false;
        }

        if (where.Names is { } names && !AnyMatches(names, symbol.Name))
        {
            return false;
        }

        if (where.Namespaces is { } namespaces && !NamespaceName.AnyMatches(namespaces, type.Namespace.Segments))
        {
            return false;
        }

        if (where.Layers is not null && (type.Layer < 0 || !_selectedLayers[convention][type.Layer]))
        {
            return false;
        }

        if (where.Implements is { } interfaces && (!type.MayImplementInterfaces || !Implements(symbol, interfaces)))
        {
            return false;
        }

        if (where.Inherits is { } bases && !Inherits(symbol, bases))
        {
            return false;
        }

        return where.Attributes is not { } attributes || (type.MayHaveAttribute(attributes) && HasAttribute(symbol, attributes));
    }

    public NamespaceFacts FactsOf(INamespaceSymbol? ns) =>
        ns is null ? _model.FactsOf(string.Empty) : _namespaces.GetOrAdd(ns, n => _model.FactsOf(n.IsGlobalNamespace ? string.Empty : n.ToDisplayString()));

    private static bool IsOfKind(INamedTypeSymbol type, TypeKinds kinds) =>
        ((kinds & TypeKinds.Class) != 0 && type.TypeKind == TypeKind.Class)
        || ((kinds & TypeKinds.Record) != 0 && type.IsRecord)
        || ((kinds & TypeKinds.Struct) != 0 && type.TypeKind == TypeKind.Struct)
        || ((kinds & TypeKinds.Interface) != 0 && type.TypeKind == TypeKind.Interface)
        || ((kinds & TypeKinds.Enum) != 0 && type.TypeKind == TypeKind.Enum)
        || ((kinds & TypeKinds.Delegate) != 0 && type.TypeKind == TypeKind.Delegate);

    private static bool AnyMatches(ImmutableArray<NamePattern> patterns, string name)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.Matches(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An interface the type implements, directly, through a base class or through another interface. Interfaces themselves implement nothing.</summary>
    private bool Implements(INamedTypeSymbol type, ImmutableArray<FullNamePattern> patterns)
    {
        if (type.TypeKind == TypeKind.Interface)
        {
            return false;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.TypeKind != TypeKind.Error && AnyMatches(patterns, FullNameOf(implemented)))
            {
                return true;
            }
        }

        return false;
    }

    private bool Inherits(INamedTypeSymbol type, ImmutableArray<FullNamePattern> patterns)
    {
        for (var baseType = DeclaredBaseOf(type); baseType is not null && baseType.TypeKind != TypeKind.Error; baseType = baseType.BaseType)
        {
            if (AnyMatches(patterns, FullNameOf(baseType)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The base class: a class's is bound from its base list; a struct's, an enum's and a delegate's is fixed, so their
    /// base lists (interfaces, an underlying type) are not bound for it; an interface has none.
    /// </summary>
    private INamedTypeSymbol? DeclaredBaseOf(INamedTypeSymbol type) => type.TypeKind switch
    {
        TypeKind.Class => type.BaseType,
        TypeKind.Struct => _compilation.GetSpecialType(SpecialType.System_ValueType),
        TypeKind.Enum => _compilation.GetSpecialType(SpecialType.System_Enum),
        TypeKind.Delegate => _compilation.GetSpecialType(SpecialType.System_MulticastDelegate),
        _ => null,
    };

    private bool HasAttribute(INamedTypeSymbol type, ImmutableArray<FullNamePattern> patterns)
    {
        const string Suffix = "Attribute";
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is not { TypeKind: not TypeKind.Error } attributeClass)
            {
                continue;
            }

            var name = FullNameOf(attributeClass);
            if (AnyMatches(patterns, name))
            {
                return true;
            }

            var last = name[name.Length - 1];
            if (last.Length > Suffix.Length && last.EndsWith(Suffix, StringComparison.Ordinal))
            {
                var shortened = (string[])name.Clone();
                shortened[shortened.Length - 1] = last.Substring(0, last.Length - Suffix.Length);
                if (AnyMatches(patterns, shortened))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool AnyMatches(ImmutableArray<FullNamePattern> patterns, string[] fullName)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.Matches(fullName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The segments of a type's full name without generic arity: namespace, containing types, name. Cached.</summary>
    private string[] FullNameOf(INamedTypeSymbol type) => _fullNames.GetOrAdd(type.OriginalDefinition, t =>
    {
        var names = new List<string>();
        for (INamedTypeSymbol? current = t; current is not null; current = current.ContainingType)
        {
            names.Add(current.Name);
        }

        names.Reverse();
        var ns = FactsOf(t.ContainingNamespace).Segments;
        var segments = new string[ns.Length + names.Count];
        ns.CopyTo(segments, 0);
        names.CopyTo(segments, ns.Length);
        return segments;
    });

    /// <summary>Selects, for the conventions not yet matched, the public types of a referenced assembly; true once none is left.</summary>
    private bool MatchReferenced(INamespaceSymbol ns, List<int> unmatched, CancellationToken cancellationToken)
    {
        foreach (var type in ns.GetTypeMembers())
        {
            if (MatchReferenced(type, unmatched, cancellationToken))
            {
                return true;
            }
        }

        foreach (var inner in ns.GetNamespaceMembers())
        {
            if (MatchReferenced(inner, unmatched, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private bool MatchReferenced(INamedTypeSymbol type, List<int> unmatched, CancellationToken cancellationToken)
    {
        if (type.DeclaredAccessibility != Accessibility.Public)
        {
            return false;
        }

        if (Match(type, null, unmatched, cancellationToken))
        {
            return true;
        }

        foreach (var nested in type.GetTypeMembers())
        {
            if (MatchReferenced(nested, unmatched, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Drops from <paramref name="unmatched"/> the conventions that select <paramref name="type"/>; true once none is left.</summary>
    private bool Match(INamedTypeSymbol type, SourceType? source, List<int> unmatched, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var facts = new ConventionType(type, FactsOf(type.ContainingNamespace), _model, source);
        for (var i = unmatched.Count - 1; i >= 0; i--)
        {
            if (Selects(unmatched[i], facts))
            {
                unmatched.RemoveAt(i);
            }
        }

        return unmatched.Count == 0;
    }

    private bool[] LayerMask(ImmutableArray<string>? names)
    {
        var mask = new bool[_model.Layers.Length];
        if (names is { } list)
        {
            for (var layer = 0; layer < mask.Length; layer++)
            {
                foreach (var name in list)
                {
                    mask[layer] |= string.Equals(name, _model.Layers[layer].Name, StringComparison.OrdinalIgnoreCase);
                }
            }
        }

        return mask;
    }
}
