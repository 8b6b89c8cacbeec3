using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Harness.Analyzers.Benchmarks.Corpus;
using Harness.Analyzers.Redundancy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Harness.Analyzers.Benchmarks.Measurement;

/// <summary>One set of real compiler runs: <c>csc</c> without analyzers, with a no-op analyzer, and with the selected ones.</summary>
internal sealed record CscSample(TimeSpan Without, TimeSpan NoOp, TimeSpan With, TimeSpan? ReportedAnalyzerTime)
{
    /// <summary>What the selected analyzers add to a build that already runs some analyzer (every SDK build does).</summary>
    public TimeSpan Marginal => With - NoOp;
}

/// <summary>
/// What csc compiles: <paramref name="Files"/> with paths relative to the folder they are written to, the
/// <c>harness.rules</c> text if any, and which of the files a build marks as text-template output.
/// </summary>
internal sealed record CscInput(IReadOnlyList<CorpusFile> Files, string? RulesText, IReadOnlySet<string> TemplateOutputs, bool AllowUnsafe)
{
    public static CscInput Of(GeneratedCorpus corpus) => new(corpus.Files, corpus.RulesText, new HashSet<string>(), AllowUnsafe: false);

    public static CscInput Of(SourceFolderCorpus corpus, RulesFile? rules)
        => new(
            corpus.Files.Select(file => file with { Path = corpus.RelativePath(file.Path) }).ToList(),
            rules?.Text,
            corpus.TemplateOutputPaths.Select(corpus.RelativePath).ToHashSet(StringComparer.Ordinal),
            AllowUnsafe: true);
}

/// <summary>
/// The marginal cost in the real compiler, out of process: the SDK's <c>csc.dll</c> (<c>/parallel-</c>, like the
/// in-process runs, or <c>/parallel+</c>, as builds compile) on the corpus written to disk, in turn without analyzers,
/// with a no-op analyzer (the one of the in-process baseline, compiled here against the SDK compiler's own
/// Microsoft.CodeAnalysis) and with Harness.Analyzers (the unselected analyzers switched off by a global config, so
/// the driver skips them). In <c>csc</c> the analyzer driver consumes the compilation events of the compile itself, so
/// the binding that syntax-node and semantic-model actions need is partly shared with it, which a separate
/// <c>CompilationWithAnalyzers</c> run cannot show. Each csc is a process of its own (CPU: the children's user + system
/// time from <c>/proc/self/stat</c>, start-up, jitting and parse included, the same in each), or, with a
/// <see cref="CompilerServer"/>, a compilation in one warm server (CPU: the server's alone). Linux only.
/// </summary>
internal sealed class CscCrossCheck : IDisposable
{
    private const string NoOpAssemblyName = "Bench.NoOpAnalyzer";

    // The response file of each run: without analyzers, with the no-op analyzer, with the selected ones.
    private const string Without = "without.rsp", NoOp = "noop.rsp", With = "with.rsp";

    private static readonly string[] Runs = [Without, NoOp, With];

    /// <summary>CS8034 (the assembly did not load) and CS8032 (an analyzer in it could not be created): the run measures no analyzer.</summary>
    private static readonly Regex AnalyzerNotLoaded = new(@"warning CS80(34|32):[^\r\n]*", RegexOptions.CultureInvariant);

    private static readonly Regex TotalAnalyzerTime = new(@"Total analyzer execution time: ([0-9.]+) seconds", RegexOptions.CultureInvariant);

    private static readonly Regex CompileError = new(@"error CS[0-9]+:[^\r\n]*", RegexOptions.CultureInvariant);

    private readonly string _dotnet;
    private readonly string _csc;
    private readonly string _directory;
    private readonly CompilerServer? _server;
    private readonly int _warmupRounds;
    private readonly string _parallelOption;
    private int _rounds;

    private CscCrossCheck(string dotnet, string csc, string directory, CompilerServer? server, int warmupRounds, string parallelOption)
    {
        _dotnet = dotnet;
        _csc = csc;
        _directory = directory;
        _server = server;
        _warmupRounds = warmupRounds;
        _parallelOption = parallelOption;
    }

    /// <summary>How it compiles and what its CPU time counts, for the report.</summary>
    public string Description => _server is null
        ? $"`{_csc} {_parallelOption}`, a process per compilation; CPU is the process's user + system time (start-up, jitting and parsing included, the same in each run)"
        : $"`{_csc} {_parallelOption}` through one warm compiler server, as `dotnet build` compiles ({_warmupRounds} rounds discarded first); CPU is the server's user + system time";

