using System;
using System.Collections.Generic;
using System.Linq;

namespace Harness.Analyzers.Benchmarks.Reporting;

/// <summary>
/// A median and the range around it: the median shrugs off the one iteration a neighbour's build slowed down.
/// <see cref="P90"/> (nearest rank) is for latencies, where the slow tail is what a user notices.
/// </summary>
internal readonly record struct Summary(double Median, double Min, double Max, double P90)
{
    public static Summary Of(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("No values to summarise.", nameof(values));
        }

        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        var p90 = sorted[Math.Max(0, (int)Math.Ceiling(0.9 * sorted.Length) - 1)];
        return new Summary(median, sorted[0], sorted[^1], p90);
    }
}

/// <summary>
/// A mean and the half-width of its 95% confidence interval (Student's t): for a difference of two noisy runs, where
/// single rounds scatter more widely than the effect, the interval says whether rounds enough were run to tell.
/// </summary>
internal readonly record struct MeanInterval(double Mean, double HalfWidth)
{
    /// <summary>t(0.975) for 1 to 30 degrees of freedom; 1.96 beyond.</summary>
    private static readonly double[] StudentT =
    [
        12.71, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
        2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    ];

    /// <returns>Null for fewer than two values: one value has no spread.</returns>
    public static MeanInterval? Of(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return null;
        }

        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
        var degrees = values.Count - 1;
        var t = degrees <= StudentT.Length ? StudentT[degrees - 1] : 1.96;
        return new MeanInterval(mean, t * Math.Sqrt(variance / values.Count));
    }
}
