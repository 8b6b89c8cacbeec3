using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace Harness.Analyzers.Benchmarks.Measurement;

/// <summary>
/// A compiler server of its own (the SDK's <c>VBCSCompiler.dll</c> on a pipe no build uses), as <c>dotnet build</c>
/// compiles: one long-lived process that keeps the compiler, the references and the analyzer assemblies loaded and
/// jitted across compilations. Its CPU time is read from <c>/proc/PID/stat</c>, so a client's start-up is left out.
/// </summary>
internal sealed class CompilerServer : IDisposable
{
    private readonly Process _process;

    private CompilerServer(Process process, string pipeName)
    {
        _process = process;
        PipeName = pipeName;
    }

    public string PipeName { get; }

    public static CompilerServer Start(string dotnet, string compilerDirectory)
    {
        var pipeName = $"harness-bench-{Environment.ProcessId}";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(compilerDirectory, "VBCSCompiler.dll"));
        start.ArgumentList.Add($"-pipename:{pipeName}");
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start the compiler server in {compilerDirectory}");

        // The first client waits for the pipe; a moment here keeps the server's start-up out of that wait.
        Thread.Sleep(TimeSpan.FromSeconds(1));
        if (process.HasExited)
        {
            throw new InvalidOperationException($"the compiler server exited at once ({process.ExitCode}): {process.StandardError.ReadToEnd()}".Trim());
        }

        return new CompilerServer(process, pipeName);
    }

    /// <summary>User + system time of the server so far.</summary>
    public TimeSpan Cpu() => ProcStat.CpuTime($"/proc/{_process.Id}/stat", ProcStat.OwnUserTimeField);

    public void Dispose()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // It has exited already.
        }

        _process.Dispose();
    }
}
