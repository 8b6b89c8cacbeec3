using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Per-entity twins: <c>CustomerConfiguration.Configure</c> and <c>SupplierConfiguration.Configure</c>, whose every
/// difference is the entity's name (<c>Customer</c> where the other says <c>Supplier</c>), and a composite's members
/// that each ask its parts for what their own name says (<c>IntersectionType.Name</c> joining <c>t.Name</c> where
/// <c>ReflectionName</c> joins <c>t.ReflectionName</c>). Short ones are how such code is written, not a copy to merge.
/// </summary>
internal static class StemSwap
{
    /// <summary>Longer twins are worth a shared generic helper, so they stay findings, unless a parameter's type is swapped.</summary>
    public const int MaxStatements = 10;

    /// <summary>
    /// Whether the twins are short and every difference of their bodies is the stem swap, or they swap the type of a
    /// parameter (<c>SimplifyPropertyDeclaration(PropertyDeclaration propertyDeclaration)</c> against
    /// <c>SimplifyIndexerDeclaration(IndexerDeclaration indexerDeclaration)</c>, <c>ReadObject(JsonObject jsonObject)</c>
    /// against <c>ReadArray(JsonArray jsonArray)</c>): typed twins, one per kind of node, whatever their length and
    /// whatever else the work of each kind is (the object reader also reads keys and rejects duplicates), whose sharing
    /// takes a common base type or generics, as for per-type blocks (<see cref="PerTypeBlock"/>). Read on real code
    /// (ICSharpCode.Decompiler's property and indexer simplifications, its JSON reader) reviewers left them.
    /// </summary>
    public static bool AreTwins(MemberFingerprint member, SyntaxNode body, MemberFingerprint other, SyntaxNode otherBody) =>
        TryGetStems(member.ContainingType + "." + member.Name, other.ContainingType + "." + other.Name, out var stem, out var otherStem)
        && (SwapsParameterType(body, otherBody, stem, otherStem)
            || (member.Statements <= MaxStatements && AreSwapped(body.DescendantTokens(), otherBody.DescendantTokens(), stem, otherStem)));

    private static bool SwapsParameterType(SyntaxNode body, SyntaxNode otherBody, string stem, string otherStem) =>
        body.Parent is BaseMethodDeclarationSyntax { ParameterList: var parameters }
        && otherBody.Parent is BaseMethodDeclarationSyntax { ParameterList: var otherParameters }
        && AreSwapped(parameters.DescendantTokens(), otherParameters.DescendantTokens(), stem, otherStem)
        && parameters.Parameters.Zip(otherParameters.Parameters, (parameter, otherParameter) => (parameter.Type, otherParameter.Type))
            .Any(types => types.Item1 is not null && types.Item2 is not null && !SyntaxFactory.AreEquivalent(types.Item1, types.Item2));

    /// <summary>
    /// Whether the tokens are equal but for identifiers and strings in which the stem stands where the other has its
    /// stem, capitalised as written (<c>Property</c> in a type's name, <c>property</c> in a local's or a message).
    /// </summary>
    private static bool AreSwapped(IEnumerable<SyntaxToken> tokens, IEnumerable<SyntaxToken> otherTokens, string stem, string otherStem)
    {
        var lowerStem = LowerFirst(stem);
        var lowerOtherStem = LowerFirst(otherStem);
        using var token = tokens.GetEnumerator();
        using var otherToken = otherTokens.GetEnumerator();
        while (true)
        {
            var more = token.MoveNext();
            if (more != otherToken.MoveNext())
            {
                return false;
            }

            if (!more)
            {
                return true;
            }

            var text = token.Current.ValueText;
            var otherText = otherToken.Current.ValueText;
            if (token.Current.RawKind != otherToken.Current.RawKind
                || (text != otherText && (!token.Current.IsKind(SyntaxKind.IdentifierToken) && !token.Current.IsKind(SyntaxKind.StringLiteralToken)
                    || text.Replace(stem, otherStem).Replace(lowerStem, lowerOtherStem) != otherText)))
            {
                return false;
            }
        }
    }

    private static string LowerFirst(string stem) => char.ToLowerInvariant(stem[0]) + stem.Substring(1);

    /// <summary>What is left of two names once their common start and end are taken off: <c>Customer</c> and <c>Supplier</c>.</summary>
    private static bool TryGetStems(string name, string other, out string stem, out string otherStem)
    {
        var prefix = 0;
        while (prefix < name.Length && prefix < other.Length && name[prefix] == other[prefix])
        {
            prefix++;
        }

        // Back to the start of a word, so that 'Customer' and 'Cart' give whole stems, not 'ustomer' and 'art'.
        while (prefix > 0 && (prefix == name.Length || !char.IsUpper(name[prefix])) && name[prefix - 1] != '.')
        {
            prefix--;
        }

        var suffix = 0;
        while (suffix < name.Length - prefix && suffix < other.Length - prefix && name[name.Length - 1 - suffix] == other[other.Length - 1 - suffix])
        {
            suffix++;
        }

        // A name that is all suffix of the other ('Name' in 'ReflectionName') is the stem itself: each member does to
        // its parts what its name says ('t.Name' where the other reads 't.ReflectionName'). An accessor's '.get' stays
        // the common end.
        if (suffix == name.Length - prefix || suffix == other.Length - prefix)
        {
            var accessor = name.IndexOf('.', prefix);
            suffix = accessor < 0 ? 0 : name.Length - accessor;
        }

        stem = name.Substring(prefix, name.Length - prefix - suffix);
        otherStem = other.Substring(prefix, other.Length - prefix - suffix);
        return stem.Length > 0 && otherStem.Length > 0 && stem.IndexOf('.') < 0 && otherStem.IndexOf('.') < 0;
    }
}
