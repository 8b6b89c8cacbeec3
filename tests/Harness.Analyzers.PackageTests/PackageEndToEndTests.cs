using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using Xunit;

namespace Harness.Analyzers.PackageTests;

/// <summary>
/// The Harness.Analyzers package as a user gets it: packed, restored from a feed into a fresh
/// solution, built by `dotnet build`. The tests of one class run one after another; only
/// <see cref="Severity_error_in_editorconfig_fails_the_build"/> changes the consumer, and restores it.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class PackageEndToEndTests : IClassFixture<EndToEndFixture>
{
    private static readonly TimeSpan EvaluateTimeout = TimeSpan.FromMinutes(3);

    private readonly EndToEndFixture _fixture;

    public PackageEndToEndTests(EndToEndFixture fixture)
    {
        _fixture = fixture;
        _fixture.RequireSetup();
    }

    [Fact]
    public void Package_holds_both_analyzers_and_the_props_and_nothing_else()
    {
        using var package = ZipFile.OpenRead(_fixture.NupkgPath!);
        var entries = package.Entries.Select(e => e.FullName).ToList();
        var listing = string.Join(Environment.NewLine, entries);

        foreach (var expected in new[]
                 {
                     "analyzers/dotnet/cs/Harness.Analyzers.dll",
                     "analyzers/dotnet/cs/Harness.Analyzers.CodeFixes.dll",
                     "build/Harness.Analyzers.props",
                     "buildTransitive/Harness.Analyzers.props",
                     "build/Harness.Analyzers.targets",
                     "buildTransitive/Harness.Analyzers.targets",
                     "build/Harness.Analyzers.Tasks.dll",
                     "buildTransitive/Harness.Analyzers.Tasks.dll",
                     "README.md",
                 })
        {
            Assert.True(entries.Contains(expected), $"{expected} is not in the package:{Environment.NewLine}{listing}");
        }

        Assert.False(entries.Any(e => e.StartsWith("lib/", StringComparison.Ordinal)), $"The package has a lib/ folder:{Environment.NewLine}{listing}");
        Assert.False(entries.Any(e => e.StartsWith("analyzers/", StringComparison.Ordinal) && !e.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal)), listing);
        Assert.Equal(2, entries.Count(e => e.StartsWith("analyzers/", StringComparison.Ordinal)));

        var props = ReadEntry(package, "build/Harness.Analyzers.props");
        Assert.Equal(props, ReadEntry(package, "buildTransitive/Harness.Analyzers.props"));

        var nuspec = XDocument.Parse(ReadEntry(package, package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).FullName));
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        Assert.Equal("Harness.Analyzers", Value("id"));
        Assert.Equal(_fixture.PackageVersion, Value("version"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.False(string.IsNullOrWhiteSpace(Value("tags")));
        var dependencies = metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "dependencies");
        Assert.True(dependencies is null || !dependencies.Descendants().Any(e => e.Name.LocalName == "dependency"), $"The package has dependencies: {dependencies}");
    }

    [Fact]
    public void Discovery_adds_every_harness_rules_from_the_project_folder_upwards_outermost_first()
    {
        var aboveRoot = Path.Combine(_fixture.WorkPath, "harness.rules");
        var root = _fixture.ConsumerFile("harness.rules");
        var web = _fixture.ConsumerFile(ConsumerSolution.WebRules);

        Assert.Equal(new[] { aboveRoot, root, web }, RulesFilesOf("Shop.Web/Shop.Web.csproj"));
        Assert.Equal(new[] { aboveRoot, root }, RulesFilesOf("Shop.Domain/Shop.Domain.csproj"));
    }

    [Fact]
    public void Discovery_can_be_turned_off()
    {
        Assert.Empty(RulesFilesOf("Shop.Web/Shop.Web.csproj", "-p:HarnessDiscoverRules=false"));
    }

    [Fact]
    public void A_rules_file_the_project_adds_itself_is_not_added_twice()
    {
        // Shop.Infrastructure.csproj adds ../harness.rules, which discovery also finds. At evaluation
        // both are there; the props' target drops its own copy before CoreCompile.
        var rules = RulesFilesOf("Shop.Infrastructure/Shop.Infrastructure.csproj", "-t:_HarnessRemoveDuplicateRules");

        Assert.Equal(1, rules.Count(r => r == _fixture.ConsumerFile("harness.rules")));
        Assert.Equal(1, rules.Count(r => r == Path.Combine(_fixture.WorkPath, "harness.rules")));
    }

    [Fact]
    public void Build_reports_the_expected_diagnostics_and_no_others()
    {
        var all = Describe(_fixture.Diagnostics);
        var reported = Unsuppressed().Where(d => d.RuleId.StartsWith("HAR", StringComparison.Ordinal)).ToList();

        foreach (var expected in ConsumerSolution.Expected)
        {
            var path = _fixture.ConsumerFile(expected.RelativePath);
            var match = reported.FirstOrDefault(d => d.RuleId == expected.Id && d.FilePath == path && d.Line == expected.Line && d.Column == expected.Column);
            Assert.True(match is not null, $"Missing from the SARIF logs: {expected}{Environment.NewLine}They hold:{Environment.NewLine}{all}");
            foreach (var part in expected.MessageParts)
            {
                Assert.True(match!.Message.Contains(part, StringComparison.Ordinal), $"The message of {expected.Id} at {expected.RelativePath}({expected.Line},{expected.Column}) lacks \"{part}\":{Environment.NewLine}{match.Message}");
            }

            Assert.True(
                _fixture.Build!.Output.Contains($"{path}({expected.Line},{expected.Column}): warning {expected.Id}:", StringComparison.Ordinal),
                $"The build output lacks {expected}.{Environment.NewLine}{_fixture.Build.Describe()}");
        }

        var expectedLines = ConsumerSolution.Expected.Select(e => (e.Id, _fixture.ConsumerFile(e.RelativePath), e.Line)).ToHashSet();
        var unexpected = reported.Where(d => !expectedLines.Contains((d.RuleId, d.FilePath, d.Line))).ToList();
        Assert.True(unexpected.Count == 0, $"Unexpected HAR diagnostics:{Environment.NewLine}{Describe(unexpected)}");

        var crashes = _fixture.Diagnostics.Where(d => d.RuleId == "AD0001").ToList();
        Assert.True(crashes.Count == 0, $"An analyzer threw:{Environment.NewLine}{Describe(crashes)}");
    }

    [Fact]
    public void Inner_rules_file_overrides_the_outer_key_and_applies_to_its_own_project_only()
    {
        var layer = Single(ConsumerSolution.Expected.Single(e => e.Id == "HAR1001"));
        Assert.Contains(ConsumerSolution.InnerReason, layer.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ConsumerSolution.OuterReason, layer.Message, StringComparison.Ordinal);

        // Shop.Web/harness.rules bans Environment.GetEnvironmentVariable: Shop.Web's call is reported ...
        Single(ConsumerSolution.Expected.Single(e => e.MessageParts.Any(p => p.Contains("GetEnvironmentVariable", StringComparison.Ordinal))));

        // ... Shop.Infrastructure's is not: that file is not in Shop.Infrastructure's folder or above it.
        AssertNotReported(ConsumerSolution.NotBannedOutsideWeb);
    }

    [Fact]
    public void Rules_file_above_a_root_true_one_is_ignored()
    {
        // The props do pass it (see the discovery test); the analyzer must drop it.
        AssertNotReported(ConsumerSolution.BannedOnlyAboveRoot);
        var leaked = _fixture.Diagnostics.Where(d => d.Message.Contains(ConsumerSolution.IgnoredReason, StringComparison.Ordinal)
                                                     || d.Message.Contains("Math.Max", StringComparison.Ordinal)).ToList();
        Assert.True(leaked.Count == 0, $"The harness.rules above root = true was applied:{Environment.NewLine}{Describe(leaked)}");
        Assert.DoesNotContain(_fixture.Diagnostics, d => d.RuleId.StartsWith("HAR0", StringComparison.Ordinal));
    }

    [Fact]
    public void Pragma_warning_disable_silences_a_violation()
    {
        AssertNotReported(ConsumerSolution.Silenced);
        var silenced = ConsumerSolution.Silenced;
        Assert.DoesNotContain($"{_fixture.ConsumerFile(silenced.RelativePath)}({silenced.Line},", _fixture.Build!.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Severity_error_in_editorconfig_fails_the_build()
    {
        var editorConfig = Path.Combine(_fixture.ConsumerPath, ".editorconfig");
        File.WriteAllText(editorConfig, "root = true\n\n[*.cs]\ndotnet_diagnostic.HAR1001.severity = error\n");
        try
        {
            var build = _fixture.BuildConsumer();
            var layer = ConsumerSolution.Expected.Single(e => e.Id == "HAR1001");
            var silenced = ConsumerSolution.Silenced;

            Assert.False(build.Succeeded, $"HAR1001 is an error, yet the build succeeded.{Environment.NewLine}{build.Describe()}");
            Assert.True(
                build.Output.Contains($"{_fixture.ConsumerFile(layer.RelativePath)}({layer.Line},{layer.Column}): error HAR1001:", StringComparison.Ordinal),
                $"The build output lacks 'error HAR1001' at {layer.RelativePath}({layer.Line},{layer.Column}).{Environment.NewLine}{build.Describe()}");
            Assert.DoesNotContain($"{_fixture.ConsumerFile(silenced.RelativePath)}({silenced.Line},", build.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("warning HAR1001", build.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(editorConfig);
        }
    }

    private IEnumerable<SarifResult> Unsuppressed() => _fixture.Diagnostics.Where(d => !d.IsSuppressed);

    private SarifResult Single(ExpectedDiagnostic expected)
    {
        var path = _fixture.ConsumerFile(expected.RelativePath);
        var matches = Unsuppressed().Where(d => d.RuleId == expected.Id && d.FilePath == path && d.Line == expected.Line && d.Column == expected.Column).ToList();
        Assert.True(matches.Count == 1, $"Expected one {expected}, found {matches.Count}. The SARIF logs hold:{Environment.NewLine}{Describe(_fixture.Diagnostics)}");
        return matches[0];
    }

    private void AssertNotReported(ExpectedDiagnostic unwanted)
    {
        var path = _fixture.ConsumerFile(unwanted.RelativePath);
        var found = Unsuppressed().Where(d => d.FilePath == path && d.Line == unwanted.Line).ToList();
        Assert.True(found.Count == 0, $"Nothing may be reported at {unwanted.RelativePath}({unwanted.Line}), yet:{Environment.NewLine}{Describe(found)}");
    }

    /// <summary>The harness.rules AdditionalFiles of a consumer project, in MSBuild order (dotnet msbuild -getItem).</summary>
    private IReadOnlyList<string> RulesFilesOf(string project, params string[] extraArguments)
    {
        var result = _fixture.RunInConsumer(
            EvaluateTimeout,
            new[] { "msbuild", project, "-getItem:AdditionalFiles", "-nologo", "-nodeReuse:false" }.Concat(extraArguments).ToArray());
        Assert.True(result.Succeeded, result.Describe());

        var json = result.Output.Substring(result.Output.IndexOf('{', StringComparison.Ordinal));
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("Items").TryGetProperty("AdditionalFiles", out var items)
            ? items.EnumerateArray()
                .Select(i => i.GetProperty("FullPath").GetString()!)
                .Where(p => Path.GetFileName(p) == "harness.rules")
                .ToList()
            : new List<string>();
    }

    private static string ReadEntry(ZipArchive package, string name)
    {
        using var reader = new StreamReader(package.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static string Describe(IEnumerable<SarifResult> results)
    {
        var lines = results.Select(r => "  " + r).ToList();
        return lines.Count == 0 ? "  (none)" : string.Join(Environment.NewLine, lines);
    }
}
