using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Mirror images: two runs equal apart from local names where a name both runs use stands, at the same place, for
/// another name both runs use. Upper-bound type inference walks <c>V</c>'s base types and compares with <c>pU</c> where
/// lower-bound inference walks <c>U</c>'s and compares with <c>pV</c>; a direct table computes
/// <c>Bits(block) - Bits(index)</c> where the inverse one computes <c>Bits(index) - Bits(block)</c>. The roles of the
/// two names are swapped, which is a difference of logic, not of names (reviewers called such reports wrong); a copy
/// whose locals were renamed uses each name on one side only, and is still reported.
/// </summary>
internal static class SwappedRoles
{
    public static bool Exist(SyntaxTree tree, TextSpan span, SyntaxTree otherTree, TextSpan otherSpan)
    {
        var tokens = tree.GetRoot().DescendantTokens(span).ToList();
        var otherTokens = otherTree.GetRoot().DescendantTokens(otherSpan).ToList();
        if (DifferingNames.Of(tokens, otherTokens) is not { } differing)
        {
            return false;
        }

        var names = Names(tokens);
        var otherNames = Names(otherTokens);
        return differing.Any(pair => otherNames.Contains(pair.Name) && names.Contains(pair.OtherName));
    }

    private static HashSet<string> Names(List<SyntaxToken> tokens) =>
        new(tokens.Where(token => token.IsKind(SyntaxKind.IdentifierToken)).Select(token => token.ValueText));
}
