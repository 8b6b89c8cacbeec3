using Harness.Analyzers.Redundancy;
using Harness.Analyzers.Tests.Verification;

namespace Harness.Analyzers.Tests.Redundancy;

/// <summary>Duplication tests: sources at /repo/src/File{i}.cs, a /repo/harness.rules with small thresholds so bodies stay readable.</summary>
internal static class DuplicationTest
{
    public const string Rules = "[redundancy]\nmin_tokens = 20\nsimilarity = 0.8\n";

    public static AnalyzerTest Create(params string[] sources) => CreateWithRules(Rules, sources);

    public static AnalyzerTest CreateWithRules(string rules, params string[] sources)
    {
        var test = new AnalyzerTest(new DuplicationAnalyzer());
        test.AdditionalFiles.Add(("/repo/harness.rules", rules));
        for (var i = 0; i < sources.Length; i++)
        {
            test.Sources.Add(($"/repo/src/File{i}.cs", sources[i]));
        }

        return test;
    }
}
