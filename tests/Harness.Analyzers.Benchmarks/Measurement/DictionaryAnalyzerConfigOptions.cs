using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Benchmarks.Measurement;

/// <summary>
/// Options from a dictionary. Callers should build it with <see cref="AnalyzerConfigOptions.KeyComparer"/>: keys are
/// case-insensitive in Roslyn (a build writes <c>build_metadata.Compile.X</c>, analyzers may ask in lower case).
/// </summary>
internal sealed class DictionaryAnalyzerConfigOptions : AnalyzerConfigOptions
{
    public static readonly DictionaryAnalyzerConfigOptions Empty = new(ImmutableDictionary.Create<string, string>(KeyComparer));

    private readonly ImmutableDictionary<string, string> _options;

    public DictionaryAnalyzerConfigOptions(ImmutableDictionary<string, string> options) => _options = options;

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _options.TryGetValue(key, out value);
}
