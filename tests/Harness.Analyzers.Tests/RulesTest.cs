using Harness.Analyzers.Architecture;
using Harness.Analyzers.Configuration;
using Harness.Analyzers.Tests.Verification;

namespace Harness.Analyzers.Tests;

/// <summary>Builds analyzer tests the way a user's project looks: C# files under /repo/src and a /repo/harness.rules.</summary>
internal static class RulesTest
{
    public const string RulesPath = "/repo/harness.rules";

    /// <summary>The layered architecture most tests share.</summary>
    public const string Layers = """
        root = true

        [layer domain]
        namespaces = Shop.Domain.**
        may_use    = nothing
        because    = the domain is pure

        [layer application]
        namespaces = Shop.Application.**
        may_use    = domain

        [layer infrastructure]
        namespaces = Shop.Infrastructure.**
        may_use    = application, domain
        """;

    /// <summary>Infrastructure types that other layers are tempted to use.</summary>
    public const string Infrastructure = """
        namespace Shop.Infrastructure
        {
            public interface IStore { }

            public class SqlStore : IStore
            {
                public const int Port = 1433;
                public static SqlStore Create() => new SqlStore();
                public void Save() { }
                public int this[int index] => index;
            }

            public class Box<T> { }

            public static class StoreExtensions
            {
                public static void Flush(this string text) { }
            }

            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class TracedAttribute : System.Attribute { }
        }
        """;

    /// <summary>Both analyzers, the rules file and the sources (paths /repo/src/File0.cs, File1.cs, ...).</summary>
    public static AnalyzerTest Create(string rules, params string[] sources)
    {
        var test = new AnalyzerTest(new ArchitectureAnalyzer(), new RulesFileProblemsAnalyzer());
        test.AdditionalFiles.Add((RulesPath, rules));
        for (var i = 0; i < sources.Length; i++)
        {
            test.Sources.Add(($"/repo/src/File{i}.cs", sources[i]));
        }

        return test;
    }
}
