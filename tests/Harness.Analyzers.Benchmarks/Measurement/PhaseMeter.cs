using System;
using System.Diagnostics;

namespace Harness.Analyzers.Benchmarks.Measurement;

/// <summary>What one phase cost: elapsed time, process CPU time and managed bytes allocated.</summary>
internal readonly record struct PhaseCost(TimeSpan Wall, TimeSpan Cpu, long AllocatedBytes);

internal static class PhaseMeter
{
    public static PhaseCost Measure(Action phase)
    {
        // Start from a collected heap so that one phase's garbage is not collected on the next one's time.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        var cpuBefore = Environment.CpuUsage.TotalTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        phase();
        stopwatch.Stop();
        return new PhaseCost(
            stopwatch.Elapsed,
            Environment.CpuUsage.TotalTime - cpuBefore,
            GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
    }
}
