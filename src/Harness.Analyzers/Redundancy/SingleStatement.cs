using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Redundancy;

/// <summary>The statement a block of one statement stands for, as branch and guard checks read it.</summary>
internal static class SingleStatement
{
    /// <summary>A block of one statement stands for that statement: <c>{ return 1; }</c> equals <c>return 1;</c>.</summary>
    public static StatementSyntax Unwrap(StatementSyntax statement)
    {
        while (statement is BlockSyntax { Statements.Count: 1 } block)
        {
            statement = block.Statements[0];
        }

        return statement;
    }
}
