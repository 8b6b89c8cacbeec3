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

        // Read as it comes, to stderr beside the progress: a pipe nobody reads would stall the server once full, and
        // stdout is the report.
        process.OutputDataReceived += (_, line) => Forward(line.Data);
        process.ErrorDataReceived += (_, line) => Forward(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // The first client waits for the pipe; a moment here keeps the server's start-up out of that wait.
        Thread.Sleep(TimeSpan.FromSeconds(1));
        if (process.HasExited)
        {
            throw new InvalidOperationException($"the compiler server exited at once ({process.ExitCode}); its output, if any, is above");
        }

        return new CompilerServer(process, pipeName);
    }

    private static void Forward(string? line)
    {
        if (line is not null)
        {
            Console.Error.WriteLine($"[compiler server] {line}");
        }
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
