using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Matchers of two patterns: members made mostly of checks that decline (<c>if (!(block.Instructions[i] is TryFinally
/// body)) return false;</c>, see <see cref="DecliningCheck"/>), each making two checks or more that the other does not.
/// A matcher says what it matches in its checks; the rest (the chain of <c>return false</c>, a short rewrite at the end)
/// is the shape every matcher has. Read on real code (ICSharpCode.Decompiler's LockTransform, one matcher per
/// compiler's lock pattern: MCS, V2, V4, V4 in iterators, Roslyn, and its entry and exit block matchers) reviewers
/// called such pairs boilerplate or wrong: the instruction positions, load counts and calls they check differ, only the
/// guard shape is alike. A copy that changed one check (<c>MatchLdFlda</c> for <c>MatchLdsFlda</c>) is one matcher
/// taking what differs, and is still reported. Two checks are the same check when their tokens are, parameters and
/// locals aside: a renamed copy keeps its checks.
/// </summary>
internal static class DistinctMatchers
{
    private const int MinOwnChecks = 2;

    public static bool AreBoth(SyntaxNode body, SyntaxNode otherBody)
    {
        var checks = ChecksOfMatcher(body);
        var otherChecks = ChecksOfMatcher(otherBody);
        return checks is not null && otherChecks is not null
            && OwnChecks(checks, otherChecks) >= MinOwnChecks
            && OwnChecks(otherChecks, checks) >= MinOwnChecks;
    }

    /// <summary>
    /// The checks of a body made at least half of them, each check counted with its <c>return</c> (so that a
    /// matcher's rewrite after six checks, seven statements, leaves it a matcher), else <see langword="null"/>.
    /// </summary>
    private static List<string>? ChecksOfMatcher(SyntaxNode body)
    {
        if (body is not BlockSyntax block)
        {
            return null;
        }

        var checks = block.Statements.Where(DecliningCheck.Is).ToList();
        var statements = body.DescendantNodes().OfType<StatementSyntax>().Count(statement => statement is not BlockSyntax);
        if (checks.Count * 2 * 2 < statements)
        {
            return null;
        }

        var names = DeclaredNames.Of(body);
        return checks.Select(check => Key(check, names)).ToList();
    }

    /// <summary>How many of <paramref name="checks"/> the other does not make (each of the other's checks answers one).</summary>
    private static int OwnChecks(List<string> checks, List<string> otherChecks)
    {
        var unanswered = new List<string>(otherChecks);
        return checks.Count(check => !unanswered.Remove(check));
    }

    /// <summary>The check's tokens, each parameter or local written as <c>_</c>.</summary>
    private static string Key(StatementSyntax check, HashSet<string> names) =>
        string.Join(" ", check.DescendantTokens().Select(token =>
            token.IsKind(SyntaxKind.IdentifierToken) && names.Contains(token.ValueText) ? "_" : token.ValueText));
}
