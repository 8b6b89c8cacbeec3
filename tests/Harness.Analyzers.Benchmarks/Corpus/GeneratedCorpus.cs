using System;
using System.Collections.Generic;
using System.Linq;
using Harness.Analyzers.Benchmarks.Measurement;

namespace Harness.Analyzers.Benchmarks.Corpus;

/// <summary>
/// One C# source file of a corpus; <see cref="Path"/> becomes the tree's file path: relative to the corpus root for
/// the generated corpus, the full path for real code (as csc gets it).
/// </summary>
internal sealed record CorpusFile(string Path, string Text)
{
    public int LineCount => Text.Count(c => c == '\n');
}

/// <summary>The generated sources, their <c>harness.rules</c>, and the rule breaks injected into them.</summary>
internal sealed record GeneratedCorpus(IReadOnlyList<CorpusFile> Files, string RulesText, IReadOnlyList<Violation> Violations)
{
    public const string RulesFileName = "harness.rules";

    public int LineCount => Files.Sum(f => f.LineCount);

    public RulesFile Rules => new(RulesFileName, RulesText);

    /// <summary>
    /// Whether every diagnostic of this ID must come from an injected violation: configuration
    /// (HAR0xxx; the rules file is valid) and architecture (HAR1xxx). Other families, such as
    /// redundancy, are counted but not checked: generated code repeats itself by nature.
    /// </summary>
    public static bool AccountsFor(string id)
        => id.StartsWith("HAR0", StringComparison.Ordinal) || id.StartsWith("HAR1", StringComparison.Ordinal);

    /// <summary>How many diagnostics of each ID the injected violations should produce.</summary>
    public IReadOnlyDictionary<string, int> ExpectedDiagnostics
        => Violations.GroupBy(v => v.ExpectedDiagnosticId).ToDictionary(g => g.Key, g => g.Count());
}
