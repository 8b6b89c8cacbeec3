using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Harness.Analyzers.Benchmarks.Corpus;
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
/// The marginal cost in the real compiler, out of process: the SDK's <c>csc.dll</c> (<c>/parallel-</c>, like the
/// in-process runs) on the corpus written to disk, in turn without analyzers, with a no-op analyzer (the one of the
/// in-process baseline, compiled here against the SDK compiler's own Microsoft.CodeAnalysis) and with Harness.Analyzers
/// (the unselected analyzers switched off by a global config, so the driver skips them). In <c>csc</c> the analyzer
/// driver consumes the compilation events of the compile itself, so the binding that syntax-node and
/// semantic-model actions need is partly shared with it, which a separate <c>CompilationWithAnalyzers</c> run
/// cannot show. CPU time is the children's user + system time from <c>/proc/self/stat</c> (Linux only); it includes
/// each csc's start-up and parse, which the difference cancels.
/// </summary>
internal sealed class CscCrossCheck
{
    private const string NoOpAssemblyName = "Bench.NoOpAnalyzer";

    /// <summary>CS8034 (the assembly did not load) and CS8032 (an analyzer in it could not be created): the run measures no analyzer.</summary>
    private static readonly Regex AnalyzerNotLoaded = new(@"warning CS80(34|32):[^\r\n]*", RegexOptions.CultureInvariant);

    private static readonly Regex TotalAnalyzerTime = new(@"Total analyzer execution time: ([0-9.]+) seconds", RegexOptions.CultureInvariant);

    private readonly string _dotnet;
    private readonly string _csc;
    private readonly string _directory;

    private CscCrossCheck(string dotnet, string csc, string directory)
    {
        _dotnet = dotnet;
        _csc = csc;
        _directory = directory;
    }

    public string Compiler => _csc;

    /// <returns>Null, with the reason, when there is no csc next to the running runtime or no /proc.</returns>
    public static CscCrossCheck? Create(
        GeneratedCorpus corpus, IReadOnlyList<string> referencePaths, string analyzerPath, AnalyzerCatalog catalog, out string? problem)
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
            problem = csc is null ? "no SDK csc.dll found next to the running runtime" : "no /proc/self/stat to read child CPU time from";
            return null;
        }

        var directory = Path.Combine(Path.GetTempPath(), $"harness-bench-csc-{Environment.ProcessId}");
        CorpusDiskWriter.Write(corpus, directory, analyzerPath);
        var common = new StringBuilder()
            .AppendLine("/noconfig /nologo /target:library /optimize+ /nullable:enable /deterministic+ /langversion:latest /parallel-")
            .AppendLine($"/out:\"{Path.Combine(directory, "Bench.Shop.dll")}\"");
        foreach (var reference in referencePaths)
        {
            common.AppendLine($"/reference:\"{reference}\"");
        }

        foreach (var file in corpus.Files)
        {
            common.AppendLine($"\"{Path.Combine(directory, file.Path)}\"");
        }

        File.WriteAllText(Path.Combine(directory, "without.rsp"), common.ToString());

        // Analyzers that are not selected: every descriptor off, so the driver does not run them at all, those they
        // share with a selected one too (HAR0009, HAR1005): one left on would keep them running, reporting nothing.
        var globalConfig = new StringBuilder().AppendLine("is_global = true");
        var every = AnalyzerCatalog.Discover(typeof(DiagnosticIds).Assembly, []);
        foreach (var id in every.Types.Except(catalog.Types).SelectMany(AnalyzerCatalog.SupportedIdsOf).Distinct().Order(StringComparer.Ordinal))
        {
            globalConfig.AppendLine($"dotnet_diagnostic.{id}.severity = none");
        }

        File.WriteAllText(Path.Combine(directory, "bench.globalconfig"), globalConfig.ToString());
        // csc loads an analyzer only from a file named after its assembly: under another name it warns (CS8034) and
        // compiles without it, and the baseline would be a build with no analyzer at all.
        var noOp = Path.Combine(directory, NoOpAssemblyName + ".dll");
        if (!EmitNoOpAnalyzer(noOp, referencePaths, Path.Combine(Path.GetDirectoryName(csc)!, "Microsoft.CodeAnalysis.dll"), out problem))
        {
            return null;
        }

        var analyzed = common
            .AppendLine($"/additionalfile:\"{Path.Combine(directory, GeneratedCorpus.RulesFileName)}\"")
            .AppendLine($"/analyzerconfig:\"{Path.Combine(directory, "bench.globalconfig")}\"")
            .AppendLine("/reportanalyzer")
            .ToString();
        File.WriteAllText(Path.Combine(directory, "noop.rsp"), analyzed + $"/analyzer:\"{noOp}\"\n");
        File.WriteAllText(Path.Combine(directory, "with.rsp"), analyzed + $"/analyzer:\"{analyzerPath}\"\n");
        return new CscCrossCheck(Path.Combine(root!, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"), csc, directory);
    }

    public CscSample Run()
    {
        var without = Compile("without.rsp", out _);
        var noOp = Compile("noop.rsp", out _);
        var with = Compile("with.rsp", out var output);
        var match = TotalAnalyzerTime.Match(output);
        TimeSpan? reported = match.Success ? TimeSpan.FromSeconds(double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)) : null;
        return new CscSample(without, noOp, with, reported);
    }

    public void Delete()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private TimeSpan Compile(string responseFile, out string output)
    {
        var start = new ProcessStartInfo(_dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _directory,
        };
        start.ArgumentList.Add(_csc);
        start.ArgumentList.Add("@" + Path.Combine(_directory, responseFile));

        // No compiler server: this process is the compiler, and its CPU time is what we measure.
        start.Environment["UseSharedCompilation"] = "false";
        var before = ChildrenCpu();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {_dotnet}");
        var stderr = process.StandardError.ReadToEndAsync();
        output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var cpu = ChildrenCpu() - before;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"csc failed ({process.ExitCode}): {output}{stderr.Result}".Trim());
        }

        if (AnalyzerNotLoaded.Match(output) is { Success: true } notLoaded)
        {
            throw new InvalidOperationException($"csc did not run an analyzer of {responseFile}: {notLoaded.Value}");
        }

        return cpu;
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

    /// <summary>User + system time of this process's waited-for children (fields 16 and 17 of /proc/self/stat, in clock ticks).</summary>
    private static TimeSpan ChildrenCpu()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');

        // fields[0] is field 3 (state), so field n is fields[n - 3].
        var ticks = long.Parse(fields[16 - 3], CultureInfo.InvariantCulture) + long.Parse(fields[17 - 3], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100d);
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
