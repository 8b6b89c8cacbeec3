using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Harness.Analyzers.Benchmarks.Corpus;
using Harness.Analyzers.Benchmarks.Measurement;
using Harness.Analyzers.Benchmarks.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Benchmarks.Fixes;

/// <summary>
/// <c>--fixes</c>: of the findings a reviewer judged worth acting on, how many get a fix that compiles. The analyzers
/// run again on the workspace project's own compilation, so each diagnostic's location is in the tree of the document
/// the fix gets (a diagnostic of the timed run points into trees no workspace knows). Each 'act' report of HAR2001 to
/// HAR2006 then goes through <see cref="FixApplier"/>, every attempt from the unchanged project.
/// </summary>
internal sealed class FixShareProbe
{
    private static readonly ImmutableHashSet<string> RedundancyIds = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        DiagnosticIds.DuplicateMember,
        DiagnosticIds.NearDuplicateMember,
        DiagnosticIds.DuplicatedBlock,
        DiagnosticIds.IdenticalBranches,
        DiagnosticIds.VersionedTwin,
        DiagnosticIds.GeneratorPlaceholder);

    private readonly CompilationFactory _factory;
    private readonly SourceFolderCorpus _corpus;
    private readonly AnalyzerCatalog _catalog;
    private readonly RulesFile? _rules;
    private readonly TemplateOutputOptionsProvider _configOptions;
    private readonly FixProviderCatalog _providers;
    private readonly Action<string> _progress;

    public FixShareProbe(
        CompilationFactory factory, SourceFolderCorpus corpus, AnalyzerCatalog catalog, RulesFile? rules, TemplateOutputOptionsProvider configOptions, Action<string> progress)
    {
        _factory = factory;
        _corpus = corpus;
        _catalog = catalog;
        _rules = rules;
        _configOptions = configOptions;
        _providers = FixProviderCatalog.Discover(typeof(CodeFixes.Redundancy.DuplicateMemberCodeFix).Assembly);
        _progress = progress;
    }

    public static bool IsActReport(ReportedDiagnostic report, IReadOnlySet<(string, string, int)> act)
        => RedundancyIds.Contains(report.Id) && act.Contains((report.Id, report.File, report.Line));

    /// <param name="timedReports">The timed run's reports: the 'act' ones among them are what the workspace must find again.</param>
    public FixShareRun Run(VerdictFile verdicts, IReadOnlyList<ReportedDiagnostic> timedReports)
        => RunAsync(verdicts, timedReports).GetAwaiter().GetResult();

    private async Task<FixShareRun> RunAsync(VerdictFile verdicts, IReadOnlyList<ReportedDiagnostic> timedReports)
    {
        var elapsed = Stopwatch.StartNew();
        var act = verdicts.Verdicts.Where(v => v.Kind == Verdict.Act).Select(v => v.Key).ToHashSet();
        using var workspace = FixWorkspace.Create(_factory, _rules, _corpus.TemplateOutputPaths, _corpus.Roots[0]);
        var compilation = (await workspace.Project.GetCompilationAsync().ConfigureAwait(false))!;
        var actReports = (await AnalyzeAsync(compilation).ConfigureAwait(false))
            .Select(d => (Diagnostic: d, Report: ReportedDiagnostic.From([d], _corpus)[0]))
            .Where(pair => IsActReport(pair.Report, act))
            .OrderBy(pair => pair.Report.Id, StringComparer.Ordinal).ThenBy(pair => pair.Report.File, StringComparer.Ordinal).ThenBy(pair => pair.Report.Line)
            .ToList();
        var before = CompileErrors.Of(compilation);
        _progress($"fixes: {actReports.Count} 'act' reports; the unchanged corpus has {before.Count} compile errors");

        var applier = new FixApplier(workspace.Project, before, _corpus.RelativePath);
        var attempts = new List<FixAttempt>(actReports.Count);
        foreach (var (diagnostic, report) in actReports)
        {
            var result = await applier.ApplyAsync(diagnostic, _providers.For(diagnostic.Id)).ConfigureAwait(false);
            attempts.Add(new FixAttempt(report.Id, report.File, report.Line, report.Member, CopyPlacement.Of(diagnostic), BlockExits.Of(diagnostic), result));
            _progress($"fix {attempts.Count}/{actReports.Count} {report.Id} {report.File}:{report.Line}: {result.Outcome} (load {MachineState.Now().LoadAverage})");
        }

        var templateOutput = _corpus.TemplateOutputPaths.FirstOrDefault();
        return new FixShareRun(
            attempts,
            before.Count,
            timedReports.Count(r => IsActReport(r, act)),
            templateOutput is null ? null : workspace.MarksTemplateOutput(templateOutput),
            elapsed.Elapsed);
    }

    /// <exception cref="AnalyzerFailedException">An analyzer threw: its reports would be missing, not unfixable.</exception>
    private async Task<IReadOnlyList<Diagnostic>> AnalyzeAsync(Compilation compilation)
    {
        var failures = new ConcurrentQueue<string>();
        var diagnostics = await compilation
            .WithAnalyzers(_catalog.CreateInstances(), AnalyzerDriverOptions.Create(_rules, _configOptions, failures))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None)
            .ConfigureAwait(false);
        return failures.IsEmpty ? diagnostics : throw new AnalyzerFailedException(string.Join("\n", failures));
    }
}
