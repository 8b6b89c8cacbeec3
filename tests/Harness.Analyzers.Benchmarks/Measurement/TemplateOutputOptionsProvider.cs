using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Harness.Analyzers.Redundancy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Benchmarks.Measurement;

/// <summary>
/// The analyzer config options a build of the corpus would hand the analyzers, as far as the benchmark models them:
/// no .editorconfig and no global options, but <c>build_metadata.Compile.HarnessTemplateOutput = true</c> on the trees
/// the package's build props mark as text-template output (see <see cref="Corpus.TemplateOutputs"/>). Without it an
/// in-memory run judges a template's repetitive output as hand-written code, which no real build does.
/// </summary>
internal sealed class TemplateOutputOptionsProvider : AnalyzerConfigOptionsProvider
{
    /// <summary>No template output: the generated corpus, and anything that has no project file.</summary>
    public static readonly TemplateOutputOptionsProvider Empty = new(new HashSet<string>());

    private static readonly DictionaryAnalyzerConfigOptions TemplateOutput = new(
        ImmutableDictionary.Create<string, string>(AnalyzerConfigOptions.KeyComparer).Add(RedundancyScope.TemplateOutputKey, "true"));

    private readonly IReadOnlySet<string> _templateOutputPaths;

    /// <param name="templateOutputPaths">Full paths of the template output files, with the set's own path comparer.</param>
    public TemplateOutputOptionsProvider(IReadOnlySet<string> templateOutputPaths) => _templateOutputPaths = templateOutputPaths;

    public override AnalyzerConfigOptions GlobalOptions => DictionaryAnalyzerConfigOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree)
        => _templateOutputPaths.Contains(tree.FilePath) ? TemplateOutput : DictionaryAnalyzerConfigOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => DictionaryAnalyzerConfigOptions.Empty;
}
