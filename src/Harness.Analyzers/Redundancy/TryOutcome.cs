using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Short runs with which a try-style member hands back its result and stops: <c>if (b.MatchLeave(out _)) { result = b;
/// return true; } … return false;</c> at the end of a matcher, or the fragment a parser could not read measured and
/// reported (<c>var end = index; while (end &lt; s.Length &amp;&amp; !char.IsWhiteSpace(s[end])) end++; unrecognized =
/// s[index..end]; return false;</c>). Each member sets its own <c>out</c> parameters and returns, which a helper
/// cannot do for it: it would hand the value back for the member to set and return again. Read on real code
/// (ICSharpCode.Decompiler's switch-on-string matchers, Humanizer's words-to-number parsers) reviewers called such
/// runs boilerplate. A run that does anything else (calls for its effect, assigns a local, builds a value in a loop)
/// is work of its own and is still reported, and so is a longer run.
/// </summary>
internal static class TryOutcome
{
    /// <summary>Past this many statements the run is worth a helper, whatever it hands back.</summary>
    public const int MaxStatements = 4;

    public static bool AreBoth(SyntaxTree tree, TextSpan span, SyntaxTree otherTree, TextSpan otherSpan) =>
        IsAll(tree, span) && IsAll(otherTree, otherSpan);

    private static bool IsAll(SyntaxTree tree, TextSpan span)
    {
        var statements = RunStatements.Of(tree, span);
        if (statements.Count == 0 || statements.Count > MaxStatements
            || statements[statements.Count - 1] is not ReturnStatementSyntax { Expression: { } last } || !ConstantValue.Is(last))
        {
            return false;
        }

        var outNames = OutParameters(statements[0]);
        return outNames.Count > 0
            && statements.Any(statement => statement.DescendantNodesAndSelf().Any(node => SetsOut(node, outNames)))
            && statements.All(statement => IsHandingBack(statement, outNames) || IsMeasuring(statement));
    }

    /// <summary>The names of the <c>out</c> parameters of the method or local function around <paramref name="statement"/>.</summary>
    private static HashSet<string> OutParameters(SyntaxNode statement)
    {
        var parameters = statement.Ancestors().Select(node => node switch
        {
            BaseMethodDeclarationSyntax method => method.ParameterList,
            LocalFunctionStatementSyntax local => local.ParameterList,
            _ => null,
        }).FirstOrDefault(list => list is not null);
        return new HashSet<string>(parameters?.Parameters
            .Where(parameter => parameter.Modifiers.Any(SyntaxKind.OutKeyword))
            .Select(parameter => parameter.Identifier.ValueText) ?? Enumerable.Empty<string>());
    }

    /// <summary>A <c>return</c> of a constant, an <c>out</c> parameter set, or an <c>if</c> without <c>else</c> that only does those.</summary>
    private static bool IsHandingBack(StatementSyntax statement, HashSet<string> outNames) => statement switch
    {
        ReturnStatementSyntax { Expression: { } value } => ConstantValue.Is(value),
        ExpressionStatementSyntax { Expression: var expression } => SetsOut(expression, outNames),
        IfStatementSyntax { Else: null, Statement: var body } =>
            (body is BlockSyntax block ? block.Statements.ToList() : new List<StatementSyntax> { body })
                .All(inner => inner is not IfStatementSyntax && IsHandingBack(inner, outNames)),
        _ => false,
    };

    private static bool SetsOut(SyntaxNode node, HashSet<string> outNames) =>
        PlainAssignment.Of(node) is { } set && outNames.Contains(set.Name);

    /// <summary>
    /// Finding the end of what is handed back: a local declared, or a loop that only moves a position
    /// (<c>while (end &lt; s.Length &amp;&amp; !char.IsWhiteSpace(s[end])) end++;</c>).
    /// </summary>
    private static bool IsMeasuring(StatementSyntax statement) => statement switch
    {
        LocalDeclarationStatementSyntax => true,
        WhileStatementSyntax loop => SingleStatement.Unwrap(loop.Statement) is ExpressionStatementSyntax
        {
            Expression: PostfixUnaryExpressionSyntax or PrefixUnaryExpressionSyntax,
        },
        _ => false,
    };
}
