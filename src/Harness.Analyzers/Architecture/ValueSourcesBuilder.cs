using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Architecture;

/// <summary>
/// Builds <see cref="ValueSources"/> from the declarations of every syntax tree: type declarations (walked through
/// namespaces and types, never into a body) and the syntax of their members' signatures. Binding every signature
/// instead cost a fresh compilation 100-190 ms on ICSharpCode.Decompiler. Referenced assemblies that can mention a
/// layer's or ban's types that live outside the source are read by <see cref="ReferencedDeclarations"/>.
/// </summary>
internal sealed class ValueSourcesBuilder
{
    /// <summary>Members the language calls without their name being written: <c>foreach</c>, <c>await</c>, deconstruction, ranges, queries.</summary>
    public static readonly HashSet<string> ImplicitlyCalled = new(StringComparer.Ordinal)
    {
        "GetEnumerator", "GetAsyncEnumerator", "Current", "GetAwaiter", "GetResult", "Deconstruct", "Slice",
        "Select", "SelectMany", "Where", "Join", "GroupJoin", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "GroupBy", "Cast",
    };

    private readonly Dictionary<string, int> _types = new(StringComparer.Ordinal);
    private readonly List<HashSet<int>> _brought = new();
    private readonly Dictionary<string, List<MemberSource>> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _aliasTargets = new(StringComparer.Ordinal);
    private readonly HashSet<string> _globalStaticWords = new(StringComparer.Ordinal);
    private readonly HashSet<int> _found = new();

    public static ValueSources Build(Compilation compilation, NameIndex index, CancellationToken cancellationToken)
    {
        var builder = new ValueSourcesBuilder();
        var declarations = compilation.SyntaxTrees.SelectMany(tree => TypeDeclarations(((CompilationUnitSyntax)tree.GetRoot(cancellationToken)).Members)).ToList();
        builder.ReadUsingDirectives(compilation, cancellationToken);
        foreach (var declaration in declarations)
        {
            builder.TypeId(NameOf(declaration));
        }

        var everywhere = new bool[index.InterestCount];
        var referenced = new ReferencedDeclarations(builder, compilation, index, everywhere, cancellationToken);
        foreach (var declaration in declarations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            builder.ReadType(declaration);
        }

        referenced.Read();
        return builder.ToSources(index, everywhere);
    }

    /// <summary>The number of a type name, given on first sight.</summary>
    public int TypeId(string name)
    {
        if (!_types.TryGetValue(name, out var id))
        {
            id = _types.Count;
            _types.Add(name, id);
            _brought.Add(new HashSet<int>());
        }

        return id;
    }

    /// <summary>The number of a type name already seen, or -1: a type outside the source and the assemblies read leads to none of their types.</summary>
    public int KnownTypeId(string name) => _types.TryGetValue(name, out var id) ? id : -1;

    /// <summary>Values of a type bring values of these: it has their members, or the language calls members that return them.</summary>
    public void Bring(int type, IEnumerable<int> brought) => _brought[type].UnionWith(brought);

    private ValueSources ToSources(NameIndex index, bool[] everywhere)
    {
        var interests = new List<int>[_types.Count];
        foreach (var pair in index.ValueTypes)
        {
            foreach (var type in pair.Value)
            {
                if (!everywhere[pair.Key] && _types.TryGetValue(type.Name, out var id))
                {
                    (interests[id] ??= new List<int>()).Add(pair.Key);
                }
                else
                {
                    everywhere[pair.Key] = true;
                }
            }
        }

        return new ValueSources(
            _types,
            _members,
            _brought.Select(types => types.ToArray()).ToArray(),
            Array.ConvertAll(interests, list => list?.Distinct().ToArray() ?? Array.Empty<int>()),
            everywhere,
            _aliasTargets,
            _globalStaticWords);
    }

    /// <summary>The declarations of types, enums and delegates, through namespaces and types, never into a body.</summary>
    private static IEnumerable<MemberDeclarationSyntax> TypeDeclarations(SyntaxList<MemberDeclarationSyntax> members)
    {
        foreach (var member in members)
        {
            var inner = member switch
            {
                BaseNamespaceDeclarationSyntax ns => TypeDeclarations(ns.Members),
                TypeDeclarationSyntax type => TypeDeclarations(type.Members).Prepend(type),
                BaseTypeDeclarationSyntax or DelegateDeclarationSyntax => new[] { member },
                _ => Enumerable.Empty<MemberDeclarationSyntax>(),
            };
            foreach (var declaration in inner)
            {
                yield return declaration;
            }
        }
    }

    private static string NameOf(MemberDeclarationSyntax declaration) =>
        declaration is DelegateDeclarationSyntax @delegate ? @delegate.Identifier.ValueText : ((BaseTypeDeclarationSyntax)declaration).Identifier.ValueText;

    private void ReadType(MemberDeclarationSyntax declaration)
    {
        var id = _types[NameOf(declaration)];
        switch (declaration)
        {
            case TypeDeclarationSyntax type:
                ReadType(type, id);
                break;
            case DelegateDeclarationSyntax @delegate:
                Bring(id, TypesIn(new SyntaxNode[] { @delegate.ReturnType, @delegate.ParameterList }.Concat(@delegate.ConstraintClauses)));
                break;
        }
    }

