using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Harness.Analyzers.Configuration;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Configuration;

/// <summary>
/// Thousands of generated rules files: valid sections interleaved with lines that are wrong by construction.
/// Every wrong line must get a diagnostic located on it, no valid entry line may get one, and nothing may throw.
/// </summary>
public class RulesFileFuzzTests
{
    private const int Files = 3000;

    private static readonly string[] MalformedAnywhere =
    {
        "just some words", "= value without key", "[unterminated header", "[layer]", "[ban]", "[modules]", "[convention]",
        "[layer bad name!]", "[redundancy extra]", "   indented nonsense ", "\u00e9\u00e8 \u4e2d\u6587", "[colour blue]", "[]",
    };

    private static readonly Dictionary<SectionKind, (string[] Good, string[] Bad)> Entries = new()
    {
        [LayerSection.Instance] = (
            new[] { "namespaces = Fuzz.Domain.**", "assemblies = Fuzz.*", "may_use = nothing", "because = it is so", "namespaces = **.Core, Fuzz.*ing.**" },
            new[] { "namespace = Fuzz.**", "namespaces = Fuzz..Domain", "namespaces = Fuzz.**x", "assemblies = Fuzz/Bad", "may_use =", "may_use = nothing, other", "because =", "NAMESPACES = Fuzz.{module}" }),
        [ModulesSection.Instance] = (
            new[] { "namespaces = Fuzz.{module}.**", "may_use = Common, Shared", "because = independent" },
            new[] { "namespaces = Fuzz.**", "namespaces = {module}.{module}", "namespaces = A.{module}, B.{module}", "may_use =", "modules = x" }),
        [BanSection.Instance] = (
            new[] { "M:System.Console.WriteLine = use ILogger", "P:System.DateTime.Now = IClock", "N:System.Net = no I/O", "T:System.IO.File = off", "M:System.Math.Max(System.Int32,System.Int32) = clamp" },
            new[] { "X:System.Console = wrong kind", "System.Console = no kind", "M:System.Console.WriteLine =", "F: = empty", "T:System..IO = empty segment", "E:System.Console.Key(x) = params on event" }),
        [RedundancySection.Instance] = (
            new[] { "min_tokens = 30", "similarity = 0.75", "exclude = **/Migrations/**", "versioned_suffixes = V2, New" },
            new[] { "min_tokens = -1", "min_tokens = lots", "similarity = 2", "similarity = 0,8", "thresholds = 1", "exclude =" }),
        [ConventionSection.Instance] = (
            new[] { "where_name = *Repository", "where_implements = **.IRepository, IStore<T>", "where_kind = class, record", "name = *Repository, Sql*", "modifiers = sealed", "forbidden_modifiers = static", "because = tidy" },
            new[] { "where_kind = module", "where_name = A.B", "where_inherits = A..B", "modifiers = final", "forbidden_modifiers = public, internal", "wheree_name = X", "name =" }),
    };

    private static readonly string[] Headers = { "[layer domain]", "[layer app]", "[modules features]", "[ban domain]", "[ban *]", "[redundancy]", "[convention repositories]" };

    [Fact]
    public void Every_wrong_line_of_thousands_of_generated_files_is_reported_on_that_line()
    {
        var random = new Random(20261121);
        var wrongLines = 0;
        for (var file = 0; file < Files; file++)
        {
            var (text, bad, good) = Generate(random);
            var rules = Load(text);
            var located = rules.Problems.Select(p => p.Location.GetLineSpan().StartLinePosition.Line).ToHashSet();
            var missed = bad.Where(line => !located.Contains(line)).ToList();
            var wronglyFlagged = good.Where(located.Contains).ToList();
            Assert.True(missed.Count == 0 && wronglyFlagged.Count == 0, $"""
                File {file}: lines not reported {string.Join(",", missed)}; valid lines reported {string.Join(",", wronglyFlagged)}
                {text}
                Problems: {string.Join("\n", rules.Problems)}
                """);
            wrongLines += bad.Count;
        }

        Assert.True(wrongLines > Files, $"the generator made only {wrongLines} wrong lines");
    }

    [Fact]
    public void Random_bytes_never_throw_and_every_problem_is_located_inside_the_file()
    {
        var random = new Random(7);
        for (var file = 0; file < Files; file++)
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            var text = Encoding.UTF8.GetString(bytes).Replace('\0', '[');
            var rules = Load(text);
            Assert.All(rules.Problems, problem => Assert.InRange(problem.Location.SourceSpan.End, 0, text.Length));
        }
    }

    [Fact]
    public async Task The_analyzers_survive_generated_files_in_a_real_compilation()
    {
        var random = new Random(11);
        for (var file = 0; file < 25; file++)
        {
            var test = RulesTest.Create(Generate(random).Text, "namespace Fuzz.Domain { public class A { public System.DateTime T => System.DateTime.Now; } }");
            test.AdditionalFiles.Add(("/packs/Fuzz.harness.rules", Generate(random).Text));
            var diagnostics = await test.GetAnalyzerDiagnosticsAsync();
            Assert.All(diagnostics, d => Assert.True(d.Location.IsInSource || d.Location.Kind == Microsoft.CodeAnalysis.LocationKind.ExternalFile, d.ToString()));
        }
    }

    private static HarnessRules Load(string text) =>
        RulesText.Merge(text, "/fuzz/harness.rules");

    /// <summary>A file of valid sections with wrong lines mixed in; returns the zero-based wrong and valid entry lines.</summary>
    private static (string Text, List<int> Bad, List<int> Good) Generate(Random random)
    {
        var lines = new List<string>();
        var bad = new List<int>();
        var good = new List<int>();
        if (random.Next(2) == 0)
        {
            lines.Add("root = true");
        }

        for (var section = random.Next(1, 6); section > 0; section--)
        {
            if (random.Next(4) == 0)
            {
                // A wrong header makes the lines up to the next header unjudgeable, so one follows at once.
                bad.Add(lines.Count);
                lines.Add(Pick(random, MalformedAnywhere.Where(l => l.StartsWith("[", StringComparison.Ordinal)).ToArray()));
            }

            var header = Pick(random, Headers);
            var kind = SectionKindOf(header);
            lines.Add(header);
            for (var line = random.Next(0, 8); line > 0; line--)
            {
                switch (random.Next(5))
                {
                    case 0:
                        bad.Add(lines.Count);
                        lines.Add(Pick(random, Entries[kind].Bad));
                        break;
                    case 1:
                        bad.Add(lines.Count);
                        lines.Add(Pick(random, MalformedAnywhere.Where(l => !l.StartsWith("[", StringComparison.Ordinal)).ToArray()));
                        break;
                    case 2:
                        lines.Add(random.Next(2) == 0 ? "# a comment" : string.Empty);
                        break;
                    default:
                        good.Add(lines.Count);
                        lines.Add(Pick(random, Entries[kind].Good) + (random.Next(3) == 0 ? "   ; trailing comment" : string.Empty));
                        break;
                }
            }
        }

        return (string.Join(random.Next(2) == 0 ? "\n" : "\r\n", lines), bad, good);
    }

    private static SectionKind SectionKindOf(string header) =>
        header.StartsWith("[layer", StringComparison.Ordinal) ? LayerSection.Instance
        : header.StartsWith("[modules", StringComparison.Ordinal) ? ModulesSection.Instance
        : header.StartsWith("[ban", StringComparison.Ordinal) ? BanSection.Instance
        : header.StartsWith("[convention", StringComparison.Ordinal) ? ConventionSection.Instance
        : RedundancySection.Instance;

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
