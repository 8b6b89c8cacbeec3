using System.Threading.Tasks;
using Harness.Analyzers.CodeFixes.Redundancy;
using Harness.Analyzers.Redundancy;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy;

public class ExtractSharedPartCodeFixTests
{
    private static CodeFixTest Create(params (string Path, string Markup)[] sources)
    {
        var test = new CodeFixTest(new DuplicationAnalyzer(), new ExtractSharedPartCodeFix()) { CodeActionEquivalenceKey = ExtractSharedPartCodeFix.ExtractSharedPartKey };
        test.AdditionalFiles.Add(("/repo/harness.rules", DuplicationTest.Rules));
        test.Sources.AddRange(sources);
        return test;
    }

    /// <summary>A test that expects no fix: the fixed text is the source with its markup removed.</summary>
    private static Task NotOfferedAsync(string markup)
    {
        var test = Create(("/repo/src/File0.cs", markup));
        test.FixedSources.Add(("/repo/src/File0.cs", System.Text.RegularExpressions.Regex.Replace(markup, @"\{\|[A-Z0-9#]+:|\|\}", string.Empty)));
        return test.RunAsync();
    }

    [Fact]
    public Task A_copy_with_one_more_statement_at_the_end_calls_the_extracted_shared_part()
    {
        var test = Create(("/repo/src/Orders.cs", """
            namespace Shop;

            public class Orders
            {
                public string Summary(string[] lines)
                {
                    var count = lines.Length;
                    var first = lines[0].Trim();
                    var last = lines[count - 1].Trim();
                    var text = first + " .. " + last + " (" + count + ")";
                    return text;
                }

                public string {|HAR2002:Audit|}(string[] lines)
                {
                    var count = lines.Length;
                    var first = lines[0].Trim();
                    var last = lines[count - 1].Trim();
                    var text = first + " .. " + last + " (" + count + ")";
                    System.Console.WriteLine(text);
                    return text;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Orders.cs", """
            namespace Shop;

            public class Orders
            {
                public string Summary(string[] lines)
                {
                    var text = GetText(lines);
                    return text;
                }

                private static string GetText(string[] lines)
                {
                    var count = lines.Length;
                    var first = lines[0].Trim();
                    var last = lines[count - 1].Trim();
                    var text = first + " .. " + last + " (" + count + ")";
                    return text;
                }

                public string Audit(string[] lines)
                {
                    var text = GetText(lines);
                    System.Console.WriteLine(text);
                    return text;
                }
            }
            """));
        return test.RunAsync();
    }
}
