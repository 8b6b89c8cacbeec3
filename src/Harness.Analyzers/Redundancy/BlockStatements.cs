using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

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
