using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Redundancy;

/// <summary>Finds the members with a body in a tree and fingerprints those of at least min_tokens tokens.</summary>
internal static class TreeFingerprinter
{
    private const int ShingleLength = 5;

    private static readonly ImmutableHashSet<string> PlumbingNames = ImmutableHashSet.Create("ToString", "Equals", "GetHashCode", "CompareTo", "Dispose", "Deconstruct");

    public static TreeFingerprints Fingerprint(SyntaxTree tree, int minTokens, CancellationToken cancellationToken)
    {
        var members = ImmutableArray.CreateBuilder<MemberFingerprint>();
        var windows = ImmutableArray.CreateBuilder<BlockWindow>();
        foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
        {
            if (!TryGetBody(node, out var body, out var nameToken, out var name, out var parameters))
            {
                continue;
            }

            var normalized = NormalizedBody.Create(body, parameters);
            if (normalized.Length < minTokens)
            {
                continue;
            }

            var member = new MemberFingerprint(tree, nameToken.Span, name, ContainingNamespaceOf(node), ContainingTypeOf(node), normalized, Shingles(normalized.Codes));
            members.Add(member);
            AddWindows(member, body, normalized, minTokens, windows);
        }

        return new TreeFingerprints(minTokens, members.ToImmutable(), windows.ToImmutable());
    }

    private static bool TryGetBody(SyntaxNode node, out SyntaxNode body, out SyntaxToken nameToken, out string name, out IEnumerable<SyntaxToken> parameters)
    {
        body = null!;
        nameToken = default;
        name = string.Empty;
        parameters = Enumerable.Empty<SyntaxToken>();
        switch (node)
        {
            case BaseMethodDeclarationSyntax method when !IsPlumbing(method):
                body = (SyntaxNode?)method.Body ?? method.ExpressionBody?.Expression!;
                nameToken = NameTokenOf(method);
                name = nameToken.ValueText;
                parameters = method.ParameterList.Parameters.Select(p => p.Identifier);
                break;
            case AccessorDeclarationSyntax accessor when accessor.Parent?.Parent is BasePropertyDeclarationSyntax { ExplicitInterfaceSpecifier: null } property:
                body = (SyntaxNode?)accessor.Body ?? accessor.ExpressionBody?.Expression!;
                nameToken = accessor.Keyword;
                name = NameOf(property) + "." + accessor.Keyword.ValueText;
                parameters = ParametersOf(property);
                break;
            case BasePropertyDeclarationSyntax property when ExpressionBodyOf(property) is { } expression:
                body = expression;
                nameToken = property is IndexerDeclarationSyntax indexer ? indexer.ThisKeyword : ((PropertyDeclarationSyntax)property).Identifier;
                name = NameOf(property);
                parameters = ParametersOf(property);
                break;
            case LocalFunctionStatementSyntax local:
                body = (SyntaxNode?)local.Body ?? local.ExpressionBody?.Expression!;
                nameToken = local.Identifier;
                name = local.Identifier.ValueText;
                parameters = local.ParameterList.Parameters.Select(p => p.Identifier);
                break;
        }

        return body is not null;
    }

    /// <summary>Members every type must implement on its own (overrides of object, equality, explicit interface plumbing) cannot be shared.</summary>
    private static bool IsPlumbing(BaseMethodDeclarationSyntax method) => method switch
    {
        MethodDeclarationSyntax m => m.ExplicitInterfaceSpecifier is not null || PlumbingNames.Contains(m.Identifier.ValueText),
        OperatorDeclarationSyntax o => o.OperatorToken.IsKind(SyntaxKind.EqualsEqualsToken) || o.OperatorToken.IsKind(SyntaxKind.ExclamationEqualsToken),
        _ => false,
    };

    private static SyntaxToken NameTokenOf(BaseMethodDeclarationSyntax method) => method switch
    {
        MethodDeclarationSyntax m => m.Identifier,
        ConstructorDeclarationSyntax c => c.Identifier,
        DestructorDeclarationSyntax d => d.Identifier,
        OperatorDeclarationSyntax o => o.OperatorToken,
        ConversionOperatorDeclarationSyntax c => c.ImplicitOrExplicitKeyword,
        _ => method.GetFirstToken(),
    };

