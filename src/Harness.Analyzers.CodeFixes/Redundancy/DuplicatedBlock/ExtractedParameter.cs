using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>A parameter of the new method: a variable from outside the block, or a literal that differs between the copies.</summary>
internal sealed class ExtractedParameter
{
    public ExtractedParameter(string name, ITypeSymbol type, ISymbol? variable, int? literalIndex, int position)
    {
        Name = name;
        Type = type;
        Variable = variable;
        LiteralIndex = literalIndex;
        Position = position;
    }

    public string Name { get; }

    public ITypeSymbol Type { get; }

    /// <summary>The canonical occurrence's variable, or null for a literal.</summary>
    public ISymbol? Variable { get; }

    /// <summary>For a literal, its index in every occurrence's <see cref="BlockSymbols.Tokens"/>.</summary>
    public int? LiteralIndex { get; }

    /// <summary>The index of the token where the parameter first appears in the block: the parameter order.</summary>
    public int Position { get; }

    /// <summary>What an occurrence passes: its own variable, or its own literal.</summary>
    public ExpressionSyntax ArgumentFor(BlockOccurrence occurrence) =>
        Variable is not null
            ? IdentifierName(ExtractedMethodSyntax.Name(occurrence.Match.FromCanonical[Variable].Name))
            : ((ExpressionSyntax)occurrence.Symbols.Tokens[LiteralIndex!.Value].Token.Parent!).WithoutTrivia();
}
