using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

internal static class SourcePlace
{
    public static string Of(SyntaxTree tree, TextSpan span) =>
        $"{System.IO.Path.GetFileName(tree.FilePath)} line {tree.GetLineSpan(span).StartLinePosition.Line + 1}";
}
