using Microsoft.CodeAnalysis;

namespace Harness.Analyzers;

/// <summary>Source order across files: by path, then position. Reports follow it, so they never depend on thread timing.</summary>
internal static class SourceOrder
{
    public static int Compare(Location x, Location y) => Compare(x.SourceTree, x.SourceSpan.Start, y.SourceTree, y.SourceSpan.Start);

    public static int Compare(SyntaxTree? x, int xStart, SyntaxTree? y, int yStart)
    {
        var byPath = string.CompareOrdinal(x?.FilePath, y?.FilePath);
        return byPath != 0 ? byPath : xStart.CompareTo(yStart);
    }
}
