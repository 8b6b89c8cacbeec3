using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Two similar members of one type that each read a field of it the other does not, declared with another type: a binary
/// search over an <c>InflectionUnicodeScriptRange[]</c> returning the range's scripts against the same search over an
/// <c>InflectionUnicodeRange[]</c> returning whether it is there. The member-level form of a per-type twin
/// (<see cref="PerTypeBlock"/>): sharing the body takes a common interface or generics over the element types, for a
/// textbook loop. Read on real code (Humanizer's Unicode tables) reviewers left such pairs. Members that read other
/// fields of one type (two candidate lists, two token tables) differ in a value a parameter can carry, and members of
/// two types that read their own tables (two parsers with their own suffix lists) repeat a rule: both stay findings.
/// </summary>
internal static class PerTypeFields
{
    public static bool AreTwins(MemberFingerprint member, SyntaxNode body, MemberFingerprint other, SyntaxNode otherBody)
    {
        if (member.TypeKey != other.TypeKey)
        {
            return false;
        }

        var names = IdentifierTokens.In(body);
        var otherNames = IdentifierTokens.In(otherBody);
        var types = FieldTypes(body, names.Except(otherNames)).ToList();
        return types.Count > 0 && FieldTypes(otherBody, otherNames.Except(names)).Any(otherType => !types.Contains(otherType));
    }

    /// <summary>The written types of the fields, among <paramref name="names"/>, that the type around <paramref name="body"/> declares.</summary>
    private static IEnumerable<string> FieldTypes(SyntaxNode body, IEnumerable<string> names)
    {
        var fields = body.Ancestors().OfType<TypeDeclarationSyntax>().FirstOrDefault()?.Members.OfType<FieldDeclarationSyntax>()
            ?? Enumerable.Empty<FieldDeclarationSyntax>();
        var wanted = new HashSet<string>(names);
        return fields
            .Where(field => field.Declaration.Variables.Any(variable => wanted.Contains(variable.Identifier.ValueText)))
            .Select(field => field.Declaration.Type.ToString());
    }
}
