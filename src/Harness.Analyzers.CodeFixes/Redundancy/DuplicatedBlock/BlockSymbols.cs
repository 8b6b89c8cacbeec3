using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// The tokens of a <see cref="StatementRun"/> with what each identifier binds to, and which of them are variables
/// (locals, range variables, parameters of the enclosing functions or of lambdas inside the run): the names that may
/// differ between two copies of a block.
/// </summary>
internal sealed class BlockSymbols
{
    private BlockSymbols(StatementRun run, List<BlockToken> tokens, bool supported)
    {
        Run = run;
        Tokens = tokens;
        IsSupported = supported;
    }

    public StatementRun Run { get; }

    public IReadOnlyList<BlockToken> Tokens { get; }

    /// <summary>False when the run binds to something an extracted method cannot reach or rename (local functions, labels, method type parameters, primary constructor parameters).</summary>
    public bool IsSupported { get; }

    /// <summary>Each variable once, in order of first appearance.</summary>
    public IEnumerable<ISymbol> Variables => Tokens.Where(t => t.IsVariable).Select(t => t.Symbol!).Distinct(SymbolEqualityComparer.Default);

    public static BlockSymbols Create(StatementRun run, CancellationToken cancellationToken)
    {
        var model = run.Model;
        var enclosing = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        for (var symbol = model.GetEnclosingSymbol(run.First.SpanStart, cancellationToken); symbol is not null and not INamedTypeSymbol; symbol = symbol.ContainingSymbol)
        {
            enclosing.Add(symbol);
        }

        var tokens = new List<BlockToken>();
        var supported = true;
        foreach (var statement in run.Statements)
        {
            foreach (var token in statement.DescendantTokens())
            {
                if (!token.IsKind(SyntaxKind.IdentifierToken))
                {
                    tokens.Add(new BlockToken(token, null, false));
                    continue;
                }

                var symbol = SymbolAt(token, model, cancellationToken);
                var isVariable = symbol switch
                {
                    ILocalSymbol or IRangeVariableSymbol => true,
                    IParameterSymbol parameter => enclosing.Contains(parameter.ContainingSymbol) || DeclaredIn(parameter, run),
                    _ => false,
                };

                supported &= symbol switch
                {
                    IMethodSymbol { MethodKind: MethodKind.LocalFunction } or ILabelSymbol => false,
                    ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } => false,
                    IParameterSymbol when !isVariable => IsArgumentName(token),
                    _ => true,
                };
                tokens.Add(new BlockToken(token, symbol, isVariable));
            }
        }

        return new BlockSymbols(run, tokens, supported);
    }

    /// <summary>Whether the symbol is declared inside the run.</summary>
    public static bool DeclaredIn(ISymbol symbol, StatementRun run) =>
        symbol.Locations.Any(l => l.IsInSource && l.SourceTree == run.First.SyntaxTree && run.Span.Contains(l.SourceSpan));

    /// <summary>Whether the token is an identifier inside <c>nameof(…)</c>, where a rename changes a string.</summary>
    public static bool InNameof(SyntaxToken token) =>
        token.Parent is not null && token.Parent.Ancestors().OfType<InvocationExpressionSyntax>().Any(i => i.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" });

    private static bool IsArgumentName(SyntaxToken token) => token.Parent is IdentifierNameSyntax { Parent: NameColonSyntax };

    private static ISymbol? SymbolAt(SyntaxToken token, SemanticModel model, CancellationToken cancellationToken)
    {
        if (token.Parent is SimpleNameSyntax name)
        {
            var info = model.GetSymbolInfo(name, cancellationToken);
            return info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null);
        }

        return token.Parent is null ? null : model.GetDeclaredSymbol(token.Parent, cancellationToken);
    }
}
