using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Harness.Analyzers;
using Harness.Analyzers.Baseline;
using Harness.Analyzers.Benchmarks;
using Harness.Analyzers.Benchmarks.Corpus;
using Harness.Analyzers.Benchmarks.Fixes;
using Harness.Analyzers.Benchmarks.Measurement;
using Harness.Analyzers.Benchmarks.Reporting;
using Microsoft.CodeAnalysis;

// Progress goes to stderr, the markdown report to stdout, so `> report.md` captures just the report.
const int Ok = 0, AnalyzerFailed = 1, CorpusBroken = 2, BadCommandLine = 3, DiagnosticsMismatch = 4;

BenchmarkOptions options;
AnalyzerCatalog catalog;
try
{
    options = BenchmarkOptions.Parse(args);
    catalog = AnalyzerCatalog.Discover(typeof(DiagnosticIds).Assembly, options.Analyzers);
    if (options.Scaling && (options.WriteDirectory is not null || options.Csc > 0))
    {
        throw new ArgumentException("--write and --csc work on one corpus: use them without --scaling.");
    }
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

var total = Stopwatch.StartNew();
var probeInternals = options.Internals && ScalingRunner.HasDuplicationAnalyzer(catalog);
var references = ReferenceAssemblies.Load();
Progress(catalog.IsEmpty
    ? "no analyzers found in Harness.Analyzers: measuring compile time only"
    : $"analyzers: {string.Join(", ", catalog.Types)}");

try
{
    if (options.LayoutEditsDirectory is not null)
    {
        return LayoutEdit(options);
    }

    if (options.Sources.Count > 0)
    {
        return Source(options);
    }

    if (options.Scaling)
    {
        return Scaling();
    }

    var status = Single();
    return options.Smoke && status == Ok ? SmokeSource() : status;
}
catch (ArgumentException exception)
{
    // A --src folder, --rules or --verdicts file that is not there.
    Console.Error.WriteLine(exception.Message);
    return BadCommandLine;
}
catch (AnalyzerFailedException exception)
{
    // An edit probe: an analyzer threw or reported AD0001.
    Console.Error.WriteLine(exception.Message);
    return AnalyzerFailed;
}
catch (InvalidOperationException exception)
{
    // The corpus generator: a size it cannot reach.
    Console.Error.WriteLine(exception.Message);
    return BadCommandLine;
}
finally
{
    Progress($"total {total.Elapsed.TotalSeconds:N0} s");
}

int Single()
{
    var corpus = CorpusGenerator.Generate(options.Lines, options.Violations, options.Seed);
    Progress($"corpus: {corpus.LineCount:N0} lines in {corpus.Files.Count} files, {corpus.Violations.Count} violations");
    if (options.WriteDirectory is not null)
    {
        var directory = Path.GetFullPath(options.WriteDirectory);
        CorpusDiskWriter.Write(corpus, directory, typeof(DiagnosticIds).Assembly.Location);
        Progress($"wrote the corpus to {directory}; cross-check with: dotnet build {directory} -p:ReportAnalyzer=true -v:d");
    }

    var factory = new CompilationFactory(corpus, references.References);
    var runner = new BenchmarkRunner(
        new CompileTimer(factory),
        catalog.IsEmpty ? null : new AnalyzerTimer(factory, catalog, corpus.Rules, TemplateOutputOptionsProvider.Empty),
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
    if (probeInternals)
    {
        var sizeResult = new SizeResult(corpus, options.Warmup, run, null, before, after, after, TimeSpan.Zero);
        Progress("clone index phases and memory");
        var indexBefore = MachineState.Now();
        var index = new IndexProbe(factory, RedundancyInternals.LoadScope(corpus.Rules, TemplateOutputOptionsProvider.Empty)).Run(corpus.LineCount);
        var redundancy = new RedundancyReport(Console.Out);
        redundancy.WriteIndex([new IndexRow(index, ScalingReport.DuplicationCallbackCpu(sizeResult), indexBefore, MachineState.Now())]);
        Edits(options.EditCompilationLines == options.Lines ? corpus : null, redundancy);
    }

    if (options.Csc > 0 && !catalog.IsEmpty)
    {
        CrossCheck(CscInput.Of(corpus));
    }

    Console.Out.WriteLine($"Run time of this mode: {total.Elapsed.TotalSeconds:N0} s.");
    return diagnosticsMatch ? Ok : DiagnosticsMismatch;
}

void CrossCheck(CscInput input)
{
    var referencePaths = references.References.OfType<PortableExecutableReference>().Select(r => r.FilePath!).ToList();
    Progress(options.CscServer ? $"csc: checking that the code compiles, then {options.CscWarmup} warm-up rounds in a compiler server" : "csc: checking that the code compiles");
    using var csc = CscCrossCheck.Create(input, referencePaths, typeof(DiagnosticIds).Assembly.Location, catalog, options.CscServer ? options.CscWarmup : null, options.CscParallel, out var problem);
    if (csc is null)
    {
        Console.Out.WriteLine($"Cross-check in the real compiler skipped: {problem}.");
        Console.Out.WriteLine();
        return;
    }

    var before = MachineState.Now();
    var samples = new List<CscSample>();
    for (var i = 0; i < options.Csc; i++)
    {
        var sample = csc.Run();
        Progress($"csc {i + 1}/{options.Csc}: {sample.Without.TotalMilliseconds:N0} ms CPU without analyzers, {sample.NoOp.TotalMilliseconds:N0} ms with the no-op one, {sample.With.TotalMilliseconds:N0} ms with Harness (load {MachineState.Now().LoadAverage})");
        samples.Add(sample);
    }

    new CscReport(Console.Out).Write(csc.Description, samples, before, MachineState.Now());
}

int Scaling()
{
    var sizes = new ScalingRunner(options, catalog, references.References, probeInternals, Progress).Run();
    var report = new Report(Console.Out);
    if (sizes[^1].Run.Broken is { } broken)
    {
        Console.Out.WriteLine($"Size {sizes[^1].Corpus.LineCount:N0} broke:");
        report.WriteBroken(broken);
        return broken.Compile.Errors.Count > 0 ? CorpusBroken : AnalyzerFailed;
    }

    new ScalingReport(Console.Out).Write(sizes, catalog);
    var redundancy = new RedundancyReport(Console.Out);
    if (probeInternals)
    {
        redundancy.WriteIndex(sizes.Select(s => new IndexRow(s.Index!, ScalingReport.DuplicationCallbackCpu(s), s.After, s.AfterIndex)).ToList());
        Edits(sizes.FirstOrDefault(s => s.Corpus.LineCount == options.EditCompilationLines)?.Corpus, redundancy);
    }

    var diagnosticsMatch = true;
    foreach (var size in sizes)
    {
        Console.Out.WriteLine("<details><summary>Detail at " + size.Corpus.LineCount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " lines</summary>");
        Console.Out.WriteLine();
        diagnosticsMatch &= report.Write(new ReportInput(
            options with { Lines = size.Corpus.LineCount, Warmup = size.Warmup }, size.Corpus, references.Source, catalog, size.Run.Measured, size.Before, size.After));
        Console.Out.WriteLine("</details>");
        Console.Out.WriteLine();
    }

    Console.Out.WriteLine($"Run time of this mode: {total.Elapsed.TotalSeconds:N0} s.");
    return diagnosticsMatch ? Ok : DiagnosticsMismatch;
}

// --src: real code, which does not compile without its packages; the analyzers' failures are the only errors.
int Source(BenchmarkOptions sourceOptions)
{
    var corpus = SourceFolderCorpus.Load(sourceOptions.Sources);
    var rules = LoadRules(sourceOptions.RulesPath);
    var verdicts = sourceOptions.VerdictsPath is { } verdictsPath ? VerdictFile.Load(verdictsPath) : null;
    var baseline = sourceOptions.BaselinePath is { } baselinePath ? BaselineFile.Load(baselinePath, corpus.Roots[0]) : null;
    Progress($"corpus: {corpus.Name}, {corpus.LineCount:N0} lines in {corpus.SourceFileCount} files, {corpus.TemplateOutputPaths.Count} of them template output");

    // What a build tells the analyzers about template output, for every driver run: timed, baseline, edits.
    var configOptions = new TemplateOutputOptionsProvider(corpus.TemplateOutputPaths);
    var factory = new CompilationFactory(corpus.Files, references.References, corpus.Name, allowUnsafe: true);
    var runner = new BenchmarkRunner(
        new CompileTimer(factory),
        catalog.IsEmpty ? null : new AnalyzerTimer(factory, catalog, rules, configOptions, baseline),
        Progress,
        acceptCompileErrors: true);
    var before = MachineState.Now();
    var run = runner.Run(sourceOptions.Warmup, sourceOptions.Iterations);
    var after = MachineState.Now();
    if (run.Broken is { } broken)
    {
        new Report(Console.Out).WriteBroken(broken);
        return AnalyzerFailed;
    }

    var edits = catalog.IsEmpty ? null : new CloneEditProbe(factory, catalog, rules, configOptions).Run(sourceOptions.Edits, Progress);
    var diagnostics = run.Measured[^1].Analyzers?.Diagnostics ?? [];
    var reports = ReportedDiagnostic.From(diagnostics, corpus);
    if (sourceOptions.DumpPath is { } dumpPath)
    {
        DiagnosticDump.Write(dumpPath, reports);
        Progress($"wrote {reports.Count} diagnostics to {Path.GetFullPath(dumpPath)}");
    }

    BaselineWritten? written = null;
    if (sourceOptions.BaselineWritePath is { } baselineWritePath)
    {
        var (entries, findings) = BaselineWriter.Write(baselineWritePath, diagnostics, corpus.Name, corpus.Roots[0]);
        written = new BaselineWritten(Path.GetFullPath(baselineWritePath), entries, findings);
        Progress($"wrote a baseline of {entries} entries ({findings} findings) to {written.Path}");
    }

    var left = new SourceReport(Console.Out).Write(new SourceReportInput(
        sourceOptions, corpus, rules, references.Source, catalog, run.Measured, reports, edits, verdicts, before, after, MachineState.Now(), baseline, written));
    if (sourceOptions.Fixes && verdicts is not null)
    {
        new FixShareReport(Console.Out).Write(new FixShareProbe(factory, corpus, catalog, rules, configOptions, Progress).Run(verdicts, reports));
    }

    if (sourceOptions.Csc > 0 && !catalog.IsEmpty)
    {
        CrossCheck(CscInput.Of(corpus, rules));
    }

    Console.Out.WriteLine($"Run time so far: {total.Elapsed.TotalSeconds:N0} s.");
    if (sourceOptions.Smoke && baseline is not null)
    {
        return SmokeBaselineCheck(left, diagnostics);
    }

    return sourceOptions.Smoke ? SmokeTemplateOutputCheck(corpus, reports) : Ok;
}

RulesFile? LoadRules(string? rulesPath)
    => rulesPath is null
        ? null
        : new RulesFile(Path.GetFullPath(rulesPath), File.Exists(rulesPath) ? File.ReadAllText(rulesPath) : throw new ArgumentException($"--rules: no file '{rulesPath}'."));

// --layout-edits: no measuring; a copy of the --src folders with code moved and reformatted (and, with
// --inject-copies, new copies of methods), to check a baseline's keys against. Members a --baseline key names keep
// their code: a rename or copy there would change a finding, not its layout.
int LayoutEdit(BenchmarkOptions editOptions)
{
    var corpus = SourceFolderCorpus.Load(editOptions.Sources);
    var configOptions = new TemplateOutputOptionsProvider(corpus.TemplateOutputPaths);
    var keys = editOptions.BaselinePath is { } baselinePath
        ? string.Join("\n", BaselineFile.Load(baselinePath, corpus.Roots[0]).Parse().Entries.Select(entry => entry.Key))
        : string.Empty;
    var run = LayoutEdits.Write(
        corpus,
        new CompilationFactory(corpus.Files, references.References, corpus.Name, allowUnsafe: true),
        editOptions.LayoutEditsDirectory!,
        member => keys.Contains(MemberAnchor.Of(member), StringComparison.Ordinal),
        editOptions.InjectCopies,
        RedundancyInternals.LoadScope(LoadRules(editOptions.RulesPath), configOptions));
    Progress($"wrote {string.Join(", ", run.Folders)}: {run.FilesChanged} of {run.SourceFiles} files changed, {run.Copies.Count} copies injected");
    new LayoutEditReport(Console.Out).Write(run, corpus);
    return Ok;
}

// The smoke corpus again with the baseline its first run wrote: nothing may be left, stale or malformed.
int SmokeBaselineCheck(IReadOnlyList<Diagnostic> left, IReadOnlyList<Diagnostic> diagnostics)
{
    var problems = diagnostics.Where(d => d.Id == Descriptors.StaleBaselineEntry.Id || d.Id == Descriptors.MalformedBaselineEntry.Id).ToList();
    if (left.Count == 0 && problems.Count == 0)
    {
        return Ok;
    }

    Console.Error.WriteLine($"smoke: with the baseline its first run wrote, {left.Count} finding(s) left and {problems.Count} stale or malformed entries: "
        + string.Join(", ", left.Concat(problems)));
    return DiagnosticsMismatch;
}

// The smoke corpus's project makes one file with a copied method template output: a report in it means the driver
// runs no longer get the options a build gives, and the real corpora's numbers would count generated code.
int SmokeTemplateOutputCheck(SourceFolderCorpus corpus, IReadOnlyList<ReportedDiagnostic> reports)
{
    var templateOutput = corpus.TemplateOutputPaths.Select(corpus.RelativePath).ToHashSet(StringComparer.Ordinal);
    var inTemplateOutput = reports
        .Where(r => templateOutput.Contains(r.File) || r.AdditionalLocations.Any(l => templateOutput.Contains(l[..l.LastIndexOf(':')])))
        .ToList();
    if (corpus.TemplateOutputPaths.Count > 0 && inTemplateOutput.Count == 0)
    {
        return Ok;
    }

    Console.Error.WriteLine(corpus.TemplateOutputPaths.Count == 0
        ? "smoke: no file is marked as template output; the smoke corpus's project file names one."
        : $"smoke: {inTemplateOutput.Count} report(s) in template output, which a build hides from the redundancy rules: "
            + string.Join(", ", inTemplateOutput.Select(r => $"{r.Id} {r.File}:{r.Line}")));
    return DiagnosticsMismatch;
}

// --smoke without --src: the --src mode too, on a few hand-written files with one clone, a rules file and verdicts,
// so CI keeps that mode working; then again with the baseline the first run wrote, which must accept every finding.
// The dump and the baseline go to temporary files: their writing is what is tested.
int SmokeSource()
{
    var folder = Path.Combine(AppContext.BaseDirectory, "SmokeCorpus");
    var dump = Path.Combine(Path.GetTempPath(), $"harness-bench-smoke-{Environment.ProcessId}.tsv");
    var baseline = Path.Combine(Path.GetTempPath(), $"harness-bench-smoke-{Environment.ProcessId}.baseline");
    try
    {
        var smoke = options with
        {
            Sources = [folder],
            RulesPath = Path.Combine(folder, "harness.rules"),
            VerdictsPath = Path.Combine(folder, "verdicts.tsv"),
            DumpPath = dump,
            Fixes = true,
        };
        var status = Source(smoke with { BaselineWritePath = baseline });
        return status == Ok ? Source(smoke with { BaselinePath = baseline, VerdictsPath = null, DumpPath = null, Fixes = false }) : status;
    }
    finally
    {
        File.Delete(dump);
        File.Delete(baseline);
    }
}

// The edit re-analysis, on the given corpus or on a new one of --edit-lines lines.
void Edits(GeneratedCorpus? corpus, RedundancyReport redundancy)
{
    corpus ??= CorpusGenerator.Generate(options.EditCompilationLines, options.Violations, options.Seed);
    Progress($"edit re-analysis in a {corpus.LineCount:N0}-line compilation");
    var before = MachineState.Now();
    var edits = new EditProbe(new CompilationFactory(corpus, references.References), RedundancyInternals.LoadScope(corpus.Rules, TemplateOutputOptionsProvider.Empty), corpus.Rules)
        .Run(corpus.LineCount, options.Edits, Progress);
    redundancy.WriteEdits(edits, before, MachineState.Now());
}
