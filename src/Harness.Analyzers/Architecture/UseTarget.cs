using System;
using System.Collections.Generic;
using Harness.Analyzers.Configuration;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Architecture;

/// <summary>What a use refers to, reduced to what the rules look at: the declaring type's namespace, its layer, its name.</summary>
internal sealed class UseTarget
{
    private readonly INamedTypeSymbol? _type;
    private List<string>? _banCandidates;
    private int _banned; // 0 unknown, 1 yes, 2 no
    private string? _typeDisplay;
    private string? _display;

    private UseTarget(ISymbol symbol, NamespaceFacts facts, int layer, INamedTypeSymbol? type)
    {
        Symbol = symbol;
        Facts = facts;
        Layer = layer;
        _type = type;
        IsBuiltIn = type is not null && IsBuiltInType(type);
    }

    public ISymbol Symbol { get; }

    public NamespaceFacts Facts { get; }

    public int Layer { get; }

    /// <summary>
    /// How messages name it: <c>Contoso.Infrastructure.SqlStore</c> or <c>System.DateTime.Now</c>; a constructor is named
    /// as its type (<c>new SqlStore()</c> uses <c>SqlStore</c>). Computed on first need: most targets are never reported.
    /// </summary>
    public string Display => _display ??= Symbol is INamespaceOrTypeSymbol or IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor }
        ? TypeDisplay
        : TypeDisplay + "." + Symbol.Name;

    /// <summary>The type it is or belongs to (<c>System.DateTime</c> for <c>System.DateTime.Now</c>), or the namespace it is.</summary>
    public string TypeDisplay => _typeDisplay ??= _type?.ToDisplayString() ?? Facts.Name;

    /// <summary>
    /// Whether it is, or belongs to, a type C# spells with its own syntax: the types of keywords (<c>int</c>,
    /// <c>string</c>, <c>object</c>, <c>void</c>...), <c>T?</c> (<see cref="System.Nullable{T}"/>), <c>T[]</c>
    /// (<see cref="System.Array"/>), tuples (<c>ValueTuple</c>), and anonymous types. An <c>external</c> list always
    /// allows them: they are the language, not a framework a layer could do without.
    /// </summary>
    public bool IsBuiltIn { get; }

    /// <summary>The documentation-comment IDs that can ban this use, most specific first; computed on first need.</summary>
    public List<string> BanCandidates => _banCandidates ??= BannedSymbolId.CandidatesFor(Symbol);

    /// <summary>Whether a ban of any scope names it, its type or its namespace. Cached.</summary>
    public bool IsBanned(ArchitectureModel model)
    {
        if (_banned == 0)
        {
            _banned = IsBannedAnywhere(model) ? 1 : 2;
        }

        return _banned == 1;
    }

    private bool IsBannedAnywhere(ArchitectureModel model)
    {
        foreach (var bans in model.BansByScope)
        {
            foreach (var id in BanCandidates)
            {
                if (bans.ContainsKey(id))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Reduces a symbol, <see cref="Normalize">normalized</see>, to a type, member or namespace the rules can judge, or
    /// null; <paramref name="factsOf"/> gives a namespace's facts.
    /// </summary>
    public static UseTarget? Create(ArchitectureModel model, ISymbol normalized, Func<INamespaceSymbol?, NamespaceFacts> factsOf)
    {
        switch (normalized)
        {
            case INamedTypeSymbol { TypeKind: not TypeKind.Error } type:
                return ForType(model, type, type, factsOf);
            case INamespaceSymbol { IsGlobalNamespace: false } ns:
                var facts = factsOf(ns);
                return new UseTarget(ns, facts, model.LayerOf(facts, assemblyName: null), type: null);
            case IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction }:
                return null;
            case IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol when normalized.ContainingType is { } containing:
                return ForType(model, normalized, containing, factsOf);
            default:
                return null;
        }
    }

    private static UseTarget ForType(ArchitectureModel model, ISymbol symbol, INamedTypeSymbol type, Func<INamespaceSymbol?, NamespaceFacts> factsOf)
    {
        var facts = factsOf(type.ContainingNamespace);
        return new UseTarget(symbol, facts, model.LayerOf(facts, type.ContainingAssembly?.Name), type);
    }

    private static bool IsBuiltInType(INamedTypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Object:
            case SpecialType.System_Void:
            case SpecialType.System_Boolean:
            case SpecialType.System_Char:
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Decimal:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_String:
            case SpecialType.System_IntPtr:
            case SpecialType.System_UIntPtr:
            case SpecialType.System_Array:
            case SpecialType.System_Nullable_T:
                return true;
        }

        return type.IsAnonymousType || type.IsTupleType
            || (type.Name == "ValueTuple" && type.ContainingNamespace is { Name: "System" } ns && ns.ContainingNamespace is { IsGlobalNamespace: true });
    }

    /// <summary>What a use is a use of: an alias's target, an array's or pointer's element type, an extension method's static form, the definition of a generic.</summary>
    public static ISymbol Normalize(ISymbol symbol)
    {
        while (true)
        {
            switch (symbol)
            {
                case IAliasSymbol alias:
                    symbol = alias.Target;
                    break;
                case IArrayTypeSymbol array:
                    symbol = array.ElementType;
                    break;
                case IPointerTypeSymbol pointer:
                    symbol = pointer.PointedAtType;
                    break;
                case IMethodSymbol { ReducedFrom: { } extension }:
                    symbol = extension;
                    break;
                default:
                    return symbol.OriginalDefinition;
            }
        }
    }
}
