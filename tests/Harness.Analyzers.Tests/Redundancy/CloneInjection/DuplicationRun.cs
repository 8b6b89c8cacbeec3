using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Harness.Analyzers.Redundancy;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>
/// Runs <see cref="DuplicationAnalyzer"/> once over a whole compilation, with a <c>/repo/harness.rules</c> beside
/// the sources, as a build would; fails if the analyzer throws.
/// </summary>
internal static class DuplicationRun
{
    public const string RulesPath = "/repo/harness.rules";

    /// <summary>The shipped default, spelled out in the rules file so the measurement says what it measured.</summary>
    public const int MinTokens = 40;

    /// <summary>The shipped default.</summary>
    public const double Similarity = 0.80;

    public static readonly string DefaultRules = FormattableString.Invariant($"[redundancy]\nmin_tokens = {MinTokens}\nsimilarity = {Similarity:0.00}\n");

    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation)
    {
        var exceptions = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new TestAdditionalText(RulesPath, SourceText.From(DefaultRules)))),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name} threw {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DuplicationAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        var failures = exceptions.Concat(diagnostics.Where(d => d.Id.StartsWith("AD", StringComparison.Ordinal)).Select(d => d.ToString())).ToList();
        if (failures.Count > 0)
        {
            throw new InvalidOperationException("The analyzer failed:\n" + string.Join("\n", failures));
        }

        return diagnostics;
    }
}
