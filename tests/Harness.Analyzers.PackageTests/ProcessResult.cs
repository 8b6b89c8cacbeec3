using System;
using System.Linq;

namespace Harness.Analyzers.PackageTests;

/// <summary>What a finished (or killed) child process did, with a description fit for a failure message.</summary>
internal sealed record ProcessResult(
    string CommandLine,
    string WorkingDirectory,
    int ExitCode,
    string Output,
    TimeSpan Duration,
    bool TimedOut)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>The last <paramref name="lineCount"/> lines of the combined stdout and stderr.</summary>
    public string Tail(int lineCount = 80)
    {
        var lines = Output.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
        return string.Join(Environment.NewLine, lines.Skip(Math.Max(0, lines.Length - lineCount)));
    }

    public string Describe(int lineCount = 80) =>
        $"`{CommandLine}` (in {WorkingDirectory}) {(TimedOut ? "TIMED OUT and was killed" : $"exited with {ExitCode}")} " +
        $"after {Duration.TotalSeconds:0.0} s.{Environment.NewLine}" +
        $"--- last {lineCount} lines of its output ---{Environment.NewLine}{Tail(lineCount)}{Environment.NewLine}--- end of output ---";
}
