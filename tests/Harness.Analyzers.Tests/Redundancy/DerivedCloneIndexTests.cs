using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Harness.Analyzers.Configuration;
using Harness.Analyzers.Redundancy;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy;

/// <summary>
/// An index derived from an earlier one after edits (documents changed, added, removed) must answer every question
/// exactly as an index built afresh over the same trees: same members, same order. Property-style: generated
/// documents full of exact copies, near copies, shared names and repeated statement runs, edited at random.
/// </summary>
public class DerivedCloneIndexTests
{
    private static readonly string[] Statements =
    {
        "var a{0} = values[{1}] + {2};",
        "if (values.Length > {1}) {{ total += values[{1}] * {2}; }}",
        "for (var i = 0; i < values.Length; i++) {{ total ^= values[i] << {2}; }}",
        "total = System.Math.Max(total, values[{1}] - {2});",
        "while (total > {2}) {{ total /= {1} + 2; }}",
        "total = total * 31 + values.Length;",
        "if (total < 0) {{ return -total; }}",
        "foreach (var v in values) {{ total -= v % {2}; }}",
    };

    private static readonly string[] Names = { "Compute", "ComputeV2", "Apply", "Load", "Save" };
    private static readonly string[] Types = { "Orders", "Billing", "Shipping" };

    private readonly FingerprintCache _cache = new();
    private readonly RedundancyScope _scope = new(RedundancySettings.Default with { MinTokens = 20 }, AnalyzerConfigState.Create(Array.Empty<(string, string)>()).OptionsProvider);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void An_index_derived_after_edits_answers_like_one_built_afresh(int seed)
    {
        var random = new Random(seed);
        var trees = Enumerable.Range(0, 24).Select(i => Document(random, $"Doc{i}.cs")).ToList();
        var original = CloneIndex.Build(trees, _scope, _cache, CancellationToken.None);
        AssertAnswersAlike(CloneIndex.Build(trees, _scope, _cache, CancellationToken.None), original.Derive(trees, _scope, _cache, CancellationToken.None), trees);

        var previous = original;
        var next = 24;
        for (var edit = 0; edit < 12; edit++)
        {
            Edit(random, trees, ref next);

            // Derived from the original build (an overlay that grows edit by edit) and from the previous derived
            // index (which derives from the same base again): both must match a fresh build.
            var fresh = CloneIndex.Build(trees, _scope, _cache, CancellationToken.None);
            AssertAnswersAlike(fresh, original.Derive(trees, _scope, _cache, CancellationToken.None), trees);
            previous = previous.Derive(trees, _scope, _cache, CancellationToken.None);
            AssertAnswersAlike(fresh, previous, trees);
        }
    }

    [Fact]
    public void The_generated_documents_hold_every_kind_of_repeat_the_index_answers_for()
    {
        var random = new Random(1);
        var trees = Enumerable.Range(0, 24).Select(i => Document(random, $"Doc{i}.cs")).ToList();
        var index = CloneIndex.Build(trees, _scope, _cache, CancellationToken.None);
        var members = trees.SelectMany(tree => _cache.Get(tree, _scope.Settings.MinTokens, CancellationToken.None).Members).ToList();
        var windows = trees.SelectMany(tree => _cache.Get(tree, _scope.Settings.MinTokens, CancellationToken.None).Windows).ToList();

        Assert.Contains(members, member => index.ExactTwinsOf(member).Count > 0);
        Assert.Contains(members, member => index.NearTwinsOf(member, _scope.Settings.Similarity).Count > 0);
        Assert.Contains(members, member => index.Named(member.TypeKey, member.Name).Count > 1);
        Assert.Contains(windows, window => index.RepeatsOf(window).Any());
    }

    /// <summary>Replaces, grows, adds or removes a document, as an editor session does.</summary>
    private static void Edit(Random random, List<SyntaxTree> trees, ref int next)
    {
        var at = random.Next(trees.Count);
        switch (random.Next(4))
        {
            case 0:
                trees[at] = Document(random, trees[at].FilePath);
                break;
            case 1:
                // Paste a member of another document: a new exact copy.
                var source = trees[random.Next(trees.Count)].GetText().ToString();
                var member = source.Substring(source.IndexOf("    public int", StringComparison.Ordinal));
                member = member.Substring(0, member.IndexOf("\n    }", StringComparison.Ordinal) + 6);
                var text = trees[at].GetText().ToString();
                var end = text.LastIndexOf('}');
                trees[at] = Parse(text.Substring(0, end) + member.Replace("public int ", "public int Pasted") + "\n}\n", trees[at].FilePath);
                break;
            case 2:
                trees.Insert(at, Document(random, $"Doc{next++}.cs"));
                break;
            default:
                trees.RemoveAt(at);
                break;
        }
    }

    /// <summary>A partial type of a few members, each a prototype body (of six) with now and then a statement changed.</summary>
    private static SyntaxTree Document(Random random, string path)
    {
        var text = new StringBuilder();
        text.Append("namespace Shop;\n\npublic partial class ").Append(Types[random.Next(Types.Length)]).Append("\n{\n");
        for (var m = random.Next(2, 5); m > 0; m--)
        {
            var prototype = random.Next(6);
            text.Append("    public int ").Append(Names[random.Next(Names.Length)]).Append(m).Append("(int[] values)\n    {\n        var total = 0;\n");
            for (var s = 0; s < 4 + prototype % 3; s++)
            {
                var kind = random.Next(5) == 0 ? random.Next(Statements.Length) : (prototype + s) % Statements.Length;
                text.Append("        ").AppendFormat(Statements[kind], s, prototype + 1, random.Next(3)).Append('\n');
            }

            text.Append("        return total;\n    }\n\n");
        }

        return Parse(text.Append("}\n").ToString(), path);
    }

    private static SyntaxTree Parse(string text, string path) => TestProject.Parse(path, text);

    private void AssertAnswersAlike(CloneIndex expected, CloneIndex actual, IReadOnlyList<SyntaxTree> trees)
    {
        Assert.Equal(expected.MemberCount, actual.MemberCount);
        foreach (var tree in trees)
        {
            var fingerprints = _cache.Get(tree, _scope.Settings.MinTokens, CancellationToken.None);
            foreach (var member in fingerprints.Members)
            {
                Assert.Equal(expected.ExactTwinsOf(member), actual.ExactTwinsOf(member));
                Assert.Equal(expected.NearTwinsOf(member, _scope.Settings.Similarity), actual.NearTwinsOf(member, _scope.Settings.Similarity));
                Assert.Equal(expected.NearTwinsOf(member, 0.5), actual.NearTwinsOf(member, 0.5));
                Assert.Equal(expected.Named(member.TypeKey, member.Name), actual.Named(member.TypeKey, member.Name));
            }

            foreach (var window in fingerprints.Windows)
            {
                Assert.Equal(expected.RepeatsOf(window), actual.RepeatsOf(window));
            }
        }
    }
}
