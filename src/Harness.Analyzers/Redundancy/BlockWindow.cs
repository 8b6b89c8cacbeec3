using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

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
