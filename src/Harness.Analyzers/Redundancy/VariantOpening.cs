using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// The opening of an entry point (argument guards, then the setup they allow) repeated by a variant that hands the
/// plain case to that entry point: <c>HumanizeCompositeWithUnitSystem</c> returns <c>HumanizeComposite(…)</c> for the
/// default unit system and validates and sets up the same arguments for its own. The variant already shares what it
/// can by calling the original; the opening it repeats is each public member's own contract. Read on real code
/// (Humanizer's byte-size formatting overloads) reviewers called it boilerplate. A run that does not start with a
/// guard, or whose members do not call each other, is still reported.
/// </summary>
internal static class VariantOpening
{
    public static bool Is(SyntaxTree tree, TextSpan span, MemberFingerprint member, MemberFingerprint other) =>
        RunStatements.Of(tree, span).FirstOrDefault() is { } first
        && ErrorExit.IsThrowOrGuard(first)
        && (Calls(member, other.Name) || Calls(other, member.Name));

    private static bool Calls(MemberFingerprint member, string name) =>
        member.Tree.GetRoot().FindNode(member.Span).DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Any(call => call.Expression switch
            {
                MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText == name,
                SimpleNameSyntax simple => simple.Identifier.ValueText == name,
                _ => false,
            });
}
