using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>An occurrence with its symbols and flow; null when it cannot be extracted on its own.</summary>
internal sealed class BlockOccurrence
{
    private BlockOccurrence(StatementRun run, BlockSymbols symbols, BlockFlow flow)
    {
        Run = run;
        Symbols = symbols;
        Flow = flow;
    }

    public StatementRun Run { get; }

    public BlockSymbols Symbols { get; }

    public BlockFlow Flow { get; }

    /// <summary>How this occurrence's variables map to the canonical occurrence's (set by <see cref="ExtractionPlan"/>).</summary>
    public BlockCloneMatch Match { get; set; } = null!;

    public static BlockOccurrence? Create(StatementRun run, CancellationToken cancellationToken)
    {
        var symbols = BlockSymbols.Create(run, cancellationToken);
        return BlockFlow.Analyze(symbols, Enumerable.Empty<ISymbol>(), cancellationToken) is { } flow ? new BlockOccurrence(run, symbols, flow) : null;
    }

    /// <summary>The occurrence passing out the values of <paramref name="outputs"/> (its own variables) too; null when it cannot.</summary>
    public BlockOccurrence? PassingOut(IEnumerable<ISymbol> outputs, CancellationToken cancellationToken) =>
        BlockFlow.Analyze(Symbols, outputs, cancellationToken) is { } flow ? new BlockOccurrence(Run, Symbols, flow) : null;
}
