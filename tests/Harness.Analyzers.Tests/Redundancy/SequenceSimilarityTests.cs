using System;
using Harness.Analyzers.Redundancy;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy;

public class SequenceSimilarityTests
{
    [Theory]
    [InlineData(new[] { 1, 2, 3 }, new[] { 1, 2, 3 }, 1.0)]
    [InlineData(new[] { 1, 2, 3 }, new[] { 4, 5, 6 }, 0.0)]
    [InlineData(new[] { 1, 2, 3, 4 }, new[] { 1, 3, 4 }, 6.0 / 7)]
    [InlineData(new int[0], new[] { 1 }, 0.0)]
    public void Is_twice_the_common_subsequence_over_the_total_length(int[] a, int[] b, double expected) =>
        Assert.Equal(expected, SequenceSimilarity.Of(a, b), precision: 12);

    /// <summary>The bit-parallel LCS agrees with the textbook table on random sequences of every length around word boundaries.</summary>
    [Fact]
    public void Agrees_with_dynamic_programming_across_word_boundaries()
    {
        var random = new Random(42);
        for (var round = 0; round < 400; round++)
        {
            var a = RandomSequence(random, random.Next(0, 200), alphabet: random.Next(2, 12));
            var b = RandomSequence(random, random.Next(0, 200), alphabet: random.Next(2, 12));
            var expected = a.Length + b.Length == 0 || a.Length == 0 || b.Length == 0 ? 0 : 2.0 * TableLcs(a, b) / (a.Length + b.Length);
            Assert.Equal(expected, SequenceSimilarity.Of(a, b), precision: 12);
        }
    }

    private static int[] RandomSequence(Random random, int length, int alphabet)
    {
        var sequence = new int[length];
        for (var i = 0; i < length; i++)
        {
            sequence[i] = random.Next(alphabet);
        }

        return sequence;
    }

    private static int TableLcs(int[] a, int[] b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                table[i, j] = a[i - 1] == b[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        return table[a.Length, b.Length];
    }
}
