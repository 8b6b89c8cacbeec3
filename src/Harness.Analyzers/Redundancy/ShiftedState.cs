using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Runs that shift a state through locals, each taking the value of the next (<c>uint temp = RotateLeft(a, 5) + f + e +
/// k + w[i]; e = d; d = c; c = RotateLeft(b, 30); b = a; a = temp;</c>): the step that ends each round of a hash or
/// cipher, written out once per round the way the reference code does, after the round's own function and constant.
/// A helper would take every local by <c>ref</c> to shift them. Read on real code (the SHA-1 ICSharpCode.Decompiler
/// carries from dotnet/runtime) reviewers left the rounds as they are. A run that also calls for its effect, writes
/// anything but locals, or shifts fewer than <see cref="MinShifts"/> values is still reported.
/// </summary>
internal static class ShiftedState
{
    /// <summary>Two assignments in a row are a swap at most; three or more handing values down are a shifted state.</summary>
    private const int MinShifts = 3;

    public static bool IsAll(SyntaxTree tree, TextSpan span)
    {
        var statements = RunStatements.Of(tree, span);
        if (!statements.All(statement => statement is LocalDeclarationStatementSyntax || Target(statement) is not null))
        {
            return false;
        }

        var shifts = 0;
        for (var i = 0; i + 1 < statements.Count; i++)
        {
            if (Target(statements[i]) is not null && Target(statements[i + 1]) is { } next && Reads(statements[i], next))
            {
                shifts++;
            }
        }

        return shifts >= MinShifts;
    }

    /// <summary>The local a plain assignment statement (<c>d = c;</c>) sets, or null.</summary>
    private static string? Target(StatementSyntax statement) => PlainAssignment.Of(statement)?.Name;

    /// <summary>Whether the value an assignment sets reads <paramref name="name"/>, which the next statement overwrites.</summary>
    private static bool Reads(StatementSyntax assignment, string name) =>
        PlainAssignment.Of(assignment) is { } set && IdentifierTokens.Mention(set.Value, name);
}
