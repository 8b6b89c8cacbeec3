using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// Whether two bodies whose tokens line up (<see cref="BodyAlignment"/>) also mean the same: in two types the same
/// name can bind to each type's own member (a private <c>Helper()</c> in both), and then one body cannot stand for
/// the other. Locals and parameters are matched by the alignment already; every other name must bind to one symbol.
/// </summary>
internal static class SameSymbols
{
    public static bool In(SyntaxNode kept, SemanticModel keptModel, SyntaxNode copy, SemanticModel copyModel, CancellationToken cancellationToken)
    {
        var keptNames = kept.DescendantNodesAndSelf().OfType<SimpleNameSyntax>().ToList();
        var copyNames = copy.DescendantNodesAndSelf().OfType<SimpleNameSyntax>().ToList();
        return keptNames.Count == copyNames.Count
            && keptNames.Zip(copyNames, (k, c) => Same(keptModel.GetSymbolInfo(k, cancellationToken), copyModel.GetSymbolInfo(c, cancellationToken))).All(same => same);
    }

    private static bool Same(SymbolInfo kept, SymbolInfo copy)
    {
        if (kept.Symbol is ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or ILabelSymbol)
        {
            return copy.Symbol is ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or ILabelSymbol;
        }

        // A name that binds to nothing (broken code) must fail alike on both sides.
        return kept.Symbol is null
            ? copy.Symbol is null && kept.CandidateSymbols.SequenceEqual(copy.CandidateSymbols, SymbolEqualityComparer.Default)
            : SymbolEqualityComparer.Default.Equals(kept.Symbol, copy.Symbol);
    }
}
