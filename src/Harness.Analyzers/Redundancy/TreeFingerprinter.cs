using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>Finds the members with a body in a tree and fingerprints those of at least min_tokens tokens.</summary>
internal static class TreeFingerprinter
{
    private const int ShingleLength = 5;

    private static readonly ConditionalWeakTable<MemberFingerprint, RereadHolder> Rereads = new();

    /// <summary>
    /// The nodes of the body being fingerprinted on this thread, from the walk that normalises it: counting its
    /// statements and finding its blocks walked every body twice more (issue 8).
    /// </summary>
    [ThreadStatic]
    private static List<SyntaxNode>? BodyNodes;

    private static readonly ImmutableHashSet<string> PlumbingNames = ImmutableHashSet.Create("ToString", "Equals", "GetHashCode", "CompareTo", "Dispose", "Deconstruct");

    public static TreeFingerprints Fingerprint(SyntaxTree tree, int minTokens, CancellationToken cancellationToken)
    {
        var fingerprints = new Builder(tree, minTokens);

        // The walk that normalises a body reads every node in it, local functions included, so the walk of the tree
        // does not enter a body again (issue 8). Bodies are known by span: hashing each node the walk meets would
        // give every red node an identity hash, a cost the profile showed. Outside a body no node has its span, but
        // for an empty (missing) node, which has nothing to enter.
        var bodies = new HashSet<TextSpan>();
        var nested = new List<(SyntaxNode Node, BodyOf Found)>();
        foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes(node => bodies.Count == 0 || !bodies.Contains(node.Span)))
        {
            if (!TryGetBody(node, out var found))
            {
                continue;
            }

            bodies.Add(found.Body.Span);
            nested.Clear();
            fingerprints.Add(node, found, nested);

            // The members declared in the body at any depth, in source order (those inside them among them).
            foreach (var (inner, innerFound) in nested)
            {
                fingerprints.Add(inner, innerFound, nested: null);
            }
        }

        // Cleared, so that the buffer does not keep the tree alive.
        BodyNodes?.Clear();

