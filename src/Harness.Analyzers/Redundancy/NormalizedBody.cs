using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// A body as a sequence of token codes with layout and comments gone, every local and parameter name one code
/// and every literal one code per kind: clones of type 1 and 2 become equal, and type 3 stays close.
/// <see cref="ExactHash"/> also keeps which local is which (consistent renaming), so it only matches true renames.
/// </summary>
internal sealed class NormalizedBody
{
    private const int LocalCode = 0x4C4F43;
    private const int NumberCode = 0x4E554D;
    private const int TextCode = 0x545854;
    private const int BooleanCode = 0x424F4F;

    private NormalizedBody(int[] codes, int[] starts, ulong exactHash)
    {
        Codes = codes;
        Starts = starts;
        ExactHash = exactHash;
    }

    public int[] Codes { get; }

    /// <summary>The source position of each token, to map statements onto ranges of <see cref="Codes"/>.</summary>
    public int[] Starts { get; }

    public ulong ExactHash { get; }

    public int Length => Codes.Length;

    public static NormalizedBody Create(SyntaxNode body, IEnumerable<SyntaxToken> parameterNames)
    {
        var locals = DeclaredNames(body, parameterNames);
        var ordinals = new Dictionary<string, int>();
        var codes = new List<int>(64);
        var starts = new List<int>(64);
        var exact = StableHash.Seed;
        foreach (var token in body.DescendantTokens())
        {
            if (token.IsMissing || token.Span.IsEmpty)
            {
                continue;
            }

            var code = CodeOf(token, locals, ordinals, out var exactCode);
            codes.Add(code);
            starts.Add(token.SpanStart);
            exact = StableHash.Combine(exact, exactCode);
        }

        return new NormalizedBody(codes.ToArray(), starts.ToArray(), exact);
    }

    /// <summary>The index of the first token at or after <paramref name="position"/>.</summary>
    public int TokenIndexAt(int position)
    {
        int low = 0, high = Starts.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Starts[middle] < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    public int HashRange(int start, int end)
    {
        var hash = StableHash.Seed;
        for (var i = start; i < end; i++)
        {
            hash = StableHash.Combine(hash, Codes[i]);
        }

        return (int)hash ^ (int)(hash >> 32);
    }

    /// <summary>Locals are numbered by first use, so renaming them, or an unused parameter, changes nothing.</summary>
    private static int CodeOf(SyntaxToken token, HashSet<string> locals, Dictionary<string, int> ordinals, out int exactCode)
    {
        switch ((SyntaxKind)token.RawKind)
        {
            case SyntaxKind.IdentifierToken when locals.Contains(token.ValueText):
                if (!ordinals.TryGetValue(token.ValueText, out var ordinal))
                {
                    ordinal = ordinals.Count;
                    ordinals.Add(token.ValueText, ordinal);
                }

                exactCode = LocalCode + ordinal + 1;
                return LocalCode;
            case SyntaxKind.IdentifierToken:
                exactCode = StableHash.Of(token.ValueText);
                return exactCode;
            case SyntaxKind.NumericLiteralToken:
            case SyntaxKind.CharacterLiteralToken:
                exactCode = NumberCode;
                return NumberCode;
            case SyntaxKind.StringLiteralToken:
            case SyntaxKind.InterpolatedStringTextToken:
            case SyntaxKind.SingleLineRawStringLiteralToken:
            case SyntaxKind.MultiLineRawStringLiteralToken:
                exactCode = TextCode;
                return TextCode;
            case SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword when token.Parent is LiteralExpressionSyntax:
                exactCode = BooleanCode;
                return BooleanCode;
            default:
                exactCode = token.RawKind;
                return token.RawKind;
        }
    }

    /// <summary>Parameters, locals, loop and catch variables, pattern and lambda variables.</summary>
    private static HashSet<string> DeclaredNames(SyntaxNode body, IEnumerable<SyntaxToken> parameterNames)
    {
        var names = new HashSet<string>();
        void Declare(SyntaxToken identifier)
        {
            if (!identifier.IsMissing)
            {
                names.Add(identifier.ValueText);
            }
        }

        foreach (var parameter in parameterNames)
        {
            Declare(parameter);
        }

        foreach (var node in body.DescendantNodes())
        {
            switch (node)
            {
                case VariableDeclaratorSyntax variable:
                    Declare(variable.Identifier);
                    break;
                case ForEachStatementSyntax loop:
                    Declare(loop.Identifier);
                    break;
                case CatchDeclarationSyntax caught:
                    Declare(caught.Identifier);
                    break;
                case SingleVariableDesignationSyntax designation:
                    Declare(designation.Identifier);
                    break;
                case ParameterSyntax parameter:
                    Declare(parameter.Identifier);
                    break;
                case QueryClauseSyntax or QueryContinuationSyntax or FromClauseSyntax:
                    foreach (var token in node.ChildTokens())
                    {
                        if (token.IsKind(SyntaxKind.IdentifierToken))
                        {
                            Declare(token);
                        }
                    }

                    break;
            }
        }

        return names;
    }
}

/// <summary>FNV-1a style hashing that is the same in every process, so reports never depend on hash seeds.</summary>
internal static class StableHash
{
    public const ulong Seed = 14695981039346656037UL;

    public static ulong Combine(ulong hash, int value)
    {
        unchecked
        {
            hash ^= (uint)value;
            hash *= 1099511628211UL;
            hash ^= hash >> 29;
            return hash;
        }
    }

    public static int Of(string text)
    {
        var hash = Seed;
        foreach (var c in text)
        {
            hash = Combine(hash, c);
        }

        return (int)hash ^ (int)(hash >> 32);
    }
}
