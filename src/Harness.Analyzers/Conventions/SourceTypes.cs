using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Conventions;

/// <summary>
/// The types declared in a compilation's source, each with the name of its first declaration, grouped by the tree that
/// holds it: read from the source assembly's symbols (declarations only, no method body and no semantic model), once
/// per compilation. The conventions are judged from a syntax-tree action over this: a symbol action would make the
/// analyzer driver bind every method body to produce its events, about half a compile on ICSharpCode.Decompiler.
/// </summary>
internal sealed class SourceTypes
{
    private static readonly IReadOnlyList<SourceType> None = new SourceType[0];

    private readonly Dictionary<SyntaxTree, List<SourceType>> _byTree = new();

    private readonly HashSet<string> _aliases;

    private SourceTypes(HashSet<string> aliases) => _aliases = aliases;

    /// <summary>Every type judged, in no particular order.</summary>
    public List<SourceType> All { get; } = new();

    public static SourceTypes Of(Compilation compilation, CancellationToken cancellationToken)
    {
        var types = new SourceTypes(AliasNames.Of(compilation, cancellationToken));
        types.Add(compilation.Assembly.GlobalNamespace, cancellationToken);
        return types;
    }

    /// <summary>The types whose first declaration is in <paramref name="tree"/>: where their findings are reported.</summary>
    public IReadOnlyList<SourceType> In(SyntaxTree tree) => _byTree.TryGetValue(tree, out var types) ? types : None;

    private void Add(INamespaceSymbol ns, CancellationToken cancellationToken)
    {
        foreach (var type in ns.GetTypeMembers())
        {
            Add(type, cancellationToken);
        }

        foreach (var inner in ns.GetNamespaceMembers())
        {
            Add(inner, cancellationToken);
        }
    }

    private void Add(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!type.IsImplicitlyDeclared && type.TypeKind != TypeKind.Error && !type.IsScriptClass && Declared(type, cancellationToken) is { Location.SourceTree: { } tree } judged)
        {
            All.Add(judged);
            if (!_byTree.TryGetValue(tree, out var inTree))
            {
                _byTree.Add(tree, inTree = new List<SourceType>());
            }

            inTree.Add(judged);
        }

        foreach (var nested in type.GetTypeMembers())
        {
            Add(nested, cancellationToken);
        }
    }

    /// <summary>
    /// The type with the name of its first declaration in file-path then source order (where its findings are reported,
    /// once for all its parts) and what its declarations' syntax says. Null for a type with no declaration of its own
    /// (the <c>Program</c> of top-level statements).
    /// </summary>
    private SourceType? Declared(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        SyntaxToken? first = null;
        var hasBaseList = false;
        var attributes = ImmutableArray.CreateBuilder<string>();
        var aliased = false;
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not MemberDeclarationSyntax declaration)
            {
                continue;
            }

            var identifier = declaration switch
            {
                BaseTypeDeclarationSyntax typeDeclaration => typeDeclaration.Identifier,
                DelegateDeclarationSyntax delegateDeclaration => delegateDeclaration.Identifier,
                _ => default,
            };
            if (identifier.RawKind == 0)
            {
                continue;
            }

            hasBaseList |= declaration is BaseTypeDeclarationSyntax { BaseList: not null };
            foreach (var list in declaration.AttributeLists)
            {
                foreach (var attribute in list.Attributes)
                {
                    var name = SimpleNameOf(attribute.Name);
                    aliased |= name is null || _aliases.Contains(name);
                    attributes.Add(name ?? string.Empty);
                }
            }

            if (first is not { } earlier || SourceOrder.Compare(identifier.SyntaxTree, identifier.SpanStart, earlier.SyntaxTree, earlier.SpanStart) < 0)
            {
                first = identifier;
            }
        }

        return first is { } firstName ? new SourceType(type, firstName.GetLocation(), hasBaseList, aliased ? null : attributes.ToImmutable()) : null;
    }

    /// <summary>The rightmost identifier of a name: <c>Serializable</c> for <c>System.Serializable</c> and <c>global::System.Serializable</c>.</summary>
    private static string? SimpleNameOf(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => null,
    };
}
