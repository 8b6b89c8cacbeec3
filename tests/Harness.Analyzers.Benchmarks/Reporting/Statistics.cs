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
