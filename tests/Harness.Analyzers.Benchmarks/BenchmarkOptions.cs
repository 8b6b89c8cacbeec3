using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Harness.Analyzers.Benchmarks;

/// <summary>
/// The command line. <c>--smoke</c> and <c>--scaling</c> only change defaults (smoke wins over scaling for the
/// sizes); options after them still apply.
/// </summary>
internal sealed record BenchmarkOptions
{
    public const string Usage = """
        Harness.Analyzers benchmark: analyzer time as a share of compile time, in one process and run.

        dotnet run -c Release --project tests/Harness.Analyzers.Benchmarks -- [options]

          --lines N          corpus size in lines (default 60000)
          --violations N     rule breaks to inject (default 20)
          --iterations N     measured iterations; medians are reported (default 5; 3 with --scaling)
          --warmup N         discarded iterations first (default 1)
          --seed N           corpus seed (default 42)
          --analyzers A,B    only these analyzer types (default: every analyzer in Harness.Analyzers;
                             with --scaling: DuplicationAnalyzer,IdenticalBranchesAnalyzer,GeneratorPlaceholderAnalyzer)
          --write DIR        also write the corpus and a Bench.Shop.csproj there, for
                             dotnet build -p:ReportAnalyzer=true -v:d
          --scaling          the same measurements at several sizes (--sizes), the clone index's memory and
                             phases at each, and the re-analysis of edited documents (--edit-lines)
          --sizes A,B        corpus sizes for --scaling (default 70000,1000000)
          --large-iterations N  iterations at sizes of 250000 lines or more, without warm-up (default 1)
          --edit-lines N     size of the compilation for the edit re-analysis (default: --lines; 100000 with --scaling)
          --edits N          edited documents for the re-analysis; medians are reported (default 7)
          --no-internals     skip the clone index memory, phases and edit re-analysis
          --csc N            also N rounds of out-of-process csc runs (without analyzers, with a no-op
                             analyzer, with the selected ones, in turn forwards and backwards): their marginal
                             cost in the real compiler (Linux; not with --scaling). With --src, the code must
                             compile (csc runs no analyzer on code with errors): add a folder of stubs for what
                             its build generates (CompileStubs/)
          --csc-server       the csc runs go through one warm compiler server (VBCSCompiler, as dotnet build
                             compiles) after --csc-warmup discarded rounds; CPU is the server's alone
          --csc-warmup N     rounds the server compiles before the measured ones (default 10: on Humanizer's 48k
                             lines its CPU per compile was still falling at the eighth)
          --csc-parallel     csc compiles with /parallel+, as builds do (default /parallel-, like the in-process
                             runs, which analyse on one thread)
          --src DIR          real code instead of the generated corpus: every *.cs under DIR but bin/obj
                             (repeatable or comma-separated: the folders form one corpus), plus the SDK's
                             implicit global usings; compile errors are accepted (packages are not referenced).
                             Text-template output named by the *.csproj files in DIR is marked for the analyzers
                             as a build marks it (build_metadata.Compile.HarnessTemplateOutput).
                             Reports compile CPU, the marginal analysis CPU beside the callback time, reports per
                             ID, and the re-analysis of --edits edited documents (each gets a copy of another
                             file's method); not with --scaling or --write
          --rules FILE       with --src: a harness.rules handed to the analyzers as an additional file (default none)
          --dump FILE        with --src: every reported diagnostic as sorted TSV (id, file relative to DIR, line,
                             column, member, text, message, additional locations as file:line)
          --verdicts FILE    with --src: TSV of human verdicts (id, file, line, act|boilerplate|wrong, reason;
                             '#' comments): precision per ID, verdicts moved to another ID at the same line,
                             'act' findings no longer reported, reports not judged
          --fixes            with --verdicts: every report judged 'act' (HAR2001-HAR2006) through the code fixes of
                             Harness.Analyzers.CodeFixes in a workspace of the corpus: per ID the reports offered a
                             fix, applied, compiling (no new error), and why each of the others fails
          --baseline-write FILE  with --src: after the run, a harness.baseline of every HAR finding of its last
                             iteration, as the build writes it (files relative to the first --src folder)
          --baseline FILE    with --src: analyse with FILE as the first --src folder's harness.baseline (plus
                             BaselineSuppressor and MalformedBaselineEntryAnalyzer): the findings it leaves, its
                             stale (HAR0009) and malformed (HAR0010) entries, and its cost (each iteration also
                             runs the analyzers without it); not with --baseline-write
          --layout-edits DIR with --src: no measuring; write a copy of the folders under DIR with edits that move
                             and reformat code without changing it (and rename locals and add consts in members
                             no --baseline key names), to check that a baseline's keys hold
          --inject-copies N  with --layout-edits: also N renamed copies of methods (5+ statements, named by no
                             --baseline key) into a class of another file: N new findings
          --smoke            a seconds-long run that proves the benchmark works:
                             --lines 2500 --violations 5 --iterations 1 --warmup 0 --edits 3
                             (with --scaling: --sizes 2500,5000 --edit-lines 2500); without --src and --scaling it
                             then runs --src on the small folder SmokeCorpus (its rules, verdicts and a dump)
          --help             this text

        Exit codes: 0 ok, 1 an analyzer threw (or reported AD0001), 2 the generated corpus does not
        compile (real code may), 3 bad command line, 4 configuration or architecture diagnostics differ from the violations
        injected (the timings may be of analyzers that did nothing).
        """;

