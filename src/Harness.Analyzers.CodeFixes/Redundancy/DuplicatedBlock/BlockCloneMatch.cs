using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// Two runs are copies when their tokens are the same one for one, except that variables may carry other names, as
/// long as the renaming is consistent (a bijection), keeps every variable's type, and never shows in <c>nameof</c>;
/// and literals may differ (the extraction makes them parameters, or gives up). Every other name must bind to the
/// same symbol. A variable may also have another class type in each copy when the block only calls members of their
/// common base class on it or passes it on to a parameter of that class (ILSpy's <c>fallbackValue</c>, an
/// <c>ILInstruction</c>, and <c>throwInst</c>, a <c>Throw</c>): the new method's parameter gets that class (see
/// <see cref="PassedOnAs"/>).
/// </summary>
internal sealed class BlockCloneMatch
{
    private BlockCloneMatch(
        Dictionary<ISymbol, ISymbol> toCanonical, Dictionary<ISymbol, ISymbol> fromCanonical, List<int> differentLiterals, Dictionary<ISymbol, ITypeSymbol> passedOnAs)
    {
        PassedOnAs = passedOnAs;
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

    /// <summary>The canonical run's variables whose type differs in the other run, each with the common base class a parameter for it takes.</summary>
    public IReadOnlyDictionary<ISymbol, ITypeSymbol> PassedOnAs { get; }

    public static BlockCloneMatch? Match(BlockSymbols canonical, BlockSymbols other)
    {
        if (!canonical.IsSupported || !other.IsSupported || canonical.Tokens.Count != other.Tokens.Count)
        {
            return null;
        }

        var toCanonical = new Dictionary<ISymbol, ISymbol>(SymbolEqualityComparer.Default);
        var fromCanonical = new Dictionary<ISymbol, ISymbol>(SymbolEqualityComparer.Default);
        var differentLiterals = new List<int>();
        var retyped = new Dictionary<ISymbol, ISymbol>(SymbolEqualityComparer.Default);
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
            if (!SymbolEqualityComparer.Default.Equals(TypeOf(x), TypeOf(y)))
            {
                retyped[x] = y;
            }

            if ((a.Token.ValueText != b.Token.ValueText && (BlockSymbols.InNameof(a.Token) || BlockSymbols.InNameof(b.Token)))
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

        var passedOnAs = new Dictionary<ISymbol, ITypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var pair in retyped)
        {
            if (CommonType(pair.Key, pair.Value, canonical, other) is not { } type)
            {
                return null;
            }

            passedOnAs[pair.Key] = type;
        }

        return new BlockCloneMatch(toCanonical, fromCanonical, differentLiterals, passedOnAs);
    }

    /// <summary>
    /// The type a parameter for <paramref name="x"/> of <paramref name="canonical"/> and its counterpart
    /// <paramref name="y"/> in <paramref name="other"/> can have when their types differ: the nearest class both derive
    /// from, when each copy uses the variable only as the receiver of an instance member of that class or a base of it
    /// (found on that class too, and dispatched on the object as before), or as a by-value argument that binds to one
    /// parameter of exactly that type in both. Then every call binds as in the copies, and the block never writes the
    /// variable. Null otherwise, and for a variable the block declares.
    /// </summary>
    private static ITypeSymbol? CommonType(ISymbol x, ISymbol y, BlockSymbols canonical, BlockSymbols other)
    {
        if (BlockSymbols.DeclaredIn(x, canonical.Run) || BlockSymbols.DeclaredIn(y, other.Run)
            || TypeOf(x) is not { TypeKind: TypeKind.Class } first || TypeOf(y) is not { TypeKind: TypeKind.Class } second
            || BaseTypes(first).FirstOrDefault(t => BaseTypes(second).Contains(t, SymbolEqualityComparer.Default)) is not { } common)
        {
            return null;
        }

        for (var i = 0; i < canonical.Tokens.Count; i++)
        {
            if (SymbolEqualityComparer.Default.Equals(canonical.Tokens[i].Symbol, x)
                && !(IsReceiverOfMemberOf(canonical.Tokens[i].Token, common, canonical.Run.Model) && IsReceiverOfMemberOf(other.Tokens[i].Token, common, other.Run.Model))
                && !(ArgumentParameter(canonical.Tokens[i].Token, canonical.Run.Model) is { } parameter
                    && SymbolEqualityComparer.Default.Equals(parameter.Type, common)
                    && SymbolEqualityComparer.Default.Equals(parameter, ArgumentParameter(other.Tokens[i].Token, other.Run.Model))))
            {
                return null;
            }
        }

        return common.WithNullableAnnotation(first.NullableAnnotation);
    }

    private static IEnumerable<INamedTypeSymbol> BaseTypes(ITypeSymbol type)
    {
        for (var t = type as INamedTypeSymbol; t is not null; t = t.BaseType)
        {
            yield return t;
        }
    }

    /// <summary>The token is <c>x</c> in <c>x.Member</c>, an instance member (no extension method) declared in <paramref name="type"/> or a base of it.</summary>
    private static bool IsReceiverOfMemberOf(SyntaxToken token, ITypeSymbol type, SemanticModel model) =>
        token.Parent is IdentifierNameSyntax { Parent: MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access } name
        && access.Expression == name
        && model.GetSymbolInfo(access.Name).Symbol is { IsStatic: false } member
        && member is not IMethodSymbol { MethodKind: MethodKind.ReducedExtension }
        && BaseTypes(type).Contains(member.ContainingType, SymbolEqualityComparer.Default);

    /// <summary>The parameter an identifier that is a whole by-value argument binds to, converted to it by identity or by reference.</summary>
    private static IParameterSymbol? ArgumentParameter(SyntaxToken token, SemanticModel model) =>
        token.Parent is IdentifierNameSyntax { Parent: ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.None } argument }
        && model.GetOperation(argument) is IArgumentOperation { ArgumentKind: ArgumentKind.Explicit, Parameter: { } parameter } operation
        && operation.InConversion.IsImplicit && (operation.InConversion.IsIdentity || operation.InConversion.IsReference)
            ? parameter
            : null;

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
