using Harness.Analyzers.Configuration;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Tests.Verification;

/// <summary>A <c>harness.rules</c> text merged as the analyzers merge a single file, for tests of what is built from it.</summary>
internal static class RulesText
{
    public static HarnessRules Merge(string text, string path = "/repo/harness.rules") =>
        RulesMerger.Merge(new[] { (new RuleOrigin(path, SourceText.From(text)), RulesFileParser.Parse(SourceText.From(text))) });
}
