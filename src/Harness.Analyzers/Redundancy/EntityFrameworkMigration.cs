using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// EF Core migrations and model snapshots are written by <c>dotnet ef</c>, not by people, and repeat themselves by
/// design: a class deriving from <c>Migration</c> or <c>ModelSnapshot</c> and marked with <c>[Migration]</c> or
/// <c>[DbContext]</c>. Read from the file's top-level types only, so the check costs next to nothing.
/// </summary>
internal static class EntityFrameworkMigration
{
    public static bool IsIn(SyntaxTree tree)
    {
        foreach (var member in ((CompilationUnitSyntax)tree.GetRoot()).Members)
        {
            if (IsMigration(member))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMigration(MemberDeclarationSyntax member)
    {
        switch (member)
        {
            case BaseNamespaceDeclarationSyntax ns:
                foreach (var inner in ns.Members)
                {
                    if (IsMigration(inner))
                    {
                        return true;
                    }
                }

                return false;
            case ClassDeclarationSyntax type when type.BaseList is not null:
                return HasBase(type.BaseList) && HasMarker(type.AttributeLists);
            default:
                return false;
        }
    }

    private static bool HasBase(BaseListSyntax bases)
    {
        foreach (var type in bases.Types)
        {
            var name = LastName(type.Type);
            if (name is "Migration" or "ModelSnapshot")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasMarker(SyntaxList<AttributeListSyntax> lists)
    {
        foreach (var list in lists)
        {
            foreach (var attribute in list.Attributes)
            {
                if (LastName(attribute.Name) is "Migration" or "MigrationAttribute" or "DbContext" or "DbContextAttribute")
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string LastName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => string.Empty,
    };
}
