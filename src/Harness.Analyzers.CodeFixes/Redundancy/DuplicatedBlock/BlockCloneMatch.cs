using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.CodeFixes.Redundancy;

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
