using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Benchmarks.Measurement;

/// <summary>No .editorconfig and no global options: what the benchmark's compilations have.</summary>
internal sealed class EmptyAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    public static readonly EmptyAnalyzerConfigOptionsProvider Instance = new();

    public override AnalyzerConfigOptions GlobalOptions => EmptyOptions.Instance;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => EmptyOptions.Instance;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => EmptyOptions.Instance;

    private sealed class EmptyOptions : AnalyzerConfigOptions
    {
        public static readonly EmptyOptions Instance = new();

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            value = null;
            return false;
        }
    }
}
