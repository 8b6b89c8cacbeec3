using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Harness.Analyzers.Architecture;
using Harness.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Conventions;

/// <summary>
/// Per-compilation state of the conventions analyzer: the conventions with their layer names resolved, the lookups
/// every type shares (namespace facts, full names of interfaces, base classes and attributes, cached by symbol), and
/// which conventions selected a type.
/// </summary>
internal sealed class ConventionState
{
    private readonly ArchitectureModel _model;
    private readonly Compilation _compilation;
    private readonly bool[][] _selectedLayers;
    private readonly int[] _selected;
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

        _selected = new int[Conventions.Length];
    }

    public ImmutableArray<ConventionRule> Conventions { get; }

    public ImmutableArray<LayerRule> Layers => _model.Layers;

    /// <summary>Per convention, per layer: whether its <c>layer</c> key allows that layer.</summary>
    public bool[][] RequiredLayers { get; }

    /// <summary>Judges one type of the compilation against every convention that selects it.</summary>
    public void Judge(INamedTypeSymbol type, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        if (type.IsImplicitlyDeclared || type.TypeKind == TypeKind.Error || type.IsScriptClass || FirstDeclaration(type, cancellationToken) is not { } location)
        {
            return;
        }

        ConventionType? facts = null;
        for (var i = 0; i < Conventions.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            facts ??= new ConventionType(type, FactsOf(type.ContainingNamespace), _model);
            if (!Selects(i, facts))
            {
                continue;
            }

            Volatile.Write(ref _selected[i], 1);
            var convention = Conventions[i];
            NameConventionRule.Check(convention, facts, location, report);
            PlacementConventionRule.Check(this, i, facts, location, report);
            ModifierConventionRule.Check(convention, facts, location, report);
        }
    }

    /// <summary>
    /// Whether each convention selected nothing: no type of the compilation's source, nor a public type of an assembly
    /// it references (a host project sees the types of the projects it references). Read at the compilation's end.
    /// </summary>
    public Func<int, bool> SelectsNothing(CancellationToken cancellationToken)
    {
        var unmatched = new List<int>();
        for (var i = 0; i < Conventions.Length; i++)
        {
            if (Volatile.Read(ref _selected[i]) == 0)
            {
                unmatched.Add(i);
            }
        }

        if (unmatched.Count > 0)
        {
            foreach (var reference in _compilation.References)
            {
                if (_compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly
                    && !SymbolEqualityComparer.Default.Equals(assembly, _compilation.Assembly)
                    && MatchReferenced(assembly.GlobalNamespace, unmatched, cancellationToken))
                {
                    break;
                }
            }
        }

        return i => Volatile.Read(ref _selected[i]) == 0;
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

        if (where.Implements is { } interfaces && !Implements(symbol, interfaces))
        {
            return false;
        }

        if (where.Inherits is { } bases && !Inherits(symbol, bases))
        {
            return false;
        }

        return where.Attributes is not { } attributes || HasAttribute(symbol, attributes);
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
        for (var baseType = type.BaseType; baseType is not null && baseType.TypeKind != TypeKind.Error; baseType = baseType.BaseType)
        {
            if (AnyMatches(patterns, FullNameOf(baseType)))
            {
                return true;
            }
        }

        return false;
    }

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

        cancellationToken.ThrowIfCancellationRequested();
        var facts = new ConventionType(type, FactsOf(type.ContainingNamespace), _model);
        for (var i = unmatched.Count - 1; i >= 0; i--)
        {
            if (Selects(unmatched[i], facts))
            {
                Volatile.Write(ref _selected[unmatched[i]], 1);
                unmatched.RemoveAt(i);
            }
        }

        if (unmatched.Count == 0)
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

    /// <summary>
    /// The name of the type's first declaration in source order: where its findings are reported, once for all its
    /// parts. Null for a type with no declaration of its own (the <c>Program</c> of top-level statements).
    /// </summary>
    private static Location? FirstDeclaration(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        SyntaxToken? first = null;
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            var identifier = reference.GetSyntax(cancellationToken) switch
            {
                BaseTypeDeclarationSyntax declaration => declaration.Identifier,
                DelegateDeclarationSyntax declaration => declaration.Identifier,
                _ => default,
            };
            if (identifier.RawKind != 0 && (first is not { } earlier || SourceOrder.Compare(identifier.SyntaxTree, identifier.SpanStart, earlier.SyntaxTree, earlier.SpanStart) < 0))
            {
                first = identifier;
            }
        }

        return first?.GetLocation();
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

/// <summary>A type being judged, with what the conventions ask of it computed once: its namespace facts and layer.</summary>
internal sealed class ConventionType
{
    private readonly ArchitectureModel _model;
    private int _layer = int.MinValue;

    public ConventionType(INamedTypeSymbol symbol, NamespaceFacts ns, ArchitectureModel model)
    {
        Symbol = symbol;
        Namespace = ns;
        _model = model;
    }

    public INamedTypeSymbol Symbol { get; }

    public NamespaceFacts Namespace { get; }

    /// <summary>The layer it belongs to (by namespace, or by its assembly's name), or -1.</summary>
    public int Layer => _layer != int.MinValue ? _layer : _layer = _model.LayerOf(Namespace, Symbol.ContainingAssembly?.Name);

    /// <summary>How messages name it: <c>Contoso.Shop.Infrastructure.SqlOrders</c>, <c>Contoso.Repo&lt;T&gt;</c>.</summary>
    public string Display => Symbol.ToDisplayString();
}
