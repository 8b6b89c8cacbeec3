using System.Collections.Concurrent;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Benchmarks.Measurement;

/// <summary>
/// The <see cref="CompilationWithAnalyzersOptions"/> of every driver run in the benchmark, so the timed runs, the
/// no-op baseline and the edit probes drive the analyzers the same way: single-threaded (work compared with the
/// single-threaded compile), callback times logged, exceptions collected instead of becoming AD0001 only, and with
/// the per-tree options a build would give (template output marked; see <see cref="TemplateOutputOptionsProvider"/>).
/// The timed runs also get suppressed diagnostics (<paramref name="reportSuppressed"/>), to count what a
/// <c>harness.baseline</c> suppressed.
/// </summary>
internal static class AnalyzerDriverOptions
{
    public static CompilationWithAnalyzersOptions Create(
        RulesFile? rules, TemplateOutputOptionsProvider configOptions, ConcurrentQueue<string> failures, BaselineFile? baseline = null, bool reportSuppressed = false)
        => new(
            new AnalyzerOptions(RulesFile.ToAdditionalTexts(rules).AddRange(BaselineFile.ToAdditionalTexts(baseline)), configOptions),
            onAnalyzerException: (exception, analyzer, _) => failures.Enqueue($"{analyzer.GetType().Name} threw {exception}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: reportSuppressed);
}
