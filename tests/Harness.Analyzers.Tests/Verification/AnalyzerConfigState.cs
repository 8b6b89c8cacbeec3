using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Tests.Verification;

/// <summary>
/// <c>.editorconfig</c> / <c>.globalconfig</c> texts applied as the compiler applies them: one <see cref="AnalyzerConfigSet"/>,
/// options looked up by file path (so they hold for every compilation of the test project, before and after fixes).
/// </summary>
internal sealed class AnalyzerConfigState
{
    private readonly AnalyzerConfigSet _set;
    private readonly ConcurrentDictionary<string, AnalyzerConfigOptionsResult> _byPath = new(StringComparer.Ordinal);

    private AnalyzerConfigState(AnalyzerConfigSet set)
    {
        _set = set;
        TreeOptions = new ConfigSyntaxTreeOptionsProvider(this);
        OptionsProvider = new ConfigOptionsProvider(this);
    }

    /// <summary>Dotnet_diagnostic severities and <c>generated_code</c>, for <see cref="CompilationOptions.WithSyntaxTreeOptionsProvider"/>.</summary>
    public SyntaxTreeOptionsProvider TreeOptions { get; }

    /// <summary>What analyzers read through <see cref="AnalyzerOptions.AnalyzerConfigOptionsProvider"/>.</summary>
    public AnalyzerConfigOptionsProvider OptionsProvider { get; }

    public AnalyzerConfigOptionsResult Global => _set.GlobalConfigOptions;

    /// <summary>Parses the files; a malformed config (the compiler would warn) fails the test, since it is a mistake in the test.</summary>
    public static AnalyzerConfigState Create(IEnumerable<(string Path, string Text)> files)
    {
        var configs = files.Select(f => AnalyzerConfig.Parse(f.Text, f.Path)).ToList();
        var set = AnalyzerConfigSet.Create(configs, out var problems);
        var state = new AnalyzerConfigState(set);
        problems = problems.AddRange(set.GlobalConfigOptions.Diagnostics);
        if (!problems.IsEmpty)
        {
            throw new VerificationException("Analyzer config files have problems:\n" + string.Join("\n", problems.Select(DiagnosticFormatter.Format)));
        }

        return state;
    }

    public AnalyzerConfigOptionsResult ForPath(string path) => _byPath.GetOrAdd(path, p => _set.GetOptionsForSourcePath(p));

    /// <summary>Fails on problems the compiler would report for these files' options (say, an unknown severity).</summary>
    public void Validate(IEnumerable<string> paths)
    {
        var problems = paths.SelectMany(p => ForPath(p).Diagnostics).Distinct().ToList();
        if (problems.Count > 0)
        {
            throw new VerificationException("Analyzer config options have problems:\n" + string.Join("\n", problems.Select(DiagnosticFormatter.Format)));
        }
    }

    private sealed class ConfigSyntaxTreeOptionsProvider(AnalyzerConfigState state) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) =>
            state.ForPath(tree.FilePath).AnalyzerOptions.TryGetValue("generated_code", out var value) && bool.TryParse(value, out var generated)
                ? generated ? GeneratedKind.MarkedGenerated : GeneratedKind.NotGenerated
                : GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            state.ForPath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            state.Global.TreeOptions.TryGetValue(diagnosticId, out severity);
    }

    private sealed class ConfigOptionsProvider(AnalyzerConfigState state) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(state.Global.AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new DictionaryOptions(state.ForPath(tree.FilePath).AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new DictionaryOptions(state.ForPath(textFile.Path).AnalyzerOptions);
    }

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> options) : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _options = options.WithComparers(KeyComparer);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _options.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => _options.Keys;
    }
}
