using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using Harness.Analyzers.Configuration;
using Harness.Analyzers.Redundancy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Benchmarks.Measurement;

/// <summary>
/// The pieces of <see cref="DuplicationAnalyzer"/> the probes call directly (the analyzer assembly grants the
/// benchmark its internals): the scope the analyzer would load from the corpus's <c>harness.rules</c> (or without one), and its
/// per-document judging step, found by reflection so that a change to its private signature degrades to "n/a"
/// instead of breaking the benchmark's build.
/// </summary>
internal static class RedundancyInternals
{
    public delegate void JudgeTree(TreeFingerprints tree, CloneIndex index, Action<Diagnostic> report);

    /// <summary><c>DuplicationAnalyzer.Analyze(TreeFingerprints, CloneIndex, Action&lt;Diagnostic&gt;)</c>, or null if it changed.</summary>
    public static JudgeTree? Judge { get; } = FindJudge();

    /// <param name="rulesFile">The corpus's rules file, or null for none (the defaults).</param>
    /// <param name="configOptions">The per-tree options the driver runs get, so the scope skips the same template output.</param>
    public static RedundancyScope LoadScope(RulesFile? rulesFile, TemplateOutputOptionsProvider configOptions)
    {
        var options = new AnalyzerOptions(RulesFile.ToAdditionalTexts(rulesFile), configOptions);
        var rules = HarnessRulesLoader.Load(options, RulesFileParser.Parse, CancellationToken.None);
        return new RedundancyScope(rules.Redundancy, configOptions);
    }

    public static IReadOnlyList<SyntaxTree> IncludedTrees(Compilation compilation, RedundancyScope scope)
        => compilation.SyntaxTrees.Where(scope.Includes).ToList();

    private static JudgeTree? FindJudge()
    {
        var method = typeof(DuplicationAnalyzer).GetMethod(
            "Analyze",
            BindingFlags.NonPublic | BindingFlags.Static,
            [typeof(TreeFingerprints), typeof(CloneIndex), typeof(Action<Diagnostic>)]);
        return method?.ReturnType == typeof(void) ? method.CreateDelegate<JudgeTree>() : null;
    }
}