        return fingerprints.ToFingerprints();
    }

    /// <summary>The fingerprints of one tree as they are read, member by member.</summary>
    private sealed class Builder
    {
        private readonly SyntaxTree _tree;
        private readonly int _minTokens;
        private readonly ImmutableArray<MemberFingerprint>.Builder _members = ImmutableArray.CreateBuilder<MemberFingerprint>();
        private readonly ImmutableArray<BlockWindow>.Builder _windows = ImmutableArray.CreateBuilder<BlockWindow>();
        private readonly Dictionary<SyntaxNode, TypeFacts> _types = new();

        public Builder(SyntaxTree tree, int minTokens)
        {
            _tree = tree;
            _minTokens = minTokens;
        }

        /// <param name="node">The member.</param>
        /// <param name="found">Its body and names.</param>
        /// <param name="nested">If given, receives the members declared in the body (local functions), read on the way.</param>
        public void Add(SyntaxNode node, BodyOf found, List<(SyntaxNode Node, BodyOf Found)>? nested)
        {
            // Every token takes at least one character, so a body shorter than min_tokens characters is too small to
            // be compared, and so is every local function in it: neither is read (most accessors and one-liners).
            if (found.Body.Span.Length < _minTokens)
            {
                return;
            }

            var type = FactsOf(node, _types);
            var bodyNodes = BodyNodes ??= new List<SyntaxNode>(256);
            bodyNodes.Clear();
            var normalized = NormalizedBody.Create(found.Body, found.Parameters, type.ContextFor(found.Name), nodes: bodyNodes);
            if (nested is not null)
            {
                foreach (var bodyNode in bodyNodes)
                {
                    if (TryGetBody(bodyNode, out var inner))
                    {
                        nested.Add((bodyNode, inner));
                    }
                }
            }

            if (normalized.Length < _minTokens)
            {
                return;
            }

            // Plumbing stands in the index only as an exact body, so that a new member copying it is found.
            var member = new MemberFingerprint(_tree, Declare(node, found, type, bodyNodes), normalized, found.IsPlumbing ? Array.Empty<int>() : Shingles(normalized.Codes));
            _members.Add(member);
            if (!found.IsPlumbing)
            {
                AddWindows(member, found.Body, bodyNodes, normalized, _minTokens, _windows);
            }
        }

        public TreeFingerprints ToFingerprints() => new(_minTokens, _members.ToImmutable(), _windows.ToImmutable());
    }

    /// <summary>
    /// The member's body read again, normalised with each local kept apart: for the few pairs that are compared
    /// closely, so that the index need not keep this for every member. Read once per member, kept while it is.
    /// </summary>
    public static RereadBody? Reread(MemberFingerprint member, CancellationToken cancellationToken) =>
        Rereads.GetValue(member, m => new RereadHolder(ReadAgain(m, cancellationToken))).Body;

    private static RereadBody? ReadAgain(MemberFingerprint member, CancellationToken cancellationToken)
    {
        for (var node = member.Tree.GetRoot(cancellationToken).FindNode(member.Span, getInnermostNodeForTie: true); node is not null; node = node.Parent)
        {
            if (node.Span == member.Span && TryGetBody(node, out var found))
            {
                var context = FactsOf(node, new Dictionary<SyntaxNode, TypeFacts>()).ContextFor(found.Name);
                var normalized = NormalizedBody.Create(found.Body, found.Parameters, context, keepExactCodes: true);
                return new RereadBody(found.Body, normalized.ExactCodes!, normalized.Names!);
            }
        }

        return null;
    }

    /// <summary>A reference to a possibly missing body, since a weak table cannot hold null.</summary>
    private sealed class RereadHolder
    {
        public RereadHolder(RereadBody? body) => Body = body;

        public RereadBody? Body { get; }
    }

    private static MemberDeclaration Declare(SyntaxNode node, BodyOf found, TypeFacts type, List<SyntaxNode> bodyNodes) => new(
        found.NameToken.Span,
        node.Span,
        found.Name,
        found.Signature,
        type.Name,
        type.Key,
        StatementCount(found.Body, bodyNodes),
        found.IsPlumbing,
        node is MemberDeclarationSyntax member && member.Modifiers.Any(SyntaxKind.OverrideKeyword));

    /// <summary>What the members of one type share, read once per type and tree: every member of a file needs it.</summary>
    private static TypeFacts FactsOf(SyntaxNode member, Dictionary<SyntaxNode, TypeFacts> cache)
    {
        var type = member.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        if (type is not null && cache.TryGetValue(type, out var facts))
        {
            return facts;
        }

        facts = new TypeFacts(ContainingNamespaceOf(member), ContainingTypeOf(member), type is null ? new HashSet<string>() : MemberNamesOf(type));
        if (type is not null)
        {
            cache.Add(type, facts);
        }

        return facts;
    }

    /// <summary>A type's name with the types around it, its key, and the names it declares.</summary>
    private sealed class TypeFacts
    {
        private readonly ISet<string> _memberNames;

        public TypeFacts(string @namespace, string name, ISet<string> memberNames)
        {
            Name = name;
            Key = @namespace + "|" + name;
            _memberNames = memberNames;
        }

        public string Name { get; }

        /// <summary>The type with its namespace: members of one type, across partial declarations, share it.</summary>
        public string Key { get; }

        public MemberContext ContextFor(string memberName) => new(memberName, Key, _memberNames);
    }

    /// <summary>The names a type declares (this part of it).</summary>
    private static HashSet<string> MemberNamesOf(TypeDeclarationSyntax type)
    {
        var names = new HashSet<string>();
        foreach (var member in type.Members)
        {
            switch (member)
            {
                case MethodDeclarationSyntax method:
                    names.Add(method.Identifier.ValueText);
                    break;
                case PropertyDeclarationSyntax property:
                    names.Add(property.Identifier.ValueText);
                    break;
                case EventDeclarationSyntax @event:
                    names.Add(@event.Identifier.ValueText);
                    break;
                case BaseFieldDeclarationSyntax field:
                    foreach (var variable in field.Declaration.Variables)
                    {
                        names.Add(variable.Identifier.ValueText);
                    }

                    break;
            }
        }

        return names;
    }

    private static int StatementCount(SyntaxNode body, List<SyntaxNode> bodyNodes)
    {
        if (body is not BlockSyntax)
        {
            return 1;
        }

        // Guard clauses and throws are not counted, nor what they hold: two members that differ only in how they fail
        // are not copies.
        var count = 0;
        foreach (var node in bodyNodes)
        {
            if (node is StatementSyntax and not BlockSyntax && !ErrorExit.IsThrowOrGuard(node) && !IsWithin(node, body, ErrorExit.IsThrowOrGuard))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether a node between <paramref name="node"/> and <paramref name="body"/> (both excluded) is <paramref name="kind"/>.</summary>
    private static bool IsWithin(SyntaxNode node, SyntaxNode body, Func<SyntaxNode, bool> kind)
    {
        for (var parent = node.Parent; parent is not null && parent != body; parent = parent.Parent)
        {
            if (kind(parent))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryGetBody(SyntaxNode node, out BodyOf found)
    {
        found = default;
        switch (node)
        {
            case BaseMethodDeclarationSyntax method when ((SyntaxNode?)method.Body ?? method.ExpressionBody?.Expression) is { } body:
                var nameToken = NameTokenOf(method);
                found = new BodyOf(body, nameToken, nameToken.ValueText, SignatureOf(method, nameToken), method.ParameterList.Parameters.Select(p => p.Identifier), IsPlumbing(method));
                return true;
            case AccessorDeclarationSyntax accessor when accessor.Parent?.Parent is BasePropertyDeclarationSyntax property
                && ((SyntaxNode?)accessor.Body ?? accessor.ExpressionBody?.Expression) is { } body:
                var accessorName = NameOf(property) + "." + accessor.Keyword.ValueText;
                found = new BodyOf(body, accessor.Keyword, accessorName, accessorName, ParametersOf(property), property.ExplicitInterfaceSpecifier is not null);
                return true;
            case BasePropertyDeclarationSyntax property when ExpressionBodyOf(property) is { } expression:
                var propertyName = NameOf(property);
                var propertyToken = property is IndexerDeclarationSyntax indexer ? indexer.ThisKeyword : ((PropertyDeclarationSyntax)property).Identifier;
                found = new BodyOf(expression, propertyToken, propertyName, propertyName, ParametersOf(property), property.ExplicitInterfaceSpecifier is not null);
                return true;
            case LocalFunctionStatementSyntax local when ((SyntaxNode?)local.Body ?? local.ExpressionBody?.Expression) is { } body:
                found = new BodyOf(body, local.Identifier, local.Identifier.ValueText, local.Identifier.ValueText, local.ParameterList.Parameters.Select(p => p.Identifier), IsPlumbing: false);
                return true;
            default:
                return false;
        }
    }

    /// <summary>A body and what names it; a struct, since most nodes are not members.</summary>
    private readonly record struct BodyOf(SyntaxNode Body, SyntaxToken NameToken, string Name, string Signature, IEnumerable<SyntaxToken> Parameters, bool IsPlumbing);

    /// <summary>Members every type must implement on its own (overrides of object, equality, explicit interface plumbing) cannot be shared.</summary>
    private static bool IsPlumbing(BaseMethodDeclarationSyntax method) => method switch
    {
        MethodDeclarationSyntax m => m.ExplicitInterfaceSpecifier is not null || PlumbingNames.Contains(m.Identifier.ValueText),
        OperatorDeclarationSyntax o => o.OperatorToken.IsKind(SyntaxKind.EqualsEqualsToken) || o.OperatorToken.IsKind(SyntaxKind.ExclamationEqualsToken),
        _ => false,
    };

    /// <summary>Operators are named by their parameter types too: every conversion of a type is called <c>explicit</c>.</summary>
    private static string SignatureOf(BaseMethodDeclarationSyntax method, SyntaxToken nameToken) => method switch
    {
        OperatorDeclarationSyntax => "operator " + nameToken.ValueText + ParameterTypesOf(method),
        ConversionOperatorDeclarationSyntax conversion => nameToken.ValueText + " operator " + conversion.Type + ParameterTypesOf(method),
        _ => nameToken.ValueText,
    };

    private static string ParameterTypesOf(BaseMethodDeclarationSyntax method) =>
        "(" + string.Join(", ", method.ParameterList.Parameters.Select(p => p.Type?.ToString() ?? p.Identifier.ValueText)) + ")";

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

    /// <summary>
    /// The distinct sampled shingles, in ascending order (their order means nothing to the index): sorted in place
    /// rather than gathered in a hash set per member, as every member of every document is fingerprinted (issue 8).
    /// </summary>
    private static int[] Shingles(int[] codes)
    {
        if (codes.Length < ShingleLength)
        {
            return Array.Empty<int>();
        }

        var sampled = SampledBuffer is { } buffer && buffer.Length >= codes.Length ? buffer : (SampledBuffer = new int[codes.Length]);
        var count = 0;
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
                sampled[count++] = folded;
            }
        }

        Array.Sort(sampled, 0, count);
        var distinct = 0;
        for (var i = 0; i < count; i++)
        {
            if (distinct == 0 || sampled[i] != sampled[distinct - 1])
            {
                sampled[distinct++] = sampled[i];
            }
        }

        var shingles = new int[distinct];
        Array.Copy(sampled, shingles, distinct);
        return shingles;
    }

    /// <summary>The shingles of the member being fingerprinted on this thread, before sampling leaves a quarter of them.</summary>
    [ThreadStatic]
    private static int[]? SampledBuffer;

    private static void AddWindows(MemberFingerprint member, SyntaxNode body, List<SyntaxNode> bodyNodes, NormalizedBody normalized, int minTokens, ImmutableArray<BlockWindow>.Builder windows)
    {
        AddWindows(member, body, normalized, minTokens, windows);
        foreach (var node in bodyNodes)
        {
            // A local function is a member of its own, with its own windows and counterparts.
            if (node is BlockSyntax or SwitchSectionSyntax && !IsWithin(node, body, IsLocalFunction))
            {
                AddWindows(member, node, normalized, minTokens, windows);
            }
        }
    }

    private static bool IsLocalFunction(SyntaxNode node) => node is LocalFunctionStatementSyntax;

    /// <summary>The windows of a block or switch section.</summary>
    private static void AddWindows(MemberFingerprint member, SyntaxNode node, NormalizedBody normalized, int minTokens, ImmutableArray<BlockWindow>.Builder windows)
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
