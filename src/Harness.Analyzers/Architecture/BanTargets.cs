using System;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Architecture;

/// <summary>Resolves a ban's documentation-comment ID; an M: ID without parameters stands for every overload.</summary>
internal static class BanTargets
{
    public static ISymbol? Resolve(Compilation compilation, string id)
    {
        if (DocumentationCommentId.GetFirstSymbolForDeclarationId(id, compilation) is { } symbol)
        {
            return symbol;
        }

        if (id[0] != 'M' || id.IndexOf('(') >= 0)
        {
            return null;
        }

        var dot = id.LastIndexOf('.');
        var type = dot > 2 ? DocumentationCommentId.GetFirstSymbolForDeclarationId("T:" + id.Substring(2, dot - 2), compilation) as INamedTypeSymbol : null;
        if (type is null)
        {
            return null;
        }

        var memberName = id.EndsWith(".#ctor", StringComparison.Ordinal) ? WellKnownMemberNames.InstanceConstructorName : id.Substring(dot + 1);
        foreach (var member in type.GetMembers())
        {
            if (member is IMethodSymbol && (member.Name == memberName || member.MetadataName == memberName))
            {
                return member;
            }
        }

        return null;
    }
}
