using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Harness.Analyzers.Benchmarks;

/// <summary>The command line. <c>--smoke</c> only changes defaults; options after it still apply.</summary>
internal sealed record BenchmarkOptions
{
    public const string Usage = """
        Harness.Analyzers benchmark: analyzer time as a share of compile time, in one process and run.

        dotnet run -c Release --project tests/Harness.Analyzers.Benchmarks -- [options]

          --lines N          corpus size in lines (default 60000)
          --violations N     rule breaks to inject (default 20)
          --iterations N     measured iterations; medians are reported (default 5)
          --warmup N         discarded iterations first (default 1)
          --seed N           corpus seed (default 42)
          --analyzers A,B    only these analyzer types (default: every analyzer in Harness.Analyzers)
          --write DIR        also write the corpus and a Bench.Shop.csproj there, for
                             dotnet build -p:ReportAnalyzer=true -v:d
          --smoke            a seconds-long run that proves the benchmark works:
                             --lines 2500 --violations 5 --iterations 1 --warmup 0
          --help             this text

        Exit codes: 0 ok, 1 an analyzer threw (or reported AD0001), 2 the corpus does not compile,
        3 bad command line, 4 configuration or architecture diagnostics differ from the violations
        injected (the timings may be of analyzers that did nothing).
        """;

    public int Lines { get; init; } = 60_000;

    public int Violations { get; init; } = 20;

    public int Iterations { get; init; } = 5;

    public int Warmup { get; init; } = 1;

    public int Seed { get; init; } = 42;

    public IReadOnlyList<string> Analyzers { get; init; } = [];

    public string? WriteDirectory { get; init; }

    public bool Smoke { get; init; }

    public bool Help { get; init; }

    private static BenchmarkOptions SmokeDefaults => new() { Lines = 2_500, Violations = 5, Iterations = 1, Warmup = 0, Smoke = true };

    /// <exception cref="ArgumentException">An unknown option or a bad value.</exception>
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = args.Contains("--smoke") ? SmokeDefaults : new BenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--smoke" => options,
                "--help" or "-h" => options with { Help = true },
                "--lines" => options with { Lines = Number(args, ref i, minimum: 1) },
                "--violations" => options with { Violations = Number(args, ref i, minimum: 0) },
                "--iterations" => options with { Iterations = Number(args, ref i, minimum: 1) },
                "--warmup" => options with { Warmup = Number(args, ref i, minimum: 0) },
                "--seed" => options with { Seed = Number(args, ref i, minimum: int.MinValue) },
                "--analyzers" => options with { Analyzers = Value(args, ref i).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--write" => options with { WriteDirectory = Value(args, ref i) },
                var unknown => throw new ArgumentException($"Unknown option '{unknown}'."),
            };
        }

        return options;
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
        => ++i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value.");

    private static int Number(IReadOnlyList<string> args, ref int i, int minimum)
    {
        var name = args[i];
        var text = Value(args, ref i);
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new ArgumentException($"{name} needs a whole number >= {minimum}, not '{text}'.");
    }
}
