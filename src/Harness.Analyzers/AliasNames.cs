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
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax root)
            {
                Add(root.Usings, names);
                Add(root.Members, names);
            }
        }

        return names;
    }

    private static void Add(SyntaxList<MemberDeclarationSyntax> members, HashSet<string> names)
    {
        foreach (var member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax ns)
            {
                Add(ns.Usings, names);
                Add(ns.Members, names);
            }
        }
    }

    private static void Add(SyntaxList<UsingDirectiveSyntax> usings, HashSet<string> names)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias is { } alias)
            {
                names.Add(alias.Name.Identifier.ValueText);
            }
        }
    }
}
