using System;
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
    private const int TrueCode = 0x545255;
    private const int FalseCode = 0x46414C;
    private const int OwnNameCode = 0x4F574E;

    private NormalizedBody(int[] codes, int[] starts, ulong exactHash, int[]? exactCodes, bool[]? names)
    {
        Codes = codes;
        Starts = starts;
        ExactHash = exactHash;
        ExactCodes = exactCodes;
        Names = names;
    }

    public int[] Codes { get; }

    /// <summary>
    /// The codes with each local kept apart (see <see cref="LocalNumbering"/>), so that only a consistent renaming matches:
    /// <c>P(a) - P(b)</c> and <c>P(b) - P(a)</c> differ here, and are equal in <see cref="Codes"/>. Kept only when asked for.
    /// </summary>
    public int[]? ExactCodes { get; }

    /// <summary>Which of the <see cref="ExactCodes"/> name something other than a local: a member, a type, a namespace.</summary>
    public bool[]? Names { get; }

    /// <summary>The source position of each token, to map statements onto ranges of <see cref="Codes"/>.</summary>
    public int[] Starts { get; }

    public ulong ExactHash { get; }

    public int Length => Codes.Length;

    /// <param name="body">The member's block or expression.</param>
    /// <param name="parameterNames">The member's parameters.</param>
    /// <param name="context">The member's name and type.</param>
    /// <param name="keepExactCodes">Whether to keep <see cref="ExactCodes"/> and <see cref="Names"/>.</param>
    /// <param name="nodes">If given, receives the body's nodes in the order of a walk (not the body itself), for the caller's other questions about it.</param>
    public static NormalizedBody Create(SyntaxNode body, IEnumerable<SyntaxToken> parameterNames, MemberContext context, bool keepExactCodes = false, List<SyntaxNode>? nodes = null)
    {
        // One walk finds the declared names and the tokens: every member of every document is read here (issue 8).
        var tokens = TokenBuffer ??= new List<SyntaxToken>(256);
        var locals = DeclaredNames(body, parameterNames, tokens, nodes);
        var ordinals = new LocalNumbering(parameterNames);
        var codes = new int[tokens.Count];
        var starts = new int[tokens.Count];
        var exactCodes = keepExactCodes ? new int[tokens.Count] : null;
        var names = keepExactCodes ? new bool[tokens.Count] : null;
        var exact = StableHash.Seed;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            codes[i] = CodeOf(token, locals, ordinals, context, out var exactCode);
            starts[i] = token.SpanStart;
            if (exactCodes is not null)
            {
                exactCodes[i] = exactCode;
                names![i] = token.IsKind(SyntaxKind.IdentifierToken) && !IsLocal(token, locals);
            }

            exact = StableHash.Combine(exact, exactCode);
        }

        // Cleared, so that the buffer does not keep the tree alive.
        tokens.Clear();
        return new NormalizedBody(codes, starts, exact, exactCodes, names);
    }

    /// <summary>The tokens of the body being normalised on this thread: reused, as most bodies are short.</summary>
    [ThreadStatic]
    private static List<SyntaxToken>? TokenBuffer;

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

    /// <summary>
    /// Locals are numbered by first use, so renaming them, or an unused parameter, changes nothing. The member's
    /// own name (recursion) is renamed with it; a member of the containing type is told apart by that type, since
    /// each class's own <c>Convert</c> is different logic under the same name.
    /// </summary>
    private static int CodeOf(SyntaxToken token, HashSet<string> locals, LocalNumbering ordinals, MemberContext context, out int exactCode)
    {
        switch ((SyntaxKind)token.RawKind)
        {
            case SyntaxKind.IdentifierToken:
                return IdentifierCodeOf(token, locals, ordinals, context, out exactCode);
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
            case SyntaxKind.TrueKeyword when token.Parent is LiteralExpressionSyntax:
                // true, false and null are different values, not one literal with another value.
                exactCode = TrueCode;
                return TrueCode;
            case SyntaxKind.FalseKeyword when token.Parent is LiteralExpressionSyntax:
                exactCode = FalseCode;
                return FalseCode;
            default:
                exactCode = token.RawKind;
                return token.RawKind;
        }
    }

    /// <summary>
    /// A name: the member's own, one of its type's members, a local, or anything else. Every identifier of every body
    /// comes here, and each question about it hashes its text, so each is asked once (issue 8).
    /// </summary>
    private static int IdentifierCodeOf(SyntaxToken token, HashSet<string> locals, LocalNumbering ordinals, MemberContext context, out int exactCode)
    {
        var text = token.ValueText;
        var isLocal = IsLocal(token, locals);
        if (!isLocal && IsSimpleName(token))
        {
            if (text == context.OwnName)
            {
                exactCode = OwnNameCode;
                return OwnNameCode;
            }

            if (context.TypeMembers.Contains(text))
            {
                exactCode = StableHash.Of(context.TypeKey, '.', text);
                return exactCode;
            }
        }

        if (isLocal)
        {
            exactCode = LocalCode + ordinals.Of(text);
            return LocalCode;
        }

        exactCode = StableHash.Of(text);
        return exactCode;
    }

    private static bool IsLocal(SyntaxToken token, HashSet<string> locals) => !IsMemberName(token) && locals.Contains(token.ValueText);

    /// <summary>The name after a dot (<c>this.name</c>, <c>other.Name</c>, <c>?.Name</c>): a member, even where a local has that name.</summary>
    private static bool IsMemberName(SyntaxToken token) =>
        token.Parent is IdentifierNameSyntax name
        && name.Parent switch
        {
            MemberAccessExpressionSyntax access => access.Name == name,
            QualifiedNameSyntax qualified => qualified.Right == name,
            MemberBindingExpressionSyntax => true,
            _ => false,
        };

    /// <summary>A name that means a member of the containing type: alone, or after <c>this.</c>; not <c>other.Name</c>.</summary>
    private static bool IsSimpleName(SyntaxToken token) =>
        token.Parent is IdentifierNameSyntax name
        && name.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Name == name => access.Expression is ThisExpressionSyntax,
            QualifiedNameSyntax qualified => qualified.Left == name,
            MemberBindingExpressionSyntax => false,
            _ => true,
        };

    /// <summary>
    /// Parameters, locals, loop and catch variables, pattern and lambda variables; on the way, the body's tokens that
    /// are written (not missing, not empty) go to <paramref name="tokens"/>, in source order, and its nodes to <paramref name="nodes"/>.
    /// </summary>
    private static HashSet<string> DeclaredNames(SyntaxNode body, IEnumerable<SyntaxToken> parameterNames, List<SyntaxToken> tokens, List<SyntaxNode>? nodes)
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

        foreach (var nodeOrToken in body.DescendantNodesAndTokens())
        {
            if (nodeOrToken.IsToken)
            {
                var token = nodeOrToken.AsToken();
                if (!token.IsMissing && !token.Span.IsEmpty)
                {
                    tokens.Add(token);
                }

                continue;
            }

            var node = nodeOrToken.AsNode()!;
            nodes?.Add(node);
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
