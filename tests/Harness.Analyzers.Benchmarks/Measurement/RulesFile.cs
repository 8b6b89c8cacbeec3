using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Benchmarks.Measurement;

/// <summary>
/// The <c>harness.rules</c> the analyzers get as an additional file: the generated corpus's, or the one given with
/// <c>--rules</c> (none by default on real code, as in a project that has not written one yet).
/// </summary>
internal sealed record RulesFile(string Path, string Text)
{
    /// <summary>
    /// A new additional text per call: rules are meant to be parsed once per <c>SourceText</c>, and a build starts
    /// without that cache.
    /// </summary>
    public static ImmutableArray<AdditionalText> ToAdditionalTexts(RulesFile? rules)
        => rules is null ? [] : [new InMemoryAdditionalText(rules.Path, rules.Text)];
}
