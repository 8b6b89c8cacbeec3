using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace Harness.Analyzers.PackageTests;

/// <summary>
/// The rule packs of rules/ as a team uses them: packed to a local feed with the analyzer, referenced (and
/// nothing else) by a fresh consumer, built by `dotnet build`. The builds run once, in
/// <see cref="RulePackFixture"/>; each test reads the step it is about.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class RulePackEndToEndTests : IClassFixture<RulePackFixture>
{
    private readonly RulePackFixture _fixture;

    public RulePackEndToEndTests(RulePackFixture fixture)
    {
        _fixture = fixture;
        _fixture.RequireSetup();
    }

    [Fact]
    public void Every_rule_pack_holds_its_rules_globalconfig_and_props_and_depends_on_the_analyzer()
    {
        var feed = _fixture.Feed;
        Assert.Contains(RulePackConsumer.CleanArchitecture, feed.RulePackIds);
        Assert.Contains(RulePackConsumer.AiHygiene, feed.RulePackIds);
        Assert.Contains(RulePackConsumer.StrictCi, feed.RulePackIds);
        foreach (var id in feed.RulePackIds)
        {
            var hasGlobalConfig = File.Exists(Path.Combine(RepositoryPaths.Root, "rules", id, id + ".globalconfig"));
            AssertRulePackLayout(feed.Nupkg(id), id, feed.PackageVersion, feed.PackageVersion, hasGlobalConfig, hasReadme: true);
        }
    }

    [Fact]
    public void A_consumer_that_references_only_a_pack_gets_the_analyzer_its_rules_and_its_severities()
    {
        var build = _fixture.WithCleanArchitecture!;

        // One reference brought both packages.
        Assert.True(Directory.Exists(Path.Combine(_fixture.PackagesPath, "harness.analyzers", _fixture.Feed.PackageVersion)),
            $"Harness.Analyzers {_fixture.Feed.PackageVersion} did not come with the pack into {_fixture.PackagesPath}.");
        Assert.DoesNotContain("Include=\"Harness.Analyzers\"", File.ReadAllText(_fixture.ConsumerFile("Directory.Build.props")), StringComparison.Ordinal);

        // The pack's global config makes HAR1001 an error (so the build fails) and leaves HAR1003 a warning.
        var layer = Single(build, RulePackConsumer.LayerViolation, "error");
        Assert.Contains($"{_fixture.ConsumerFile(RulePackConsumer.WebEndpoint)}({layer.Line},{layer.Column}): error HAR1001:", build.Result.Output, StringComparison.Ordinal);
        Assert.False(build.Result.Succeeded, $"HAR1001 is an error in the pack, yet the build succeeded.{Environment.NewLine}{build.Result.Describe()}");
        Single(build, RulePackConsumer.ClockBan, "warning");

        // The pack's external list for the domain, not its globalconfig, decides HAR1006: a warning.
        Single(build, RulePackConsumer.ExternalUse, "warning");

        // Without AiHygiene, 'Final' marks no rewrite, and placeholders are warnings (the analyzer's defaults).
        Assert.DoesNotContain(Reported(build), d => d.RuleId == "HAR2005");
        Single(build, RulePackConsumer.Placeholder, "warning");

        var configProblems = Reported(build).Where(d => d.RuleId.StartsWith("HAR0", StringComparison.Ordinal)).ToList();
        Assert.True(configProblems.Count == 0, $"The pack's rules file or the repository's has problems:{Environment.NewLine}{Describe(configProblems)}");
        AssertNoCrash(build);
    }

    [Fact]
    public void The_repository_harness_rules_overrides_a_key_of_the_pack_and_lifts_its_ban()
    {
        var build = _fixture.WithCleanArchitecture!;

        // [layer presentation] because: the repository's value; may_use still the pack's.
        var layer = Single(build, RulePackConsumer.LayerViolation, "error");
        Assert.EndsWith(RulePackConsumer.RepositoryReason, layer.Message, StringComparison.Ordinal);

        // [ban domain] P:System.DateTime.UtcNow = off
        AssertNotReported(build, RulePackConsumer.LiftedBan);
    }

    [Fact]
    public void A_second_pack_composes_with_the_first_and_the_repository_editorconfig_wins_over_both()
    {
        var build = _fixture.WithSecondPack!;

        // CleanArchitecture's rules still apply; its HAR1001 error yields to the repository's [*.cs] entry.
        Single(build, RulePackConsumer.LayerViolation, "warning");
        Single(build, RulePackConsumer.ClockBan, "warning");

        // AiHygiene adds its versioned suffix ('Final') and makes rewrites and placeholders errors.
        Single(build, RulePackConsumer.Twin, "error");
        Single(build, RulePackConsumer.Placeholder, "error");
        Assert.False(build.Result.Succeeded, build.Result.Describe());
        AssertNoCrash(build);
    }

    [Fact]
    public void Removing_a_pack_removes_its_rules_and_severities()
    {
        var build = _fixture.WithoutCleanArchitecture!;

        var architecture = Reported(build).Where(d => d.RuleId.StartsWith("HAR1", StringComparison.Ordinal)
                                                      || d.Message.Contains(RulePackConsumer.CleanArchitectureFile, StringComparison.Ordinal)).ToList();
        Assert.True(architecture.Count == 0, $"CleanArchitecture is gone, yet:{Environment.NewLine}{Describe(architecture)}");
        Assert.DoesNotContain(RulePackConsumer.CleanArchitectureFile, build.Result.Output, StringComparison.Ordinal);

        // The other pack stays.
        Single(build, RulePackConsumer.Twin, "error");
        Single(build, RulePackConsumer.Placeholder, "error");
        AssertNoCrash(build);
    }

    [Fact]
    public void A_pack_made_from_the_template_packs_with_one_command_and_applies_its_rules()
    {
        var pack = _fixture.TemplatePack!;
        Assert.True(pack.Succeeded, pack.Describe());
        AssertRulePackLayout(_fixture.TemplateNupkgPath!, RulePackConsumer.TemplatePack, "1.0.0", _fixture.Feed.PackageVersion, hasGlobalConfig: true, hasReadme: true);

        var build = _fixture.WithTemplatePackOutsideCi!;
        Single(build, RulePackConsumer.ConsoleBan, "error");
        Single(build, RulePackConsumer.TemplateClockBan, "error");
        AssertNoCrash(build);
    }

    [Fact]
    public void StrictCi_makes_every_HAR_diagnostic_an_error_in_CI_builds_only()
    {
        var developer = _fixture.WithTemplatePackOutsideCi!;
        var ci = _fixture.WithTemplatePackInCi!;

        // Outside CI the copy stays a warning ...
        Single(developer, RulePackConsumer.Copy, "warning");

        // ... in CI, every HAR diagnostic is an error, and the build fails.
        Single(ci, RulePackConsumer.Copy, "error");
        var har = Reported(ci).Where(d => d.RuleId.StartsWith("HAR", StringComparison.Ordinal)).ToList();
        Assert.True(har.Count >= 4, $"Expected the consumer's findings in CI:{Environment.NewLine}{Describe(har)}");
        var notErrors = har.Where(d => d.Level != "error").ToList();
        Assert.True(notErrors.Count == 0, $"In CI, StrictCi makes every HAR diagnostic an error, yet:{Environment.NewLine}{Describe(notErrors)}");
        Assert.Equal(
            Reported(developer).Where(d => d.RuleId.StartsWith("HAR", StringComparison.Ordinal)).Select(d => (d.RuleId, d.FilePath, d.Line, d.Column)).OrderBy(d => d),
            har.Select(d => (d.RuleId, d.FilePath, d.Line, d.Column)).OrderBy(d => d));
        Assert.False(ci.Result.Succeeded, ci.Result.Describe());
    }

    private static void AssertRulePackLayout(string nupkg, string id, string version, string analyzerVersion, bool hasGlobalConfig, bool hasReadme)
    {
        using var package = ZipFile.OpenRead(nupkg);
        var entries = package.Entries.Select(e => e.FullName)
            .Where(e => !e.StartsWith("_rels/", StringComparison.Ordinal) && !e.StartsWith("package/", StringComparison.Ordinal) && e != "[Content_Types].xml")
            .OrderBy(e => e, StringComparer.Ordinal)
            .ToList();
        var expected = new List<string>
        {
            $"{id}.nuspec",
            $"build/{id}.props",
            $"buildTransitive/{id}.props",
            $"rules/{id}.harness.rules",
        };
        if (hasGlobalConfig)
        {
            expected.Add($"rules/{id}.globalconfig");
        }

        if (hasReadme)
        {
            expected.Add("README.md");
        }

        Assert.Equal(expected.OrderBy(e => e, StringComparer.Ordinal), entries);
        Assert.Equal(ReadEntry(package, $"build/{id}.props"), ReadEntry(package, $"buildTransitive/{id}.props"));

        var nuspec = XDocument.Parse(ReadEntry(package, $"{id}.nuspec"));
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        Assert.Equal(id, Value("id"));
        Assert.Equal(version, Value("version"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));

        // The dependency that makes one reference bring the analyzer: this version, and no exclude="Build,Analyzers".
        var dependency = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").ToList();
        Assert.True(dependency.Count == 1, $"{id}: expected one dependency, on Harness.Analyzers:{Environment.NewLine}{metadata}");
        Assert.Equal(PackedFeed.AnalyzerId, dependency[0].Attribute("id")?.Value);
        Assert.Equal(analyzerVersion, dependency[0].Attribute("version")?.Value);
        Assert.True(string.IsNullOrEmpty(dependency[0].Attribute("exclude")?.Value), $"{id}: the dependency excludes assets: {dependency[0]}");
    }

    private static string ReadEntry(ZipArchive package, string name)
    {
        using var reader = new StreamReader(package.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static IEnumerable<SarifResult> Reported(ConsumerBuild build) => build.Diagnostics.Where(d => !d.IsSuppressed);

    /// <summary>The one diagnostic at <paramref name="expected"/>'s place, with its message parts and this SARIF level.</summary>
    private SarifResult Single(ConsumerBuild build, ExpectedDiagnostic expected, string level)
    {
        var path = _fixture.ConsumerFile(expected.RelativePath);
        var matches = Reported(build).Where(d => d.RuleId == expected.Id && d.FilePath == path && d.Line == expected.Line && d.Column == expected.Column).ToList();
        Assert.True(matches.Count == 1, $"Step {build.Name}: expected one {expected}, found {matches.Count}. The SARIF log holds:{Environment.NewLine}{Describe(build.Diagnostics)}");
        var match = matches[0];
        foreach (var part in expected.MessageParts)
        {
            Assert.True(match.Message.Contains(part, StringComparison.Ordinal), $"Step {build.Name}: the message of {expected.Id} lacks \"{part}\":{Environment.NewLine}{match.Message}");
        }

        Assert.True(match.Level == level, $"Step {build.Name}: {expected.Id} at {expected.RelativePath}({expected.Line},{expected.Column}) is '{match.Level}', expected '{level}'.");
        return match;
    }

    private void AssertNotReported(ConsumerBuild build, ExpectedDiagnostic unwanted)
    {
        var path = _fixture.ConsumerFile(unwanted.RelativePath);
        var found = Reported(build).Where(d => d.FilePath == path && d.Line == unwanted.Line).ToList();
        Assert.True(found.Count == 0, $"Step {build.Name}: nothing may be reported at {unwanted.RelativePath}({unwanted.Line}), yet:{Environment.NewLine}{Describe(found)}");
    }

    private static void AssertNoCrash(ConsumerBuild build)
    {
        var crashes = build.Diagnostics.Where(d => d.RuleId is "AD0001" or "MultipleGlobalAnalyzerKeys").ToList();
        Assert.True(crashes.Count == 0, $"Step {build.Name}:{Environment.NewLine}{Describe(crashes)}");
        Assert.DoesNotContain("MultipleGlobalAnalyzerKeys", build.Result.Output, StringComparison.Ordinal);
    }

    private static string Describe(IEnumerable<SarifResult> results)
    {
        var lines = results.Select(r => "  " + r).ToList();
        return lines.Count == 0 ? "  (none)" : string.Join(Environment.NewLine, lines);
    }
}
