using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Harness.Analyzers.PackageTests;

/// <summary>The README's install steps and SARIF command, followed literally in a fresh folder (<see cref="ReadmeInstallFixture"/>).</summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class ReadmeInstallTests : IClassFixture<ReadmeInstallFixture>
{
    private static readonly Regex OutputLine = new(
        @"^(?<file>[^(]+)\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error) (?<id>HAR\d{4}): (?<message>.+)$", RegexOptions.CultureInvariant);

    private readonly ReadmeInstallFixture _fixture;

    public ReadmeInstallTests(ReadmeInstallFixture fixture)
    {
        _fixture = fixture;
        _fixture.RequireSetup();
    }

    [Fact]
    public void Readme_pack_commands_put_the_package_and_the_rule_pack_into_the_folder_its_nuget_config_names()
    {
        Assert.Equal(2, _fixture.Packs.Count);
        var packages = Path.Combine(_fixture.RepositoryPath, "packages");
        foreach (var id in new[] { PackedFeed.AnalyzerId, "Harness.Rules.CleanArchitecture" })
        {
            var nupkg = Path.Combine(packages, $"{id}.{_fixture.PackageVersion}.nupkg");
            Assert.True(File.Exists(nupkg), $"The README's pack commands made no {nupkg}: {string.Join(", ", Directory.GetFiles(packages).Select(Path.GetFileName))}");
        }
    }

    [Fact]
    public void Readme_sarif_command_builds_and_writes_a_sarif_2_1_log_in_the_project_folder()
    {
        var build = _fixture.SarifBuild!;
        Assert.True(build.Succeeded, $"The README's `{_fixture.SarifCommand}` failed (its findings are warnings).{Environment.NewLine}{build.Describe()}");
        Assert.DoesNotContain("warning MSB", build.Output, StringComparison.Ordinal);

        var log = Path.Combine(_fixture.ProjectPath, "harness.sarif");
        Assert.True(File.Exists(log), $"`{_fixture.SarifCommand}` wrote no {log}.{Environment.NewLine}{build.Describe()}");
        using (var document = JsonDocument.Parse(File.ReadAllText(log)))
        {
            Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
        }

        // A plain comma would have set a property 'version' = 2.1, which gives the consumer's assembly that version.
        var assembly = Path.Combine(_fixture.ProjectPath, "bin", "Debug", "net10.0", "Contoso.Shop.dll");
        Assert.Equal(new Version(1, 0, 0, 0), AssemblyName.GetAssemblyName(assembly).Version);
    }

    [Fact]
    public void Readme_example_output_is_what_the_build_reports_for_its_example_rules()
    {
        Assert.Equal(2, _fixture.ExampleOutput.Count);
        var reported = Sarif.Read(Path.Combine(_fixture.ProjectPath, "harness.sarif"))
            .Where(d => d.RuleId.StartsWith("HAR", StringComparison.Ordinal) && !d.IsSuppressed)
            .Select(d => $"{Path.GetFileName(d.FilePath)}({d.Line},{d.Column}): {d.Level} {d.RuleId}: {d.Message}")
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();
        var expected = _fixture.ExampleOutput.OrderBy(line => line, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, reported);

        foreach (var line in _fixture.ExampleOutput)
        {
            var match = OutputLine.Match(line);
            Assert.True(match.Success, $"Not a diagnostic line: {line}");
            var inBuildOutput = _fixture.SarifBuild!.Output.Split('\n')
                .Any(l => l.StartsWith(_fixture.ProjectPath, StringComparison.Ordinal) && l.Contains(line, StringComparison.Ordinal));
            Assert.True(inBuildOutput, $"The build output lacks the README's line{Environment.NewLine}{line}{Environment.NewLine}{_fixture.SarifBuild.Describe()}");
        }
    }

    [Fact]
    public void Readme_rule_pack_reference_restores_from_the_local_folder_with_the_analyzer()
    {
        var restore = _fixture.RulePackRestore!;
        Assert.True(restore.Succeeded, restore.Describe());

        var assets = Path.Combine(_fixture.RepositoryPath, ReadmeInstallFixture.RulePackProjectFolder, "obj", "project.assets.json");
        using var document = JsonDocument.Parse(File.ReadAllText(assets));
        var libraries = document.RootElement.GetProperty("libraries").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains($"Harness.Rules.CleanArchitecture/{_fixture.PackageVersion}", libraries);
        Assert.Contains($"{PackedFeed.AnalyzerId}/{_fixture.PackageVersion}", libraries);
    }
}
