using System;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis.CSharp;

namespace Harness.Analyzers.Benchmarks.Reporting;

/// <summary>
/// When and on what the numbers were taken, and how busy the machine was: absolute times on a
/// shared machine mean little without it (the share is the figure to quote).
/// </summary>
internal sealed record MachineState(DateTime UtcTime, string LoadAverage)
{
    public static string Description
        => $"{RuntimeInformation.FrameworkDescription}, Roslyn {typeof(CSharpCompilation).Assembly.GetName().Version}, "
            + $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}";

    public static MachineState Now() => new(DateTime.UtcNow, ReadLoadAverage());

    /// <summary>The 1-minute load average (Linux), or "n/a".</summary>
    private static string ReadLoadAverage()
    {
        const string path = "/proc/loadavg";
        return File.Exists(path) ? File.ReadAllText(path).Split(' ')[0] : "n/a";
    }
}
