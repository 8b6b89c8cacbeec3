using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Benchmarks.Fixes;

/// <summary>
/// Where a report's other copy is, relative to the reported code: most fixes rewrite within one type, so this is the
/// first thing to read about a report that gets no fix.
/// </summary>
internal static class CopyPlacement
{
    public const string None = "no other location";
    public const string SameType = "same type";
    public const string OtherTypeSameFile = "other type, same file";
    public const string OtherFile = "other file";

    public static string Of(Diagnostic diagnostic)
    {
        if (diagnostic.AdditionalLocations.FirstOrDefault(l => l.IsInSource) is not { } other)
        {
            return None;
        }

        if (other.SourceTree != diagnostic.Location.SourceTree)
        {
            return OtherFile;
        }

        return TypeAt(diagnostic.Location) == TypeAt(other) ? SameType : OtherTypeSameFile;
    }

    private static TypeDeclarationSyntax? TypeAt(Location location)
        => location.SourceTree!.GetRoot().FindNode(location.SourceSpan, getInnermostNodeForTie: true)
            .AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault();
}