    /// <param name="serverWarmupRounds">Null: a csc process per compilation; otherwise a compiler server that compiles so many rounds before the measured ones.</param>
    /// <param name="parallel">Whether csc compiles on several threads (<c>/parallel+</c>), as builds do.</param>
    /// <returns>Null, with the reason, when there is no csc next to the running runtime, no /proc, or the code does not compile.</returns>
    public static CscCrossCheck? Create(
        CscInput input, IReadOnlyList<string> referencePaths, string analyzerPath, AnalyzerCatalog catalog, int? serverWarmupRounds, bool parallel, out string? problem)
    {
        problem = null;
        var root = DotnetRoot();
        var csc = root is null
            ? null
            : Directory.GetDirectories(Path.Combine(root, "sdk"))
                .Select(sdk => Path.Combine(sdk, "Roslyn", "bincore", "csc.dll"))
                .Where(File.Exists)
                .OrderByDescending(path => path, StringComparer.Ordinal)
                .FirstOrDefault();
        if (csc is null || !File.Exists("/proc/self/stat"))
        {
            problem = csc is null ? "no SDK csc.dll found next to the running runtime" : "no /proc/self/stat to read CPU time from";
            return null;
        }

        var directory = Path.Combine(Path.GetTempPath(), $"harness-bench-csc-{Environment.ProcessId}");
        var parallelOption = parallel ? "/parallel+" : "/parallel-";
        WriteResponseFiles(input, directory, referencePaths, analyzerPath, catalog, parallelOption);

        // csc loads an analyzer only from a file named after its assembly: under another name it warns (CS8034) and
        // compiles without it, and the baseline would be a build with no analyzer at all.
        if (!EmitNoOpAnalyzer(Path.Combine(directory, NoOpAssemblyName + ".dll"), referencePaths, Path.Combine(Path.GetDirectoryName(csc)!, "Microsoft.CodeAnalysis.dll"), out problem))
        {
            return null;
        }

        var dotnet = Path.Combine(root!, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        var server = serverWarmupRounds is null ? null : CompilerServer.Start(dotnet, Path.GetDirectoryName(csc)!);
        var check = new CscCrossCheck(dotnet, csc, directory, server, serverWarmupRounds ?? 0, parallelOption);
        problem = check.FirstErrors();
        if (problem is not null)
        {
            check.Dispose();
            return null;
        }

        for (var i = 0; i < check._warmupRounds; i++)
        {
            check.Run();
        }

        return check;
    }

    /// <summary>
    /// One round of the three runs, every other round backwards (with Harness, the no-op, without), so a machine
    /// that speeds up or slows down over a round does not favour one run.
    /// </summary>
    public CscSample Run()
    {
        var order = _rounds++ % 2 == 0 ? Runs : Enumerable.Reverse(Runs).ToArray();
        var cpu = new Dictionary<string, TimeSpan>();
        var outputs = new Dictionary<string, string>();
        foreach (var run in order)
        {
            cpu[run] = Compile(run, out var output);
            outputs[run] = output;
        }

        var match = TotalAnalyzerTime.Match(outputs[With]);
        TimeSpan? reported = match.Success ? TimeSpan.FromSeconds(double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)) : null;
        return new CscSample(cpu[Without], cpu[NoOp], cpu[With], reported);
    }

    public void Dispose()
    {
        _server?.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void WriteResponseFiles(CscInput input, string directory, IReadOnlyList<string> referencePaths, string analyzerPath, AnalyzerCatalog catalog, string parallelOption)
    {
        foreach (var file in input.Files)
        {
            CorpusDiskWriter.WriteText(Path.Combine(directory, file.Path), file.Text);
        }

        var common = new StringBuilder()
            .AppendLine("/noconfig /nologo /target:library /optimize+ /nullable:enable /deterministic+ /langversion:latest " + parallelOption)
            .AppendLine(input.AllowUnsafe ? "/unsafe+" : "/unsafe-")
            .AppendLine($"/out:\"{Path.Combine(directory, "Bench.Compiled.dll")}\"");
        foreach (var reference in referencePaths)
        {
            common.AppendLine($"/reference:\"{reference}\"");
        }

        foreach (var file in input.Files)
        {
            common.AppendLine($"\"{Path.Combine(directory, file.Path)}\"");
        }

        File.WriteAllText(Path.Combine(directory, Without), common.ToString());

        // Analyzers that are not selected: every descriptor off, so the driver does not run them at all, those they
        // share with a selected one too (HAR0009, HAR1005): one left on would keep them running, reporting nothing.
        var globalConfig = new StringBuilder().AppendLine("is_global = true");
        var every = AnalyzerCatalog.Discover(typeof(DiagnosticIds).Assembly, []);
        foreach (var id in every.Types.Except(catalog.Types).SelectMany(AnalyzerCatalog.SupportedIdsOf).Distinct().Order(StringComparer.Ordinal))
        {
            globalConfig.AppendLine($"dotnet_diagnostic.{id}.severity = none");
        }

        // What the package's build props tell the analyzers about text-template output.
        foreach (var templateOutput in input.TemplateOutputs.Order(StringComparer.Ordinal))
        {
            globalConfig.AppendLine().AppendLine($"[{Path.Combine(directory, templateOutput).Replace('\\', '/')}]").AppendLine($"{RedundancyScope.TemplateOutputKey} = true");
        }

        File.WriteAllText(Path.Combine(directory, "bench.globalconfig"), globalConfig.ToString());
        var analyzed = common.AppendLine($"/analyzerconfig:\"{Path.Combine(directory, "bench.globalconfig")}\"").AppendLine("/reportanalyzer");
        if (input.RulesText is not null)
        {
            CorpusDiskWriter.WriteText(Path.Combine(directory, GeneratedCorpus.RulesFileName), input.RulesText);
            analyzed.AppendLine($"/additionalfile:\"{Path.Combine(directory, GeneratedCorpus.RulesFileName)}\"");
        }

        File.WriteAllText(Path.Combine(directory, NoOp), analyzed + $"/analyzer:\"{Path.Combine(directory, NoOpAssemblyName + ".dll")}\"\n");
        File.WriteAllText(Path.Combine(directory, With), analyzed + $"/analyzer:\"{analyzerPath}\"\n");
    }

    /// <summary>Null when the code compiles; otherwise its first errors (csc runs no analyzer on code with errors).</summary>
    private string? FirstErrors()
    {
        var (exitCode, output, _) = Start(Without);
        if (exitCode == 0)
        {
            return null;
        }

        var errors = CompileError.Matches(output);
        return $"the code does not compile ({errors.Count} error(s); csc runs no analyzer on it), first: {string.Join("; ", errors.Take(3).Select(e => e.Value))}";
    }

    private TimeSpan Compile(string responseFile, out string output)
    {
        var (exitCode, runOutput, cpu) = Start(responseFile);
        output = runOutput;
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"csc failed ({exitCode}): {output}".Trim());
        }

