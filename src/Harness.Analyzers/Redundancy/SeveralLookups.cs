using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Short runs that only look values up (local declarations), maybe with checks that decline on them, whose member
/// goes on to read two or more of those values: a parser cutting its input into a number part and a unit part, a
/// formatter finding a sentinel and protecting a format with it, a resolver splitting a dotted name into namespace, name
/// and arity. A helper for such a run would hand back several values (and the verdict) for the member to unpack again,
/// and the members that share it use the values differently right after. Read on real code (ICSharpCode.Decompiler's
/// ID-string resolver, Humanizer's byte-size parsers and words-to-number converters) reviewers called such runs
/// boilerplate. A run that computes one value the member goes on with is a function worth extracting, and a run that
/// assigns, calls for its effect, loops or throws does work of its own: those are still reported, as is a longer run.
/// </summary>
internal static class SeveralLookups
{
    /// <summary>Past this many statements the run is worth a helper, whatever it hands back.</summary>
    public const int MaxStatements = 4;

    /// <summary>A helper could return one value; from two on it hands back a tuple to unpack.</summary>
    private const int MinValuesReadAfter = 2;

    public static bool AreBoth(SyntaxTree tree, TextSpan span, SyntaxTree otherTree, TextSpan otherSpan) =>
        HandsOnSeveral(tree, span) && HandsOnSeveral(otherTree, otherSpan);

    private static bool HandsOnSeveral(SyntaxTree tree, TextSpan span)
    {
        var statements = RunStatements.Of(tree, span);
        if (statements.Count == 0 || statements.Count > MaxStatements
            || !statements.All(statement => statement is LocalDeclarationStatementSyntax || DecliningChecks.IsDecline(statement) || IsFailureExit(statement)))
        {
            return false;
        }

        var declared = statements.OfType<LocalDeclarationStatementSyntax>().SelectMany(declaration => declaration.Declaration.Variables).ToList();
        var names = new HashSet<string>(declared.Select(variable => variable.Identifier.ValueText));
        var readAfter = new HashSet<string>(statements[0].Parent!.DescendantTokens()
            .Where(token => token.SpanStart >= span.End && token.IsKind(SyntaxKind.IdentifierToken))
            .Select(token => token.ValueText));
        var handedOn = declared.Where(variable => readAfter.Contains(variable.Identifier.ValueText)).ToList();
        return handedOn.Count >= MinValuesReadAfter && !handedOn.Any(variable => ReadsAny(variable, names));
    }

    /// <summary>
    /// Whether a value is computed from another value of the run: a chain of lookups (a handle, the row it names, a
    /// reader over the row) is one computation, worth a function even when the member reads more than its end.
    /// </summary>
    private static bool ReadsAny(VariableDeclaratorSyntax variable, HashSet<string> names) =>
        variable.Initializer is { } initializer && IdentifierTokens.MentionAny(initializer.Value, names);

    /// <summary>
    /// A try-style member declining: an <c>if</c> without <c>else</c> that sets its results to constants or to what
    /// it was given and returns a constant (<c>if (tokens.Length == 0) { parsedValue = default; unrecognizedWord = words;
    /// return false; }</c>).
    /// </summary>
    private static bool IsFailureExit(StatementSyntax statement) =>
        statement is IfStatementSyntax { Else: null, Statement: BlockSyntax { Statements: { Count: > 1 } body } }
        && !statement.DescendantNodes().Any(node => node is VariableDesignationSyntax)
        && body.Last() is ReturnStatementSyntax { Expression: { } value } && ConstantValue.Is(value)
        && body.Take(body.Count - 1).All(inner => PlainAssignment.Of(inner) is { Value: var set } && (set is IdentifierNameSyntax || ConstantValue.Is(set)));
}
