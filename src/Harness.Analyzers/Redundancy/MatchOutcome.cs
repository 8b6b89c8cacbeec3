using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// The statements with which a try-style matcher (<c>bool MatchLogicAnd(out lhs, out rhs)</c>) hands back its result:
/// an <c>out</c> parameter set to what it found or to a constant, <c>return true</c> or <c>return false</c>. Each outcome sets every <c>out</c>
/// parameter, so a matcher of one test and two results counts six statements while its logic is one <c>if</c>: small
/// matchers of one shape, one per pattern, looked like near-duplicates of five statements or more. Read on real code
/// (ICSharpCode.Decompiler's Match* helpers, lock and nullable matchers) reviewers left every such pair; a matcher
/// with five statements of its own besides its outcomes is still judged as any member.
/// </summary>
internal static class MatchOutcome
{
    /// <summary>How many statements of <paramref name="body"/> only hand back the result, or 0 for a member without <c>out</c> parameters.</summary>
    public static int Count(SyntaxNode body)
    {
        var parameters = (body.Parent as BaseMethodDeclarationSyntax)?.ParameterList.Parameters
            ?? (body.Parent as LocalFunctionStatementSyntax)?.ParameterList.Parameters;
        var outNames = parameters?.Where(parameter => parameter.Modifiers.Any(SyntaxKind.OutKeyword)).Select(parameter => parameter.Identifier.ValueText).ToList();
        if (outNames is null || outNames.Count == 0)
        {
            return 0;
        }

        return body.DescendantNodes().OfType<StatementSyntax>().Count(statement => statement switch
        {
            ExpressionStatementSyntax => PlainAssignment.Of(statement) is { } set && outNames.Contains(set.Name) && IsPassedOn(set.Value),
            ReturnStatementSyntax { Expression: LiteralExpressionSyntax literal } => ConstantValue.IsBoolean(literal),
            _ => false,
        });
    }

    /// <summary>
    /// A value the matcher found or a constant (<c>inst.Condition</c>, <c>null</c>, <c>default</c>); a result it builds
    /// (<c>new TopLevelTypeName(ns, "AsyncTaskMethodBuilder", 1)</c>) is logic of its own and counts.
    /// </summary>
    private static bool IsPassedOn(ExpressionSyntax value) =>
        value is LiteralExpressionSyntax or DefaultExpressionSyntax or IdentifierNameSyntax or MemberAccessExpressionSyntax;
}
