using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Per-type factories: <c>SpecializedField.Create</c> and <c>SpecializedEvent.Create</c>, each of which makes an
/// instance of its own type (<c>new SpecializedField(fieldDefinition, substitution)</c> where the other says
/// <c>new SpecializedEvent(ev, substitution)</c>), and whose bodies differ in nothing else than a consistent renaming of
/// parameters and locals. The language cannot share them short of a generic factory with a constructor delegate, which
/// reads worse than the few lines each type keeps; read on real code (ICSharpCode.Decompiler's Specialized* members)
/// reviewers left them. A body that differs anywhere else (another call, another member, another literal) or names
/// another type than its own is still judged as any near-duplicate, and so is a long one, worth a generic helper.
/// </summary>
internal static class OwnTypeFactory
{
    public static bool AreTwins(MemberFingerprint member, SyntaxNode body, MemberFingerprint other, SyntaxNode otherBody)
    {
        if (member.ContainingType == other.ContainingType || member.Statements > StemSwap.MaxStatements)
        {
            return false;
        }

        var renamed = new Dictionary<string, string>();
        var renamedBack = new Dictionary<string, string>();
        var ownTypeSwapped = false;
        var tokens = body.DescendantTokens().ToList();
        var otherTokens = otherBody.DescendantTokens().ToList();
        if (tokens.Count != otherTokens.Count)
        {
            return false;
        }

        var names = DeclaredNames.Of(body);
        var otherNames = DeclaredNames.Of(otherBody);
        for (var i = 0; i < tokens.Count; i++)
        {
            var (text, otherText) = (tokens[i].ValueText, otherTokens[i].ValueText);
            if (tokens[i].RawKind != otherTokens[i].RawKind)
            {
                return false;
            }

            if (text == otherText)
            {
                continue;
            }

            if (!tokens[i].IsKind(SyntaxKind.IdentifierToken))
            {
                return false;
            }

            if (text == member.ContainingType && otherText == other.ContainingType)
            {
                ownTypeSwapped = true;
            }
            else if (!names.Contains(text) || !otherNames.Contains(otherText)
                || renamed.TryGetValue(text, out var to) && to != otherText
                || renamedBack.TryGetValue(otherText, out var from) && from != text)
            {
                return false;
            }

            renamed[text] = otherText;
            renamedBack[otherText] = text;
        }

        return ownTypeSwapped;
    }
}
