using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers;

/// <summary>
/// The names that using-alias directives declare anywhere in a compilation (<c>using Ser = System.SerializableAttribute;</c>
/// declares <c>Ser</c>): an attribute written with such a name may be any attribute, so its type must be bound. Read
/// from the directives' syntax only (compilation units and namespace declarations, not member bodies).
/// </summary>
internal static class AliasNames
{
    public static HashSet<string> Of(Compilation compilation, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var directive in UsingDirectives(compilation, cancellationToken))
        {
            if (directive.Alias is { } alias)
            {
                names.Add(alias.Name.Identifier.ValueText);
            }
        }

        return names;
    }

    /// <summary>Every using directive of the compilation, of its compilation units and namespace declarations.</summary>
    public static IEnumerable<UsingDirectiveSyntax> UsingDirectives(Compilation compilation, CancellationToken cancellationToken)
    {
        var directives = new List<UsingDirectiveSyntax>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax root)
            {
                directives.AddRange(root.Usings);
                Add(root.Members, directives);
            }
        }

        return directives;
    }

    private static void Add(SyntaxList<MemberDeclarationSyntax> members, List<UsingDirectiveSyntax> directives)
    {
        foreach (var member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax ns)
            {
                directives.AddRange(ns.Usings);
                Add(ns.Members, directives);
            }
        }
    }
}
