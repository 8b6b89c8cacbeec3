using System;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Abstractions;

namespace Harness.Analyzers.Tests.CodeFixes;

/// <summary>
/// A small program full of the redundancy the fixes collapse is run, fixed with FixAll for every fix, recompiled
/// and run again: the output must be the same, and the redundancy findings gone.
/// </summary>
public class BehaviourPreservationTests
{
    private const string Rules = "[redundancy]\nmin_tokens = 20\nbranch_statements = 1\nblock_statements = 1\nchanged_block_statements = 1\n";

    private static readonly string[] Sources =
    {
        """
        using System.Globalization;
        using System.Text;

        namespace Demo;

        public static class Program
        {
            public static string Run()
            {
                var log = new StringBuilder();
                var prices = new[] { 12.5m, 80m, 40m, 3m };
                log.AppendLine(Pricing.Total(prices, 2m).ToString(CultureInfo.InvariantCulture));
                log.AppendLine(Pricing.Amount(prices, 3m).ToString(CultureInfo.InvariantCulture));
                log.AppendLine(Pricing.Discount(prices).ToString(CultureInfo.InvariantCulture));
                log.AppendLine(Pricing.VipDiscount(prices).ToString(CultureInfo.InvariantCulture));
                log.AppendLine(Mailer.Send("ann@example.com", "hello").ToString(CultureInfo.InvariantCulture));
                log.AppendLine(Mailer.SendV2("bob@example.com", "hi", 5).ToString(CultureInfo.InvariantCulture));
                foreach (var score in new[] { 10, 55, 75, 95 })
                {
                    log.AppendLine(Grades.Describe(score) + " " + Grades.Bucket(score) + " " + Grades.Label(score));
                }

                log.AppendLine(Report.Header(new[] { "id", " name ", "total" }));
                log.AppendLine(Report.Footer(new[] { " sum", "avg ", "max" }, 3));
                return log.ToString();
            }
        }
        """,
        """
        namespace Demo;

        public static class Pricing
        {
            public static decimal Total(decimal[] prices, decimal rate)
            {
                var sum = 0m;
                for (var i = 0; i < prices.Length; i += 2)
                {
                    sum += prices[i] * rate - i;
                }

                return decimal.Round(sum, 2);
            }

            public static decimal Amount(decimal[] lines, decimal factor)
            {
                var total = 0m;
                for (var index = 0; index < lines.Length; index += 2)
                {
                    total += lines[index] * factor - index;
                }

                return decimal.Round(total, 2);
            }

            public static decimal Discount(decimal[] items)
            {
                var total = 0m;
                foreach (var item in items) { total += item; }
                return total > 100 ? total * 0.9m : total;
            }

            public static decimal VipDiscount(decimal[] items)
            {
                var sum = 0m;
                foreach (var item in items) { sum += item; }
                return sum > 100 ? sum * 0.8m : sum;
            }
        }

        public static class Mailer
        {
            public static int Send(string to, string body)
            {
                var attempts = 0;
                while (attempts < 3)
                {
                    attempts++;
                    if ((to.Length + body.Length + attempts) % 4 == 0) { return attempts; }
                }

                return -1;
            }

            public static int SendV2(string to, string body, int retries)
            {
                var attempts = 0;
                while (attempts < retries)
                {
                    attempts++;
                    if ((to.Length + body.Length + attempts) % 4 == 0) { return attempts; }
                }

                return -1;
            }
        }
        """,
        """
        namespace Demo;

        public static class Grades
        {
            public static string Describe(int score)
            {
                if (score > 90)
                {
                    return "excellent";
                }
                else if (score > 70)
                {
                    return "good";
                }
                else if (score > 50)
                {
                    return "good";
                }

                return "poor";
            }

            public static int Bucket(int score)
            {
                switch (score / 10)
                {
                    case 9:
                        return 3;
                    case 7:
                        return 2;
                    case 5:
                        return 2;
                    default:
                        return 1;
                }
            }

            public static string Label(int score) => score > 60 ? "pass" : "pass";
        }

        public static class Report
        {
            public static string Header(string[] columns)
            {
                var width = columns.Length * 2;
                var title = "report of " + columns.Length + " columns";
                if (width > 40) { width = 40; }
                var cleaned = new string[columns.Length];
                for (var i = 0; i < columns.Length; i++) { cleaned[i] = columns[i].Trim().ToUpperInvariant(); }
                var line = string.Join("|", cleaned);
                var ruler = new string('-', width);
                return title + "/" + line + "/" + ruler;
            }

            public static string Footer(string[] columns, int repeat)
            {
                var prefix = new string('=', repeat);
                var totals = 0;
                foreach (var column in columns) { totals += column.Length; }
                var cleaned = new string[columns.Length];
                for (var i = 0; i < columns.Length; i++) { cleaned[i] = columns[i].Trim().ToUpperInvariant(); }
                var line = string.Join("|", cleaned);
                return prefix + line + " (" + totals + ")";
            }
        }
        """,
    };

    private readonly ITestOutputHelper _output;

    public BehaviourPreservationTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Fixing_everything_keeps_the_output_and_removes_the_redundancy()
    {
        using var workspace = new AdhocWorkspace();
        var (solution, projectId) = CreateSolution(workspace);
        var fixer = SolutionFixer.ForPackage();
        var before = await fixer.AnalyzeAsync(solution.GetProject(projectId)!, CancellationToken.None);
        var expectedOutput = await RunAsync(solution.GetProject(projectId)!);

        var (fixedSolution, applied) = await fixer.FixAllAsync(solution, projectId, CancellationToken.None);
        var after = await fixer.AnalyzeAsync(fixedSolution.GetProject(projectId)!, CancellationToken.None);
        foreach (var document in fixedSolution.GetProject(projectId)!.Documents)
        {
            _output.WriteLine($"// {document.Name}\n{(await document.GetTextAsync()).ToString()}");
        }

        _output.WriteLine($"Redundancy findings before: {Count(before)}, after: {Count(after)}; FixAll actions applied: {applied}");
        Assert.Equal(expectedOutput, await RunAsync(fixedSolution.GetProject(projectId)!));
        // One report per finding, each kind at least once: the fixes below must have all of them to remove.
        Assert.True(Count(before) >= 7, $"the program should be full of redundancy, found {Count(before)}");
        Assert.Empty(after.Where(IsRedundancy).Select(d => d.ToString()));
    }

    private static int Count(System.Collections.Immutable.ImmutableArray<Diagnostic> diagnostics) => diagnostics.Count(IsRedundancy);

    private static bool IsRedundancy(Diagnostic diagnostic) => diagnostic.Id.StartsWith("HAR2", StringComparison.Ordinal);

    private static (Solution Solution, ProjectId ProjectId) CreateSolution(AdhocWorkspace workspace)
    {
        var project = TestProject.AddTo(workspace, ProjectSpec.For(
            "Demo",
            Sources.Select((text, i) => ($"/repo/src/File{i}.cs", text)),
            [("/repo/harness.rules", Rules)],
            new CSharpParseOptions(LanguageVersion.Latest),
            TestProject.CompilationOptions(nullable: NullableContextOptions.Disable)));
        return (project.Solution, project.Id);
    }

    /// <summary>Compiles the project and calls <c>Demo.Program.Run()</c> in a collectible load context.</summary>
    private static async Task<string> RunAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        var context = new AssemblyLoadContext("behaviour", isCollectible: true);
        try
        {
            image.Position = 0;
            var run = context.LoadFromStream(image).GetType("Demo.Program")!.GetMethod("Run")!;
            return (string)run.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}
