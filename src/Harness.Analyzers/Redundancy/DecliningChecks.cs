using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Short runs made only of checks that decline (<c>if (orderedMembers == null) return false;</c>, <c>if (!m.Success)
/// return null;</c>) and the one-line lookups those checks test (<c>var body = DecompileBody(method);</c>). Each line
/// states one precondition of its own matcher, detector or converter; the members that share three of them vary the
/// rest, so a helper would have to hand back both the verdict and what it looked up, for lines that read best where they
/// are. <see cref="DecliningPrologue"/> leaves such checks at the start of a member; read on real code
/// (ICSharpCode.Decompiler's record detectors, expression-tree converters, using and foreach matchers) reviewers left
/// them in the middle too. A run that declines with a computed value, assigns, loops, calls for its effect or looks up
/// something no check of the run tests does work of its own and is still reported, and so is a longer run, which a
/// helper shortens for real.
/// </summary>
internal static class DecliningChecks
{
    /// <summary>Past this many statements the checks are worth one named predicate, whatever they test.</summary>
    public const int MaxStatements = 4;

    public static bool AreAll(SyntaxTree tree, TextSpan span)
    {
        var statements = RunStatements.Of(tree, span);
        if (statements.Count == 0 || statements.Count > MaxStatements || !statements.Any(IsDecline))
        {
            return false;
        }

        var tested = new HashSet<string>(statements.OfType<IfStatementSyntax>()
            .SelectMany(check => check.Condition.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            .Select(name => name.Identifier.ValueText));
        return statements.All(statement => IsDecline(statement) || IsTestedLookup(statement, tested));
    }

    /// <summary>
    /// A <see cref="DecliningCheck"/> that binds nothing. A check that binds what it matched (<c>if (inst is not CastClass castclass) return
    /// false;</c>, <c>if (!x.MatchStLoc(out var v, out var value)) return false;</c>) is a step of a matcher whose next
    /// step reads it: reviewers wanted such chains extracted into one matcher, so they stay findings.
    /// </summary>
    public static bool IsDecline(StatementSyntax statement) =>
        DecliningCheck.Is(statement)
        && !((IfStatementSyntax)statement).Condition.DescendantNodes().Any(node => node is VariableDesignationSyntax);

    /// <summary>A declaration of locals (or a deconstruction into new ones) that a check of the run tests.</summary>
    private static bool IsTestedLookup(StatementSyntax statement, HashSet<string> tested) => statement switch
    {
        LocalDeclarationStatementSyntax declaration =>
            declaration.Declaration.Variables.All(variable => tested.Contains(variable.Identifier.ValueText)),
        ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: DeclarationExpressionSyntax target } assignment } =>
            assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
            && target.DescendantNodes().OfType<SingleVariableDesignationSyntax>().Any(name => tested.Contains(name.Identifier.ValueText)),
        _ => false,
    };
}
