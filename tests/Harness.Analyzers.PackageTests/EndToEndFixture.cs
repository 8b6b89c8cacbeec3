using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace Harness.Analyzers.PackageTests;

/// <summary>
/// Does the expensive part once for all tests: takes the package, packed with a unique prerelease
/// version into a local folder feed (<see cref="PackedFeed"/>, shared by the end-to-end classes),
/// writes the consumer solution, restores it with an isolated package cache and builds it (warnings,
/// SARIF logs). A failed step is recorded, not thrown, so each test fails with the step's command and
/// the tail of its output.
/// </summary>
public sealed class EndToEndFixture : IDisposable
{
    private static readonly TimeSpan RestoreTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);

    private readonly TempDirectory _work;
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();

    private readonly PackedFeed _feed;

    public EndToEndFixture(PackedFeed feed)
    {
        _feed = feed;
        _work = TempDirectory.Create("harness-e2e");
        PackageVersion = feed.PackageVersion;
        FeedPath = feed.FeedPath;
        PackagesPath = _work.Combine("packages");
        SarifFolder = _work.Combine("sarif");
        ConsumerPath = _work.Combine(ConsumerSolution.Folder);
        ConsumerEnvironment = new Dictionary<string, string?>
        {
            // An isolated global packages folder: a stale Harness.Analyzers from an earlier run is never used.
            ["NUGET_PACKAGES"] = PackagesPath,
        };

        try
        {
            Setup();
        }
        catch (Exception exception)
        {
            SetupFailure ??= $"Setup threw: {exception}";
        }
    }

    public string PackageVersion { get; }

    public string FeedPath { get; }

    public string PackagesPath { get; }

    public string SarifFolder { get; }

    public string ConsumerPath { get; }

    public string WorkPath => _work.Path;

    public IReadOnlyDictionary<string, string?> ConsumerEnvironment { get; }

    public string? NupkgPath { get; private set; }

    internal ProcessResult? Build { get; private set; }

    internal IReadOnlyList<SarifResult> Diagnostics { get; private set; } = Array.Empty<SarifResult>();

    public string? SetupFailure { get; private set; }

    public TimeSpan SetupDuration { get; private set; }

    /// <summary>Fails the calling test with the reason the setup stopped, if it did.</summary>
    public void RequireSetup()
    {
        if (SetupFailure is not null)
        {
            throw new InvalidOperationException(
                $"End-to-end setup failed (work folder {WorkPath}; set HARNESS_E2E_KEEP=1 to keep it):{Environment.NewLine}{SetupFailure}");
        }
    }

    /// <summary>Runs `dotnet` in the consumer folder with the isolated package cache, never reusing nodes or the compiler server.</summary>
    internal ProcessResult RunInConsumer(TimeSpan timeout, params string[] arguments) =>
        DotNetCli.Run(ConsumerPath, timeout, ConsumerEnvironment, arguments);

    /// <summary>`dotnet build` of the consumer solution, no restore, SARIF logs into <see cref="SarifFolder"/>.</summary>
    internal ProcessResult BuildConsumer() =>
        RunInConsumer(
            BuildTimeout,
            "build", ConsumerSolution.SolutionFile, "--no-restore", "-nodeReuse:false", "-tl:off",
            "-p:UseSharedCompilation=false", $"-p:HarnessSarifFolder={SarifFolder}");

    public string ConsumerFile(string relativePath) => Path.Combine(ConsumerPath, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public void Dispose() => _work.Dispose();

    private void Setup()
    {
        var ancestorLeak = FindBuildFilesAbove(WorkPath);
        if (ancestorLeak is not null)
        {
            SetupFailure = $"{ancestorLeak} exists above the temp folder {WorkPath}, so it would leak into the consumer build.";
            return;
        }

        // 1. The package, packed into the local feed (once for all end-to-end classes).
        NupkgPath = _feed.Nupkg(PackedFeed.AnalyzerId);
        if (_feed.Failure is not null)
        {
            SetupFailure = _feed.Failure;
            return;
        }

        // 2. The consumer, under the temp folder (never under the repository).
        ConsumerSolution.WriteTo(_work, FeedPath, PackageVersion);
        Directory.CreateDirectory(SarifFolder);

        var restore = RunInConsumer(RestoreTimeout, "restore", ConsumerSolution.SolutionFile, "-nodeReuse:false", "-tl:off");
        if (!restore.Succeeded)
        {
            SetupFailure = $"Restoring the consumer failed.{Environment.NewLine}{restore.Describe()}";
            return;
        }

        var restored = Path.Combine(PackagesPath, "harness.analyzers", PackageVersion);
        if (!Directory.Exists(restored))
        {
            SetupFailure = $"Restore did not put Harness.Analyzers {PackageVersion} into the isolated cache {PackagesPath}.{Environment.NewLine}{restore.Describe()}";
            return;
        }

        // 3. Build: warnings only, so it must succeed.
        Build = BuildConsumer();
        if (!Build.Succeeded)
        {
            SetupFailure = $"Building the consumer failed (its HAR diagnostics are warnings, so it must succeed).{Environment.NewLine}{Build.Describe()}";
            return;
        }

        var logs = Directory.GetFiles(SarifFolder, "*.sarif");
        if (logs.Length != 3)
        {
            SetupFailure = $"Expected a SARIF log per consumer project (3) in {SarifFolder}, found {logs.Length}.{Environment.NewLine}{Build.Describe()}";
            return;
        }

        Diagnostics = logs.SelectMany(Sarif.Read).ToList();
        SetupDuration = _elapsed.Elapsed;
    }

    internal static string? FindBuildFilesAbove(string folder)
    {
        string[] names = { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", "harness.rules", ".editorconfig" };
        for (var directory = Directory.GetParent(folder); directory is not null; directory = directory.Parent)
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(directory.FullName, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
