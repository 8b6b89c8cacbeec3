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

/// <summary>A token of a run; for identifiers, the symbol it binds to or declares.</summary>
internal readonly struct BlockToken
{
    public BlockToken(SyntaxToken token, ISymbol? symbol, bool isVariable)
    {
        Token = token;
        Symbol = symbol;
        IsVariable = isVariable;
    }

    public SyntaxToken Token { get; }

    public ISymbol? Symbol { get; }

    public bool IsVariable { get; }
}

/// <summary>
/// Two runs are copies when their tokens are the same one for one, except that variables may carry other names, as
/// long as the renaming is consistent (a bijection), keeps every variable's type, and never shows in <c>nameof</c>;
/// and literals may differ (the extraction makes them parameters, or gives up). Every other name must bind to the
/// same symbol.
/// </summary>
internal sealed class BlockCloneMatch
{
    private BlockCloneMatch(Dictionary<ISymbol, ISymbol> toCanonical, Dictionary<ISymbol, ISymbol> fromCanonical, List<int> differentLiterals)
    {
        ToCanonical = toCanonical;
        FromCanonical = fromCanonical;
        DifferentLiterals = differentLiterals;
    }

    /// <summary>The other run's variables, mapped to the canonical run's.</summary>
    public IReadOnlyDictionary<ISymbol, ISymbol> ToCanonical { get; }

    /// <summary>The canonical run's variables, mapped to the other run's.</summary>
    public IReadOnlyDictionary<ISymbol, ISymbol> FromCanonical { get; }

    /// <summary>The indexes (into <see cref="BlockSymbols.Tokens"/>) of the literals that differ between the two runs.</summary>
    public IReadOnlyList<int> DifferentLiterals { get; }

    public static BlockCloneMatch? Match(BlockSymbols canonical, BlockSymbols other)
    {
        if (!canonical.IsSupported || !other.IsSupported || canonical.Tokens.Count != other.Tokens.Count)
        {
            return null;
        }

        var toCanonical = new Dictionary<ISymbol, ISymbol>(SymbolEqualityComparer.Default);
        var fromCanonical = new Dictionary<ISymbol, ISymbol>(SymbolEqualityComparer.Default);
        var differentLiterals = new List<int>();
        for (var i = 0; i < canonical.Tokens.Count; i++)
        {
            var a = canonical.Tokens[i];
            var b = other.Tokens[i];
            if (IsLiteral(a.Token) && IsLiteral(b.Token))
            {
                if (a.Token.Text != b.Token.Text)
                {
                    differentLiterals.Add(i);
                }

                continue;
            }

            if (a.Token.RawKind != b.Token.RawKind)
            {
                return null;
            }

            if (!a.Token.IsKind(SyntaxKind.IdentifierToken))
            {
                if (a.Token.Text != b.Token.Text)
                {
                    return null;
                }

                continue;
            }

            if (a.IsVariable != b.IsVariable)
            {
                return null;
            }

            if (!a.IsVariable)
            {
                if (a.Token.ValueText != b.Token.ValueText || !SymbolEqualityComparer.Default.Equals(a.Symbol, b.Symbol))
                {
                    return null;
                }

                continue;
            }

            var x = a.Symbol!;
            var y = b.Symbol!;
            if ((a.Token.ValueText != b.Token.ValueText && (BlockSymbols.InNameof(a.Token) || BlockSymbols.InNameof(b.Token)))
                || !SymbolEqualityComparer.Default.Equals(TypeOf(x), TypeOf(y))
                || (x is IRangeVariableSymbol) != (y is IRangeVariableSymbol)
                || BlockSymbols.DeclaredIn(x, canonical.Run) != BlockSymbols.DeclaredIn(y, other.Run))
            {
                return null;
            }

            if (fromCanonical.TryGetValue(x, out var mapped) ? !SymbolEqualityComparer.Default.Equals(mapped, y) : toCanonical.ContainsKey(y))
            {
                return null;
            }

            fromCanonical[x] = y;
            toCanonical[y] = x;
        }

        return new BlockCloneMatch(toCanonical, fromCanonical, differentLiterals);
    }

    /// <summary>The token of a number, character, string, <c>true</c> or <c>false</c> literal.</summary>
    public static bool IsLiteral(SyntaxToken token) =>
        token.Parent is LiteralExpressionSyntax literal && literal.Token == token
        && (literal.IsKind(SyntaxKind.NumericLiteralExpression) || literal.IsKind(SyntaxKind.StringLiteralExpression)
            || literal.IsKind(SyntaxKind.CharacterLiteralExpression) || literal.IsKind(SyntaxKind.TrueLiteralExpression)
            || literal.IsKind(SyntaxKind.FalseLiteralExpression));

    public static ITypeSymbol? TypeOf(ISymbol variable) => variable switch
    {
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        _ => null,
    };
}
