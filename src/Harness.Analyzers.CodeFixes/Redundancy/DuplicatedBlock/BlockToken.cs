using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.CodeFixes.Redundancy;

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
