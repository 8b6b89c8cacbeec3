using Harness.Analyzers.Architecture;
using Harness.Analyzers.Baseline;
using Harness.Analyzers.Redundancy;
using Harness.Analyzers.Tests.Verification;

namespace Harness.Analyzers.Tests.Baseline;

/// <summary>
/// A project as a user's looks once it has adopted the package: /repo/harness.rules, /repo/harness.baseline and C#
/// files under /repo/src, analysed by every analyzer of findings with the baseline's suppressor.
/// </summary>
internal static class BaselineTest
{
    public const string BaselinePath = "/repo/harness.baseline";

    public static AnalyzerTest Create(string baseline, params string[] sources)
    {
        var test = new AnalyzerTest(
            new ArchitectureAnalyzer(),
            new DuplicationAnalyzer(),
            new GeneratorPlaceholderAnalyzer(),
            new MalformedBaselineEntryAnalyzer(),
            new BaselineSuppressor());
        test.AdditionalFiles.Add((RulesTest.RulesPath, RulesTest.Layers));
        test.AdditionalFiles.Add((BaselinePath, baseline));
        test.Sources.Add(("/repo/src/Infrastructure.cs", RulesTest.Infrastructure));
        for (var i = 0; i < sources.Length; i++)
        {
            test.Sources.Add(($"/repo/src/File{i}.cs", sources[i]));
        }

        return test;
    }
}