    private void ReadType(TypeDeclarationSyntax type, int id)
    {
        Bring(id, TypesIn(new SyntaxNode?[] { type.BaseList }.Concat(type.ConstraintClauses)));
        if (type is RecordDeclarationSyntax { ParameterList: { } positional })
        {
            foreach (var parameter in positional.Parameters)
            {
                AddMember(parameter.Identifier.ValueText, id, TypesIn(parameter.Type));
            }
        }

        foreach (var member in type.Members)
        {
            switch (member)
            {
                case MethodDeclarationSyntax method:
                    AddMethod(method, id);
                    break;
                case PropertyDeclarationSyntax property:
                    AddMember(property.Identifier.ValueText, id, TypesIn(property.Type));
                    break;
                case IndexerDeclarationSyntax indexer:
                    AddMember(NameIndex.IndexerKey, id, TypesIn(indexer.Type, indexer.ParameterList));
                    break;
                case EventDeclarationSyntax @event:
                    AddMember(@event.Identifier.ValueText, id, TypesIn(@event.Type));
                    break;
                case BaseFieldDeclarationSyntax field:
                    var types = TypesIn(field.Declaration.Type);
                    foreach (var variable in field.Declaration.Variables)
                    {
                        AddMember(variable.Identifier.ValueText, id, types);
                    }

                    break;
                case OperatorDeclarationSyntax @operator:
                    Bring(id, TypesIn(@operator.ReturnType));
                    break;
                case ConversionOperatorDeclarationSyntax conversion:
                    Bring(id, TypesIn(conversion.Type));
                    break;
            }
        }
    }

    /// <summary>A method's values come from what it returns and, through lambdas and <c>out</c>, its parameters.</summary>
    private void AddMethod(MethodDeclarationSyntax method, int id)
    {
        var name = method.Identifier.ValueText;
        var types = TypesIn(new SyntaxNode[] { method.ReturnType, method.ParameterList }.Concat(method.ConstraintClauses));
        var isExtension = method.ParameterList.Parameters.FirstOrDefault()?.Modifiers.Any(SyntaxKind.ThisKeyword) == true;
        AddMember(name, isExtension ? MemberSource.AnyReceiver : id, types);
    }

    /// <summary>
    /// A member named <paramref name="name"/> of a type (or <see cref="MemberSource.AnyReceiver"/>: an extension method)
    /// whose signature is written with these types. One the language calls unnamed brings them with every value of its
    /// type, or, as an extension method, everywhere.
    /// </summary>
    public void AddMember(string name, int declaringType, int[] types)
    {
        if (types.Length == 0)
        {
            return;
        }

        if (ImplicitlyCalled.Contains(name))
        {
            if (declaringType != MemberSource.AnyReceiver)
            {
                Bring(declaringType, types);
                return;
            }

            name = MemberSource.AlwaysCalled;
        }

        if (!_members.TryGetValue(name, out var sources))
        {
            sources = new List<MemberSource>();
            _members.Add(name, sources);
        }

        sources.Add(new MemberSource(declaringType, types));
    }

    /// <summary>The source types the given pieces of syntax are written with, by name, aliases seen through.</summary>
    private int[] TypesIn(params SyntaxNode?[] nodes) => TypesIn((IEnumerable<SyntaxNode?>)nodes);

    private int[] TypesIn(IEnumerable<SyntaxNode?> nodes)
    {
        _found.Clear();
        foreach (var node in nodes)
        {
            if (node is null)
            {
                continue;
            }

            foreach (var token in node.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken))
                {
                    AddTypeNamed(token.ValueText);
                }
            }
        }

        return _found.Count == 0 ? Array.Empty<int>() : _found.ToArray();
    }

    private void AddTypeNamed(string name)
    {
        if (_types.TryGetValue(name, out var id))
        {
            _found.Add(id);
        }

        if (_aliasTargets.TryGetValue(name, out var target))
        {
            foreach (var word in target)
            {
                if (_types.TryGetValue(word, out var targetId))
                {
                    _found.Add(targetId);
                }
            }
        }
    }

    /// <summary>The names alias targets are written with, by alias, and the names of <c>global using static</c> directives.</summary>
    private void ReadUsingDirectives(Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var directive in AliasNames.UsingDirectives(compilation, cancellationToken))
        {
            if (directive.Name is not { } target)
            {
                continue;
            }

            if (directive.Alias is { } alias)
            {
                var name = alias.Name.Identifier.ValueText;
                if (!_aliasTargets.TryGetValue(name, out var words))
                {
                    words = new HashSet<string>(StringComparer.Ordinal);
                    _aliasTargets.Add(name, words);
                }

                AddIdentifiers(target, words);
            }
            else if (directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword))
            {
                AddIdentifiers(target, _globalStaticWords);
            }
        }
    }

    /// <summary>Adds the identifiers a name is written with (<c>Shop.Infrastructure.Store</c>: each of the three).</summary>
    public static void AddIdentifiers(SyntaxNode name, HashSet<string> words)
    {
        foreach (var token in name.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken))
            {
                words.Add(token.ValueText);
            }
        }
    }
}
