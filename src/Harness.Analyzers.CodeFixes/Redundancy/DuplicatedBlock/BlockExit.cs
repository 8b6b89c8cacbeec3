using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// The ways out of one occurrence of a block: only at its end, or also by <c>return</c> statements of the containing
/// method in a shape a call can reproduce (<see cref="BlockExitKind"/>). Null from <see cref="Analyze"/> for any
/// other jump (<c>break</c> or <c>continue</c> to a loop outside, returns of different values that go on otherwise).
/// </summary>
internal sealed class BlockExit
{
    private BlockExit(BlockExitKind kind, ImmutableArray<ReturnStatementSyntax> returns, ExpressionSyntax? stopValue, ITypeSymbol? returnType)
    {
        Kind = kind;
        Returns = returns;
        StopValue = stopValue;
        ReturnType = returnType;
    }

    public BlockExitKind Kind { get; }

    /// <summary>The <c>return</c> statements that leave the block (not those of a lambda inside it).</summary>
    public ImmutableArray<ReturnStatementSyntax> Returns { get; }

    /// <summary>For <see cref="BlockExitKind.Guard"/>: the constant every return returns, null for <c>return;</c>.</summary>
    public ExpressionSyntax? StopValue { get; }

    /// <summary>For <see cref="BlockExitKind.Tail"/>: the containing method's return type, null when it returns nothing.</summary>
    public ITypeSymbol? ReturnType { get; }

    public static BlockExit? Analyze(StatementRun run, CancellationToken cancellationToken)
    {
        var control = run.Model.AnalyzeControlFlow(run.First, run.Last);
        if (control is null || !control.Succeeded || !control.StartPointIsReachable || control.ExitPoints.Any(e => e is not ReturnStatementSyntax))
        {
            return null;
        }

        var returns = control.ReturnStatements.OfType<ReturnStatementSyntax>().ToImmutableArray();
        if (control.EndPointIsReachable)
        {
            return returns.IsEmpty ? new BlockExit(BlockExitKind.FallsThrough, returns, null, null) : Guard(run, returns);
        }

        // Every path ends in a return or a throw: the new method returns what the containing one does.
        if (run.Model.GetEnclosingSymbol(run.First.SpanStart, cancellationToken) is not IMethodSymbol { IsAsync: false, ReturnsByRef: false, ReturnsByRefReadonly: false } method
            || (!method.ReturnsVoid && !BlockFlow.IsPlainType(method.ReturnType)))
        {
            return null;
        }

        return new BlockExit(BlockExitKind.Tail, returns, null, method.ReturnsVoid ? null : method.ReturnType);
    }

    /// <summary>Every return is <c>return;</c>, or every one returns the same constant.</summary>
    private static BlockExit? Guard(StatementRun run, ImmutableArray<ReturnStatementSyntax> returns)
    {
        var value = returns[0].Expression;
        foreach (var statement in returns)
        {
            if (statement.Expression is { } expression
                ? value is null || !expression.IsEquivalentTo(value) || !IsConstant(expression, run.Model)
                : value is not null)
            {
                return null;
            }
        }

        return new BlockExit(BlockExitKind.Guard, returns, value, null);
    }

    private static bool IsConstant(ExpressionSyntax expression, SemanticModel model)
    {
        while (expression is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed)
        {
            expression = suppressed.Operand;
        }

        return expression.IsKind(SyntaxKind.DefaultLiteralExpression) || expression is DefaultExpressionSyntax || model.GetConstantValue(expression).HasValue;
    }
}
