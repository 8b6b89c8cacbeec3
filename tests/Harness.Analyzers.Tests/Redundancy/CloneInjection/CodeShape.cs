using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>
/// Code as the duplication rules define a copy, computed independently of the analyzer: tokens, with the names
/// the method declares (parameters, locals, loop, lambda and query variables) and literal values blanked out.
/// </summary>
internal static class CodeShape
{
    public static string[] Of(MethodDeclarationSyntax method) => Of(method, method.Body!.Span);

    /// <summary>The shape of the tokens of <paramref name="method"/> inside <paramref name="span"/>.</summary>
    public static string[] Of(MethodDeclarationSyntax method, TextSpan span)
    {
        var declared = LocalRenamer.DeclaredNames(method).ToHashSet(StringComparer.Ordinal);
        return method.DescendantTokens(span).Where(t => span.Contains(t.Span) && !t.Span.IsEmpty).Select(t => t.Kind() switch
        {
            SyntaxKind.IdentifierToken when declared.Contains(t.ValueText) => "«name»",
            SyntaxKind.NumericLiteralToken or SyntaxKind.CharacterLiteralToken => "«number»",
            SyntaxKind.StringLiteralToken or SyntaxKind.InterpolatedStringTextToken => "«text»",
            SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword when t.Parent is LiteralExpressionSyntax => "«bool»",
            _ => t.Text,
        }).ToArray();
    }

    /// <summary>2 × LCS / total length, over shapes.</summary>
    public static double Similarity(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var symbols = new Dictionary<string, int>(StringComparer.Ordinal);
        int[] Codes(IReadOnlyList<string> shape) => shape.Select(s => symbols.TryGetValue(s, out var code) ? code : symbols[s] = symbols.Count).ToArray();
        var (codesA, codesB) = (Codes(a), Codes(b));
        return codesA.Length + codesB.Length == 0 ? 1 : Harness.Analyzers.Redundancy.SequenceSimilarity.Of(codesA, codesB);
    }
}
