using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Per-entity twins: <c>CustomerConfiguration.Configure</c> and <c>SupplierConfiguration.Configure</c>, whose every
/// difference is the entity's name (<c>Customer</c> where the other says <c>Supplier</c>), and a composite's members
/// that each ask its parts for what their own name says (<c>IntersectionType.Name</c> joining <c>t.Name</c> where
/// <c>ReflectionName</c> joins <c>t.ReflectionName</c>). Short ones are how such code is written, not a copy to merge.
/// </summary>
internal static class StemSwap
{
    /// <summary>Longer twins are worth a shared generic helper, so they stay findings.</summary>
    public const int MaxStatements = 10;

    public static bool IsOnlyDifference(MemberFingerprint member, SyntaxNode body, MemberFingerprint other, SyntaxNode otherBody)
    {
        if (!TryGetStems(member.ContainingType + "." + member.Name, other.ContainingType + "." + other.Name, out var stem, out var otherStem))
        {
            return false;
        }

        using var tokens = body.DescendantTokens().GetEnumerator();
        using var otherTokens = otherBody.DescendantTokens().GetEnumerator();
        while (true)
        {
            var more = tokens.MoveNext();
            if (more != otherTokens.MoveNext())
            {
                return false;
            }

            if (!more)
            {
                return true;
            }

            var text = tokens.Current.ValueText;
            var otherText = otherTokens.Current.ValueText;
            if (tokens.Current.RawKind != otherTokens.Current.RawKind
                || (text != otherText && (!tokens.Current.IsKind(SyntaxKind.IdentifierToken) && !tokens.Current.IsKind(SyntaxKind.StringLiteralToken)
                    || text.Replace(stem, otherStem) != otherText)))
            {
                return false;
            }
        }
    }

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
