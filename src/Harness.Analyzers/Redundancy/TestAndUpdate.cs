using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// A test and an update over one skeleton: <c>BitSet.All(start, end)</c> and <c>BitSet.Set(start, end)</c> work out the
/// same word indexes and masks, then at every place where one returns or declines (<c>if ((words[w] &amp; mask) !=
/// mask) return false;</c>) the other assigns (<c>words[w] |= mask;</c>). The skeleton is how a range of a data
/// structure is addressed; what each member does is the operation at those places, and it differs. Read on real code
/// (ICSharpCode.Decompiler's BitSet, hot bit-twiddling code kept inline) reviewers called such pairs boilerplate. The
/// bodies must line up statement by statement, with every other statement equal (a <c>return;</c> of the update may
/// stand where the test returns a constant); any other difference makes them judged as any near-duplicate.
/// </summary>
internal static class TestAndUpdate
{
    public static bool AreTwins(SyntaxNode body, SyntaxNode otherBody)
    {
        var differences = new List<(StatementSyntax, StatementSyntax)>();
        if (body is not BlockSyntax || !Align(body, otherBody, differences))
        {
            return false;
        }

        var operations = differences.Where(pair => !(pair.Item1 is ReturnStatementSyntax && pair.Item2 is ReturnStatementSyntax)).ToList();
        return operations.Count > 0
            && (operations.All(pair => Tests(pair.Item1) && Updates(pair.Item2)) || operations.All(pair => Updates(pair.Item1) && Tests(pair.Item2)));
    }

    /// <summary>
    /// Lines two statements up: equal ones match, blocks and statements of one kind with equal headers line up their
    /// parts, and any other two statements are a difference. Fails where the shapes do not line up.
    /// </summary>
    private static bool Align(SyntaxNode node, SyntaxNode other, List<(StatementSyntax, StatementSyntax)> differences)
    {
        if (SyntaxFactory.AreEquivalent(node, other))
        {
            return true;
        }

        switch (node, other)
        {
            case (BlockSyntax block, BlockSyntax otherBlock) when block.Statements.Count == otherBlock.Statements.Count:
                return block.Statements.Zip(otherBlock.Statements, (statement, otherStatement) => Align(statement, otherStatement, differences)).All(aligned => aligned);
            case (IfStatementSyntax check, IfStatementSyntax otherCheck) when SyntaxFactory.AreEquivalent(check.Condition, otherCheck.Condition) && (check.Else is null) == (otherCheck.Else is null):
                return AlignParts(check.Statement, otherCheck.Statement, differences)
                    && (check.Else is null || AlignParts(check.Else.Statement, otherCheck.Else!.Statement, differences));
            case (ForStatementSyntax loop, ForStatementSyntax otherLoop) when SyntaxFactory.AreEquivalent(loop.WithStatement(otherLoop.Statement), otherLoop):
                return AlignParts(loop.Statement, otherLoop.Statement, differences);
            case (StatementSyntax statement, StatementSyntax otherStatement) when statement is not BlockSyntax && otherStatement is not BlockSyntax:
                differences.Add((statement, otherStatement));
                return true;
            default:
                return false;
        }
    }

    /// <summary>The body of an <c>if</c> or a loop, a block of one statement standing for that statement.</summary>
    private static bool AlignParts(StatementSyntax part, StatementSyntax otherPart, List<(StatementSyntax, StatementSyntax)> differences) =>
        Align(SingleStatement.Unwrap(part), SingleStatement.Unwrap(otherPart), differences);

    /// <summary>Returns what it found, or declines (<see cref="DecliningCheck"/>).</summary>
    private static bool Tests(StatementSyntax statement) =>
        statement is ReturnStatementSyntax { Expression: not null } || DecliningCheck.Is(statement);

    /// <summary>Assigns (<c>words[i] = ulong.MaxValue;</c>, <c>words[w] |= mask;</c>).</summary>
    private static bool Updates(StatementSyntax statement) =>
        statement is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax };
}
