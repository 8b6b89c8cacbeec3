using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>A parameter of the new method: a variable from outside the block, or a literal that differs between the copies.</summary>
internal sealed class ExtractedParameter
{
    public ExtractedParameter(string name, ITypeSymbol type, ISymbol? variable, int? literalIndex, int position, ReferenceOutput? reference = null, bool disallowNull = false)
    {
        DisallowNull = disallowNull;
        Name = name;
        Type = type;
        Variable = variable;
        LiteralIndex = literalIndex;
        Position = position;
        Reference = reference;
    }

    public string Name { get; }

    public ITypeSymbol Type { get; }

    /// <summary>The canonical occurrence's variable, or null for a literal.</summary>
    public ISymbol? Variable { get; }

    /// <summary>For a literal, its index in every occurrence's <see cref="BlockSymbols.Tokens"/>.</summary>
    public int? LiteralIndex { get; }

    /// <summary>The index of the token where the parameter first appears in the block: the parameter order.</summary>
    public int Position { get; }

    /// <summary>A nullable reference that is not null on entry but that the block may set to null: <c>[DisallowNull]</c>.</summary>
    public bool DisallowNull { get; }

    /// <summary>For a variable whose value flows out by reference: how; else null (passed by value).</summary>
    public ReferenceOutput? Reference { get; }

    /// <summary>
    /// What an occurrence passes: its own literal, or its own variable (<c>ref x</c>, <c>out x</c>, or <c>out var x</c>
    /// when the block declared it).
    /// </summary>
    public ArgumentSyntax ArgumentFor(BlockOccurrence occurrence)
    {
        if (Variable is null)
        {
            return Argument(((ExpressionSyntax)occurrence.Symbols.Tokens[LiteralIndex!.Value].Token.Parent!).WithoutTrivia());
        }

        var variable = occurrence.Match.FromCanonical[Variable];
        var name = ExtractedMethodSyntax.Name(variable.Name);
        if (Reference is null)
        {
            return Argument(IdentifierName(name));
        }

        var passed = Reference.DeclaredInside
            ? DeclarationExpression(ExtractedMethodSyntax.DeclaredType(variable, occurrence.Run), SingleVariableDesignation(name))
            : (ExpressionSyntax)IdentifierName(name);
        return Argument(passed).WithRefKindKeyword(Token(Reference.Kind == RefKind.Ref ? SyntaxKind.RefKeyword : SyntaxKind.OutKeyword));
    }
}