        if (AnalyzerNotLoaded.Match(output) is { Success: true } notLoaded)
        {
            throw new InvalidOperationException($"csc did not run an analyzer of {responseFile}: {notLoaded.Value}");
        }

        return cpu;
    }

    private (int ExitCode, string Output, TimeSpan Cpu) Start(string responseFile)
    {
        var start = new ProcessStartInfo(_dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _directory,
        };
        start.ArgumentList.Add(_csc);
        if (_server is null)
        {
            // No compiler server: this process is the compiler, and its CPU time is what we measure.
            start.Environment["UseSharedCompilation"] = "false";
        }
        else
        {
            start.ArgumentList.Add($"/shared:{_server.PipeName}");
        }

        start.ArgumentList.Add("@" + Path.Combine(_directory, responseFile));
        var clientBefore = ProcStat.CpuTime("/proc/self/stat", ProcStat.ChildrenUserTimeField);
        var serverBefore = _server?.Cpu() ?? TimeSpan.Zero;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {_dotnet}");
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var client = ProcStat.CpuTime("/proc/self/stat", ProcStat.ChildrenUserTimeField) - clientBefore;
        if (_server is null)
        {
            return (process.ExitCode, output + stderr.Result, client);
        }

        // A client that cannot reach the server compiles by itself: that run would not be the server's.
        var server = _server.Cpu() - serverBefore;
        return server < client
            ? throw new InvalidOperationException($"csc compiled {responseFile} outside the compiler server (server {server.TotalMilliseconds:N0} ms CPU, client {client.TotalMilliseconds:N0} ms)")
            : (process.ExitCode, output + stderr.Result, server);
    }

    /// <summary>
    /// The no-op analyzer as an assembly csc can load: built against the Microsoft.CodeAnalysis next to that csc (one
    /// newer than the host compiler would not load, CS9057) and the framework reference assemblies.
    /// </summary>
    private static bool EmitNoOpAnalyzer(string path, IReadOnlyList<string> referencePaths, string codeAnalysis, out string? problem)
    {
        const string source = """
            using System.Collections.Immutable;
            using Microsoft.CodeAnalysis;
            using Microsoft.CodeAnalysis.Diagnostics;

            [DiagnosticAnalyzer(LanguageNames.CSharp)]
            public sealed class NoOpAnalyzer : DiagnosticAnalyzer
            {
                private static readonly DiagnosticDescriptor Never = new DiagnosticDescriptor(
                    "BENCH0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

                public override void Initialize(AnalysisContext context)
                {
                    context.EnableConcurrentExecution();
                    context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                    context.RegisterCompilationStartAction(start => start.RegisterSyntaxTreeAction(_ => { }));
                }
            }
            """;
        var compilation = CSharpCompilation.Create(
            NoOpAssemblyName,
            [CSharpSyntaxTree.ParseText(source)],
            referencePaths.Append(codeAnalysis).Select(reference => MetadataReference.CreateFromFile(reference)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
        var result = compilation.Emit(path);
        problem = result.Success ? null : "the no-op analyzer did not compile: " + string.Join("; ", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        return result.Success;
    }

    private static string? DotnetRoot()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        for (var directory = new DirectoryInfo(runtimeDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "sdk")) && Directory.Exists(Path.Combine(directory.FullName, "shared")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
