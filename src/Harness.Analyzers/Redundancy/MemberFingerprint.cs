using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>What the clone index keeps of one member body. Belongs to its tree, so it is reused while the tree is.</summary>
internal sealed class MemberFingerprint
{
    public MemberFingerprint(SyntaxTree tree, MemberDeclaration declaration, NormalizedBody body, int[] shingles)
    {
        Tree = tree;
        NameSpan = declaration.NameSpan;
        Span = declaration.Span;
        Name = declaration.Name;
        Signature = declaration.Signature;
        ContainingType = declaration.ContainingType;
        TypeKey = declaration.TypeKey;
        Statements = declaration.Statements;
        IsPlumbing = declaration.IsPlumbing;
        IsOverride = declaration.IsOverride;
        Codes = body.Codes;
        ExactHash = body.ExactHash;
        Shingles = shingles;
    }

    public SyntaxTree Tree { get; }

    /// <summary>The member's name token, where its findings are reported.</summary>
    public TextSpan NameSpan { get; }

    /// <summary>The whole declaration: a local function lies inside the member that declares it.</summary>
    public TextSpan Span { get; }

    public string Name { get; }

    /// <summary>What tells it from its overloads, where its name alone does not: <c>explicit operator int(Token)</c>.</summary>
    public string Signature { get; }

    public string ContainingType { get; }

    /// <summary>Statements in the body, nested ones included; an expression body counts as one.</summary>
    public int Statements { get; }

    /// <summary>
    /// An override every type writes for itself (<c>ToString</c>, <c>Equals</c>, explicit interface members): never
    /// reported, but a new member that copies one is.
    /// </summary>
    public bool IsPlumbing { get; }

    /// <summary>An override: a type's own answer to what its base asks, such as a visitor's or writer's per-node method.</summary>
    public bool IsOverride { get; }

    /// <summary>The containing type with its namespace: members of one type, across partial declarations, share it.</summary>
    public string TypeKey { get; }

    /// <summary>How messages name it: <c>Orders.OrderService.Place</c>.</summary>
    public string Display => ContainingType.Length == 0 ? Signature : ContainingType + "." + Signature;

    public int[] Codes { get; }

    public ulong ExactHash { get; }

    /// <summary>Sampled hashes of token 5-grams: members that share many are candidates for near-duplicates.</summary>
    public int[] Shingles { get; }

    public Location Location => Location.Create(Tree, NameSpan);

    /// <summary>Where it is, as messages say it: <c>Orders.cs line 12</c>.</summary>
    public string Where => SourcePlace.Of(Tree, NameSpan);
}

/// <summary>The statements of one block: their normalised hashes and spans, so a repeated run can grow statement by statement.</summary>
internal sealed class BlockStatements
{
    public BlockStatements(int start, int[] hashes, TextSpan[] spans)
    {
        Start = start;
        Hashes = hashes;
        Spans = spans;
    }

    /// <summary>Identifies the block within the tree (its position).</summary>
    public int Start { get; }

    public int[] Hashes { get; }

    public TextSpan[] Spans { get; }
}

/// <summary>A run of consecutive statements of one block, at least min_tokens long: the unit of duplicated blocks.</summary>
internal sealed class BlockWindow
{
    public BlockWindow(MemberFingerprint member, ulong hash, BlockStatements block, int firstStatement, int statementCount)
    {
        Member = member;
        Hash = hash;
        Block = block;
        FirstStatement = firstStatement;
        StatementCount = statementCount;
        Span = TextSpan.FromBounds(block.Spans[firstStatement].Start, block.Spans[firstStatement + statementCount - 1].End);
    }

    public MemberFingerprint Member { get; }

    public ulong Hash { get; }

    public TextSpan Span { get; }

    public BlockStatements Block { get; }

    /// <summary>Identifies the block within the tree (its position), so windows of one block can be merged.</summary>
    public int BlockStart => Block.Start;

    public int FirstStatement { get; }

    public int StatementCount { get; }

    public SyntaxTree Tree => Member.Tree;

    public bool Overlaps(BlockWindow other) => Tree == other.Tree && Span.OverlapsWith(other.Span);
}

/// <summary>Every fingerprint of one tree, for one min_tokens setting.</summary>
internal sealed class TreeFingerprints
{
    public TreeFingerprints(int minTokens, ImmutableArray<MemberFingerprint> members, ImmutableArray<BlockWindow> windows)
    {
        MinTokens = minTokens;
        Members = members;
        Windows = windows;
    }

    public int MinTokens { get; }

    public ImmutableArray<MemberFingerprint> Members { get; }

    public ImmutableArray<BlockWindow> Windows { get; }
}

internal static class SourcePlace
{
    public static string Of(SyntaxTree tree, TextSpan span) =>
        $"{System.IO.Path.GetFileName(tree.FilePath)} line {tree.GetLineSpan(span).StartLinePosition.Line + 1}";
}
