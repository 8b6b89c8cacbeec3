using System;
using System.Globalization;
using System.IO;

namespace Harness.Analyzers.Benchmarks.Measurement;

/// <summary>CPU times from a Linux <c>/proc/PID/stat</c> file (see proc(5)).</summary>
internal static class ProcStat
{
    /// <summary>utime; stime follows it.</summary>
    public const int OwnUserTimeField = 14;

    /// <summary>cutime, of the waited-for children; cstime follows it.</summary>
    public const int ChildrenUserTimeField = 16;

    /// <summary>The user time in field <paramref name="userField"/> plus the system time after it, in clock ticks of 10 ms.</summary>
    public static TimeSpan CpuTime(string statPath, int userField)
    {
        var stat = File.ReadAllText(statPath);

        // The command name in brackets may hold spaces: count fields from after it, where fields[0] is field 3.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[userField - 3], CultureInfo.InvariantCulture) + long.Parse(fields[userField + 1 - 3], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100d);
    }
}
