using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Harness.Analyzers.PackageTests;

/// <summary>
/// The local folder feed every end-to-end test restores from, made once per test run (a collection
/// fixture of <see cref="EndToEndCollection"/>): Harness.Analyzers and every rule pack under rules/
/// (rules/&lt;PackId&gt;/&lt;PackId&gt;.csproj), packed by one MSBuild invocation with one unique prerelease
/// version, so each pack depends on exactly the analyzer packed beside it. A failure is recorded, not
/// thrown; each test that needs the feed fails with the command and the tail of its output.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    public const string AnalyzerId = "Harness.Analyzers";

    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(10);

    private readonly TempDirectory _work;

    public PackedFeed()
    {
        _work = TempDirectory.Create("harness-feed");
        PackageVersion = $"0.1.0-e2e.{DateTime.UtcNow.Ticks}";
        FeedPath = _work.Combine("feed");
        RulePackIds = Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "rules"))
            .Select(Path.GetFileName)
            .Where(id => id is not null && File.Exists(RulePackProject(id)))
            .Select(id => id!)
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToList();

        try
        {
            Pack();
        }
        catch (Exception exception)
        {
            Failure ??= $"Packing threw: {exception}";
        }
    }

    /// <summary>The version of every package in the feed.</summary>
    public string PackageVersion { get; }

    public string FeedPath { get; }

    /// <summary>The rule packs of the repository (rules/&lt;PackId&gt;/), excluding rules/Template, which is a template.</summary>
    public IReadOnlyList<string> RulePackIds { get; }

    public string? Failure { get; private set; }

    internal ProcessResult? PackResult { get; private set; }

    public static string RulePackProject(string id) => Path.Combine(RepositoryPaths.Root, "rules", id, id + ".csproj");

    /// <summary>The .nupkg of <paramref name="id"/> in the feed.</summary>
    public string Nupkg(string id) => Path.Combine(FeedPath, $"{id}.{PackageVersion}.nupkg");

    /// <summary>Fails the calling test with the reason packing stopped, if it did.</summary>
    public void Require()
    {
        if (Failure is not null)
        {
            throw new InvalidOperationException(
                $"Packing the feed failed (work folder {_work.Path}; set HARNESS_E2E_KEEP=1 to keep it):{Environment.NewLine}{Failure}");
        }
    }

    public void Dispose() => _work.Dispose();

    private void Pack()
    {
        // One traversal project, one `dotnet msbuild -restore -t:Pack`: one MSBuild start, one build of the
        // analyzer for all packages. Its own artifacts folder: no race with other builds of the repository.
        var projects = new[] { RepositoryPaths.PackageProject }.Concat(RulePackIds.Select(RulePackProject))
            .Select(p => $"    <HarnessPackage Include=\"{p}\" />");
        var traversal = _work.Write("pack.proj", $"""
            <Project>
              <ItemGroup>
            {string.Join(Environment.NewLine, projects)}
              </ItemGroup>
              <Target Name="Restore">
                <MSBuild Projects="@(HarnessPackage)" Targets="Restore" />
              </Target>
              <Target Name="Pack">
                <MSBuild Projects="@(HarnessPackage)" Targets="Pack" />
              </Target>
            </Project>
            """);

        PackResult = DotNetCli.Run(
            RepositoryPaths.Root,
            PackTimeout,
            environment: null,
            "msbuild", traversal, "-restore", "-t:Pack", "-p:Configuration=Release", $"-p:Version={PackageVersion}",
            $"-p:PackageOutputPath={FeedPath}", $"-p:ArtifactsPath={_work.Combine("artifacts")}",
            "-nodeReuse:false", "-tl:off", "-v:m", "-p:UseSharedCompilation=false");

        var missing = new[] { AnalyzerId }.Concat(RulePackIds).Where(id => !File.Exists(Nupkg(id))).ToList();
        if (!PackResult.Succeeded || missing.Count > 0)
        {
            Failure = $"Packing failed or produced no {string.Join(", ", missing.Select(id => Path.GetFileName(Nupkg(id))))}.{Environment.NewLine}{PackResult.Describe()}";
        }
    }
}
