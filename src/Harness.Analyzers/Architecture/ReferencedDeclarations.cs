using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Architecture;

/// <summary>
/// The public declarations of the referenced assemblies that can hand out values of a layer's or ban's types that live
/// outside the compilation's source (a ban of <c>System.Net.Http</c>, a layer given by <c>assemblies =</c>): the
/// assemblies that define or forward those types, and every referenced assembly that refers to one of them, directly or
/// through others. No other assembly's signature can be written with such a type. Their types and members go into the
/// same <see cref="ValueSourcesBuilder"/> as the source's. When that is too much to read (a ban of a namespace of the
/// core library, which every assembly refers to), the interest is reached everywhere instead.
/// </summary>
internal sealed class ReferencedDeclarations
{
    /// <summary>Above this many assemblies or public types to read for one interest, it is reached everywhere.</summary>
    private const int MaxAssemblies = 24;
    private const int MaxTypes = 2500;

    private readonly ValueSourcesBuilder _builder;
    private readonly CancellationToken _cancellationToken;
    private readonly List<INamedTypeSymbol> _types = new();
    private readonly List<int> _found = new();

    /// <summary>Chooses the assemblies to read and names their types in the builder; <see cref="Read"/> then reads them.</summary>
    public ReferencedDeclarations(ValueSourcesBuilder builder, Compilation compilation, NameIndex index, bool[] everywhere, CancellationToken cancellationToken)
    {
        _builder = builder;
        _cancellationToken = cancellationToken;
        var references = compilation.SourceModule.ReferencedAssemblySymbols;
        var read = new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default);
        foreach (var pair in index.ValueTypes)
        {
            var outside = pair.Value.Where(type => !type.Locations.Any(location => location.IsInSource)).ToList();
            if (outside.Count == 0)
            {
                continue;
            }

            var mentioning = Mentioning(references, outside);
            if (mentioning.Count > MaxAssemblies)
            {
                everywhere[pair.Key] = true;
                continue;
            }

            var types = new List<INamedTypeSymbol>();
            foreach (var assembly in mentioning)
            {
                AddPublicTypes(assembly.GlobalNamespace, types);
            }

            if (types.Count > MaxTypes)
            {
                everywhere[pair.Key] = true;
                continue;
            }

            foreach (var assembly in mentioning)
            {
                if (read.Add(assembly))
                {
                    AddPublicTypes(assembly.GlobalNamespace, _types);
                }
            }
        }

        foreach (var type in _types)
        {
            builder.TypeId(type.Name);
        }
    }

    public void Read()
    {
        foreach (var type in _types)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var id = _builder.KnownTypeId(type.Name);
            _builder.Bring(id, TypesIn(type.BaseType, type.Interfaces, type.TypeParameters.SelectMany(parameter => parameter.ConstraintTypes)));
            if (type.DelegateInvokeMethod is { } invoke)
            {
                _builder.Bring(id, TypesIn(invoke.ReturnType, invoke.Parameters.Select(parameter => parameter.Type)));
            }

            foreach (var member in type.GetMembers())
            {
                if (IsAccessible(member))
                {
                    ReadMember(member, id);
                }
            }
        }
    }

    private void ReadMember(ISymbol member, int id)
    {
        switch (member)
        {
            case IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator or MethodKind.Conversion } @operator:
                _builder.Bring(id, TypesIn(@operator.ReturnType));
                break;
            case IMethodSymbol { MethodKind: MethodKind.Ordinary } method:
                var types = TypesIn(method.ReturnType, method.Parameters.Select(parameter => parameter.Type).Concat(method.TypeParameters.SelectMany(parameter => parameter.ConstraintTypes)));
                _builder.AddMember(method.Name, method.IsExtensionMethod ? MemberSource.AnyReceiver : id, types);
                break;
            case IPropertySymbol property:
                _builder.AddMember(property.IsIndexer ? NameIndex.IndexerKey : property.Name, id, TypesIn(property.Type, property.Parameters.Select(parameter => parameter.Type)));
                break;
            case IFieldSymbol field:
                _builder.AddMember(field.Name, id, TypesIn(field.Type));
                break;
            case IEventSymbol @event:
                _builder.AddMember(@event.Name, id, TypesIn(@event.Type));
                break;
        }
    }

    /// <summary>
    /// The referenced assemblies whose signatures can be written with one of these types: those that define or forward
    /// one, and, to a fixed point, those that refer to an assembly already found.
    /// </summary>
    private static List<IAssemblySymbol> Mentioning(IEnumerable<IAssemblySymbol> references, List<INamedTypeSymbol> types)
    {
        var found = new HashSet<IAssemblySymbol>(types.Select(type => type.ContainingAssembly).Where(assembly => assembly is not null), SymbolEqualityComparer.Default);
        var forwardable = types.Where(type => type.ContainingType is null).Select(MetadataName).ToList();
        foreach (var assembly in references)
        {
            if (!found.Contains(assembly) && forwardable.Any(name => assembly.ResolveForwardedType(name) is not null))
            {
                found.Add(assembly);
            }
        }

        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var assembly in references)
            {
                if (!found.Contains(assembly) && assembly.Modules.Any(module => module.ReferencedAssemblySymbols.Any(found.Contains)))
                {
                    found.Add(assembly);
                    grew = true;
                }
            }
        }

        return found.ToList();
    }

    private static string MetadataName(INamedTypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;

    private static void AddPublicTypes(INamespaceOrTypeSymbol container, List<INamedTypeSymbol> types)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceSymbol ns)
            {
                AddPublicTypes(ns, types);
            }
            else if (member is INamedTypeSymbol type && IsAccessible(type))
            {
                types.Add(type);
                AddPublicTypes(type, types);
            }
        }
    }

    /// <summary>What code of another assembly can use: public members, and protected ones through a derived type.</summary>
    private static bool IsAccessible(ISymbol symbol) =>
        symbol.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal;

    private int[] TypesIn(ITypeSymbol? first, IEnumerable<ITypeSymbol>? rest = null, IEnumerable<ITypeSymbol>? more = null)
    {
        _found.Clear();
        AddType(first);
        foreach (var type in (rest ?? Enumerable.Empty<ITypeSymbol>()).Concat(more ?? Enumerable.Empty<ITypeSymbol>()))
        {
            AddType(type);
        }

        return _found.Distinct().ToArray();
    }

    /// <summary>Adds the known types a type is written with: itself, its type arguments and those of its containing types, its element type.</summary>
    private void AddType(ITypeSymbol? type)
    {
        switch (type)
        {
            case INamedTypeSymbol named:
                if (_builder.KnownTypeId(named.Name) is var id and >= 0)
                {
                    _found.Add(id);
                }

                for (var withArguments = named; withArguments is not null; withArguments = withArguments.ContainingType)
                {
                    foreach (var argument in withArguments.TypeArguments)
                    {
                        AddType(argument);
                    }
                }

                break;
            case IArrayTypeSymbol array:
                AddType(array.ElementType);
                break;
            case IPointerTypeSymbol pointer:
                AddType(pointer.PointedAtType);
                break;
        }
    }
}