    /// <summary>From this size on, <c>--scaling</c> runs <see cref="LargeIterations"/> iterations without warm-up.</summary>
    public const int LargeSize = 250_000;

    public static readonly IReadOnlyList<string> RedundancyAnalyzers = ["DuplicationAnalyzer", "IdenticalBranchesAnalyzer", "GeneratorPlaceholderAnalyzer"];

    public int Lines { get; init; } = 60_000;

    public int Violations { get; init; } = 20;

    public int Iterations { get; init; } = 5;

    public int Warmup { get; init; } = 1;

    public int Seed { get; init; } = 42;

    public IReadOnlyList<string> Analyzers { get; init; } = [];

    public string? WriteDirectory { get; init; }

    public bool Scaling { get; init; }

    public IReadOnlyList<int> Sizes { get; init; } = [70_000, 1_000_000];

    public int LargeIterations { get; init; } = 1;

    /// <summary>The size of the edit re-analysis compilation; null for <see cref="Lines"/>.</summary>
    public int? EditLines { get; init; }

    public int Edits { get; init; } = 7;

    public bool Internals { get; init; } = true;

    public int Csc { get; init; }

    public bool CscServer { get; init; }

    public int CscWarmup { get; init; } = 10;

    public bool CscParallel { get; init; }

    public bool Smoke { get; init; }

    /// <summary>The folders of real code for <c>--src</c>; empty for the generated corpus.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    public string? RulesPath { get; init; }

    public string? DumpPath { get; init; }

    public string? VerdictsPath { get; init; }

    public bool Fixes { get; init; }

    public string? BaselinePath { get; init; }

    public string? BaselineWritePath { get; init; }

    public string? LayoutEditsDirectory { get; init; }

    public int InjectCopies { get; init; }

    public bool Help { get; init; }

    public int EditCompilationLines => EditLines ?? Lines;

    /// <exception cref="ArgumentException">An unknown option or a bad value.</exception>
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        if (args.Contains("--scaling"))
        {
            options = options with { Scaling = true, Iterations = 3, Analyzers = RedundancyAnalyzers, EditLines = 100_000 };
        }