    private static string NameOf(BasePropertyDeclarationSyntax property) => property switch
    {
        PropertyDeclarationSyntax p => p.Identifier.ValueText,
        IndexerDeclarationSyntax => "this[]",
        EventDeclarationSyntax e => e.Identifier.ValueText,
        _ => string.Empty,
    };

    private static SyntaxNode? ExpressionBodyOf(BasePropertyDeclarationSyntax property) => property switch
    {
        PropertyDeclarationSyntax p => p.ExpressionBody?.Expression,
        IndexerDeclarationSyntax i => i.ExpressionBody?.Expression,
        _ => null,
    };

    private static IEnumerable<SyntaxToken> ParametersOf(BasePropertyDeclarationSyntax property) =>
        property is IndexerDeclarationSyntax indexer ? indexer.ParameterList.Parameters.Select(p => p.Identifier) : Enumerable.Empty<SyntaxToken>();

    private static string ContainingNamespaceOf(SyntaxNode node) =>
        string.Join(".", node.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Reverse().Select(ns => ns.Name.ToString()));

    private static string ContainingTypeOf(SyntaxNode node)
    {
        var names = new List<string>();
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is BaseTypeDeclarationSyntax type)
            {
                names.Add(type.Identifier.ValueText);
            }
        }

        names.Reverse();
        return string.Join(".", names);
    }

    private static int[] Shingles(int[] codes)
    {
        var shingles = new HashSet<int>();
        for (var start = 0; start + ShingleLength <= codes.Length; start++)
        {
            var hash = StableHash.Seed;
            for (var i = start; i < start + ShingleLength; i++)
            {
                hash = StableHash.Combine(hash, codes[i]);
            }

            // Content-defined sampling keeps the same quarter of the shingles in every copy of the same code.
            var folded = (int)hash ^ (int)(hash >> 32);
            if ((folded & 3) == 0)
            {
                shingles.Add(folded);
            }
        }

        return shingles.ToArray();
    }

    private static void AddWindows(MemberFingerprint member, SyntaxNode body, NormalizedBody normalized, int minTokens, ImmutableArray<BlockWindow>.Builder windows)
    {
        foreach (var node in body.DescendantNodesAndSelf())
        {
            var statements = node switch
            {
                BlockSyntax block => block.Statements,
                SwitchSectionSyntax section => section.Statements,
                _ => default,
            };

            if (statements.Count > 1)
            {
                AddWindows(member, node.SpanStart, statements, normalized, minTokens, windows);
            }
        }
    }

    /// <summary>From each statement, the shortest run of statements of at least min_tokens tokens.</summary>
    private static void AddWindows(MemberFingerprint member, int blockStart, SyntaxList<StatementSyntax> statements, NormalizedBody normalized, int minTokens, ImmutableArray<BlockWindow>.Builder windows)
    {
        var starts = new int[statements.Count + 1];
        var hashes = new int[statements.Count];
        var spans = new Microsoft.CodeAnalysis.Text.TextSpan[statements.Count];
        for (var i = 0; i < statements.Count; i++)
        {
            starts[i] = normalized.TokenIndexAt(statements[i].SpanStart);
            var end = normalized.TokenIndexAt(statements[i].Span.End);
            hashes[i] = normalized.HashRange(starts[i], end);
            spans[i] = statements[i].Span;
        }

        var block = new BlockStatements(blockStart, hashes, spans);

        starts[statements.Count] = normalized.TokenIndexAt(statements[statements.Count - 1].Span.End);
        for (var first = 0; first < statements.Count; first++)
        {
            var hash = StableHash.Seed;
            for (var last = first; last < statements.Count; last++)
            {
                hash = StableHash.Combine(hash, hashes[last]);
                if (starts[last + 1] - starts[first] >= minTokens)
                {
                    windows.Add(new BlockWindow(member, hash, block, first, last - first + 1));
                    break;
                }
            }
        }
    }
}
