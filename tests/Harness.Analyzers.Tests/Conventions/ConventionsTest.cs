using Harness.Analyzers.Configuration;
using Harness.Analyzers.Conventions;
using Harness.Analyzers.Tests.Verification;

namespace Harness.Analyzers.Tests.Conventions;

/// <summary>Analyzer tests of conventions as a user's project has them: C# files under /repo/src and a /repo/harness.rules.</summary>
internal static class ConventionsTest
{
    public const string RulesPath = "/repo/harness.rules";

    /// <summary>Layers for the placement tests.</summary>
    public const string Layers = """
        [layer domain]
        namespaces = Shop.Domain.**

        [layer application]
        namespaces = Shop.Application.**

        [layer infrastructure]
        namespaces = Shop.Infrastructure.**

        """;

    /// <summary>
    /// The conventions analyzer, the rules-file analyzer, the rules and the sources (paths /repo/src/File0.cs, File1.cs,
    /// ...). <c>[|…|]</c> marks HAR3001 unless <paramref name="defaultId"/> says otherwise.
    /// </summary>
    public static AnalyzerTest Create(string rules, params string[] sources) => Reporting(DiagnosticIds.NameConvention, rules, sources);

    /// <summary>As <see cref="Create"/>, with <c>[|…|]</c> marking <paramref name="defaultId"/>.</summary>
    public static AnalyzerTest Reporting(string defaultId, string rules, params string[] sources)
    {
        var test = new AnalyzerTest(new ConventionsAnalyzer(), new RulesFileProblemsAnalyzer()) { DefaultDiagnosticId = defaultId };
        test.AdditionalFiles.Add((RulesPath, rules));
        for (var i = 0; i < sources.Length; i++)
        {
            test.Sources.Add(($"/repo/src/File{i}.cs", sources[i]));
        }

        return test;
    }

    /// <summary>Raises HAR1005 (off by default) with a global config.</summary>
    public static AnalyzerTest WithUnmatchedRuleOn(this AnalyzerTest test)
    {
        test.AnalyzerConfigFiles.Add(("/repo/.globalconfig", "is_global = true\ndotnet_diagnostic.HAR1005.severity = warning\n"));
        return test;
    }
}
