using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Whether two runs of statements that are equal apart from literal values do differ in one: then each copy says
/// something of its own (a message, a keyword written out, an offset), and a short run of them is how such code is
/// written, not a copy to extract.
/// </summary>
internal static class LiteralDifference
{
    public static bool Exists(SyntaxTree tree, TextSpan span, SyntaxTree otherTree, TextSpan otherSpan)
    {
        using var tokens = tree.GetRoot().DescendantTokens(span).GetEnumerator();
        using var others = otherTree.GetRoot().DescendantTokens(otherSpan).GetEnumerator();
        while (tokens.MoveNext() && others.MoveNext())
        {
            if (IsLiteral(tokens.Current) && tokens.Current.ValueText != others.Current.ValueText)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLiteral(SyntaxToken token) => token.Kind() is SyntaxKind.NumericLiteralToken or SyntaxKind.CharacterLiteralToken
        or SyntaxKind.StringLiteralToken or SyntaxKind.InterpolatedStringTextToken or SyntaxKind.SingleLineRawStringLiteralToken
        or SyntaxKind.MultiLineRawStringLiteralToken;
}
