using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Harness.Analyzers.Redundancy;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>
/// How alike member bodies are in the analyzer's own terms (its normalised token codes and its LCS similarity), to
/// check the generator's variety and to explain a miss with the number the analyzer compared against its threshold.
/// </summary>
internal sealed class MemberSimilarity
{
    private readonly Dictionary<MemberKey, int[]> _codes = new();

    public MemberSimilarity(IEnumerable<SyntaxTree> trees)
    {
        foreach (var tree in trees)
        {
            foreach (var member in TreeFingerprinter.Fingerprint(tree, minTokens: 1, CancellationToken.None).Members)
            {
                _codes[new MemberKey(tree.FilePath, member.ContainingType, member.Name)] = member.Codes;
            }
        }
    }

    /// <summary>Normalised tokens in the body; 0 for a member without a body.</summary>
    public int Tokens(MemberKey member) => _codes.TryGetValue(member, out var codes) ? codes.Length : 0;

    /// <summary>The analyzer's similarity of the two bodies.</summary>
    public double Between(MemberKey a, MemberKey b) => SequenceSimilarity.Of(_codes[a], _codes[b]);

    /// <summary>The most similar pairs among <paramref name="members"/>, most similar first (bit-parallel LCS over the analyzer's codes).</summary>
    public List<(MemberKey A, MemberKey B, double Similarity)> MostSimilarPairs(IReadOnlyList<MemberKey> members, int count)
    {
        var pairs = new List<(MemberKey, MemberKey, double)>();
        for (var i = 0; i < members.Count; i++)
        {
            var codes = _codes[members[i]];
            var matcher = new SequenceSimilarity(codes);
            for (var j = i + 1; j < members.Count; j++)
            {
                pairs.Add((members[i], members[j], matcher.To(_codes[members[j]])));
            }
        }

        return pairs.OrderByDescending(p => p.Item3).Take(count).ToList();
    }
}
