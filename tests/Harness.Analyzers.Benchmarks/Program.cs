using System;
using System.IO;
using Harness.Analyzers;
using Harness.Analyzers.Benchmarks;
using Harness.Analyzers.Benchmarks.Corpus;
using Harness.Analyzers.Benchmarks.Measurement;
using Harness.Analyzers.Benchmarks.Reporting;

// Progress goes to stderr, the markdown report to stdout, so `> report.md` captures just the report.
const int Ok = 0, AnalyzerFailed = 1, CorpusBroken = 2, BadCommandLine = 3, DiagnosticsMismatch = 4;

BenchmarkOptions options;
AnalyzerCatalog catalog;
try
{
    options = BenchmarkOptions.Parse(args);
    catalog = AnalyzerCatalog.Discover(typeof(DiagnosticIds).Assembly, options.Analyzers);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return BadCommandLine;
}

if (options.Help)
{
    Console.WriteLine(BenchmarkOptions.Usage);
    return Ok;
}

void Progress(string message) => Console.Error.WriteLine($"[bench] {message}");

GeneratedCorpus corpus;
try
{
    corpus = CorpusGenerator.Generate(options.Lines, options.Violations, options.Seed);
}
catch (InvalidOperationException exception)
{
    Console.Error.WriteLine(exception.Message);
    return BadCommandLine;
}

Progress($"corpus: {corpus.LineCount:N0} lines in {corpus.Files.Count} files, {corpus.Violations.Count} violations");
Progress(catalog.IsEmpty
    ? "no analyzers found in Harness.Analyzers: measuring compile time only"
    : $"analyzers: {string.Join(", ", catalog.Types)}");

if (options.WriteDirectory is not null)
{
    var directory = Path.GetFullPath(options.WriteDirectory);
    CorpusDiskWriter.Write(corpus, directory, typeof(DiagnosticIds).Assembly.Location);
    Progress($"wrote the corpus to {directory}; cross-check with: dotnet build {directory} -p:ReportAnalyzer=true -v:d");
}

var references = ReferenceAssemblies.Load();
var factory = new CompilationFactory(corpus, references.References);
var runner = new BenchmarkRunner(
    new CompileTimer(factory),
    catalog.IsEmpty ? null : new AnalyzerTimer(factory, catalog, corpus.RulesText),
    Progress);

var before = MachineState.Now();
var run = runner.Run(options.Warmup, options.Iterations);
var after = MachineState.Now();

var report = new Report(Console.Out);
if (run.Broken is { } broken)
{
    report.WriteBroken(broken);
    return broken.Compile.Errors.Count > 0 ? CorpusBroken : AnalyzerFailed;
}

// A run whose analyzers missed the injected violations (say, they never saw harness.rules) timed a
// no-op: its numbers must not pass for good news.
var diagnosticsMatch = report.Write(new ReportInput(options, corpus, references.Source, catalog, run.Measured, before, after));
return diagnosticsMatch ? Ok : DiagnosticsMismatch;
