using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Fingerprints cached by tree identity. A workspace's next compilation holds the same SyntaxTree objects for the
/// documents that did not change, so after an edit only the edited document is fingerprinted again.
/// </summary>
internal sealed class FingerprintCache
{
    public static readonly FingerprintCache Shared = new();

    private readonly ConditionalWeakTable<SyntaxTree, Holder> _trees = new();
    private int _computed;

    /// <summary>How many trees this cache has fingerprinted: what an edit costs.</summary>
    public int ComputedCount => Volatile.Read(ref _computed);

    public TreeFingerprints Get(SyntaxTree tree, int minTokens, CancellationToken cancellationToken)
    {
        var holder = _trees.GetValue(tree, _ => new Holder());
        var cached = holder.Value;
        if (cached is not null && cached.MinTokens == minTokens)
        {
            return cached;
        }

        Interlocked.Increment(ref _computed);
        var computed = TreeFingerprinter.Fingerprint(tree, minTokens, cancellationToken);
        holder.Value = computed;
        return computed;
    }

    private sealed class Holder
    {
        public volatile TreeFingerprints? Value;
    }
}