        if (args.Contains("--smoke"))
        {
            options = options with { Lines = 2_500, Violations = 5, Iterations = 1, Warmup = 0, Edits = 3, Smoke = true };
            if (options.Scaling)
            {
                options = options with { Sizes = [2_500, 5_000], EditLines = 2_500 };
            }
        }

        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--smoke" or "--scaling" => options,
                "--help" or "-h" => options with { Help = true },
                "--lines" => options with { Lines = Number(args, ref i, minimum: 1) },
                "--violations" => options with { Violations = Number(args, ref i, minimum: 0) },
                "--iterations" => options with { Iterations = Number(args, ref i, minimum: 1) },
                "--warmup" => options with { Warmup = Number(args, ref i, minimum: 0) },
                "--seed" => options with { Seed = Number(args, ref i, minimum: int.MinValue) },
                "--analyzers" => options with { Analyzers = Value(args, ref i).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--write" => options with { WriteDirectory = Value(args, ref i) },
                "--sizes" => options with { Sizes = Numbers(args, ref i, minimum: 1) },
                "--large-iterations" => options with { LargeIterations = Number(args, ref i, minimum: 1) },
                "--edit-lines" => options with { EditLines = Number(args, ref i, minimum: 1) },
                "--edits" => options with { Edits = Number(args, ref i, minimum: 1) },
                "--no-internals" => options with { Internals = false },
                "--csc" => options with { Csc = Number(args, ref i, minimum: 0) },
                "--csc-server" => options with { CscServer = true },
                "--csc-warmup" => options with { CscWarmup = Number(args, ref i, minimum: 0) },
                "--csc-parallel" => options with { CscParallel = true },
                "--src" => options with { Sources = [.. options.Sources, .. Value(args, ref i).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] },
                "--rules" => options with { RulesPath = Value(args, ref i) },
                "--dump" => options with { DumpPath = Value(args, ref i) },
                "--verdicts" => options with { VerdictsPath = Value(args, ref i) },
                "--fixes" => options with { Fixes = true },
                "--baseline" => options with { BaselinePath = Value(args, ref i) },
                "--baseline-write" => options with { BaselineWritePath = Value(args, ref i) },
                "--layout-edits" => options with { LayoutEditsDirectory = Value(args, ref i) },
                "--inject-copies" => options with { InjectCopies = Number(args, ref i, minimum: 0) },
                var unknown => throw new ArgumentException($"Unknown option '{unknown}'."),
            };
        }

        if (options.Sources.Count > 0 && (options.Scaling || options.WriteDirectory is not null))
        {
            throw new ArgumentException("--src measures real code in one run: use it without --scaling and --write.");
        }

        if (((options.CscServer || options.CscParallel) && options.Csc == 0) || (args.Contains("--csc-warmup") && !options.CscServer))
        {
            throw new ArgumentException("--csc-server and --csc-parallel say how the --csc N rounds compile, --csc-warmup how long its server warms up: --csc-server and --csc-parallel need --csc, --csc-warmup needs --csc-server.");
        }

        if (options.Sources.Count == 0
            && (options.RulesPath ?? options.DumpPath ?? options.VerdictsPath ?? options.BaselinePath ?? options.BaselineWritePath ?? options.LayoutEditsDirectory) is not null)
        {
            throw new ArgumentException("--rules, --dump, --verdicts, --baseline, --baseline-write and --layout-edits go with --src.");
        }

        if (options.Fixes && options.VerdictsPath is null)
        {
            throw new ArgumentException("--fixes tries the fixes on the reports judged 'act': it needs --src and --verdicts.");
        }

        if (options.BaselinePath is not null && options.BaselineWritePath is not null)
        {
            throw new ArgumentException("--baseline-write records every finding: use it without --baseline.");
        }

        if (options.InjectCopies > 0 && options.LayoutEditsDirectory is null)
        {
            throw new ArgumentException("--inject-copies goes with --layout-edits.");
        }

        return options;
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
        => ++i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value.");

    private static int Number(IReadOnlyList<string> args, ref int i, int minimum)
    {
        var name = args[i];
        return Parse(name, Value(args, ref i), minimum);
    }

    private static IReadOnlyList<int> Numbers(IReadOnlyList<string> args, ref int i, int minimum)
    {
        var name = args[i];
        var values = Value(args, ref i).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(text => Parse(name, text, minimum))
            .Distinct()
            .Order()
            .ToList();
        return values.Count > 0 ? values : throw new ArgumentException($"{name} needs at least one number.");
    }

    private static int Parse(string name, string text, int minimum)
        => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new ArgumentException($"{name} needs a whole number >= {minimum}, not '{text}'.");
}
