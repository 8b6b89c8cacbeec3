using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace Harness.Analyzers.PackageTests;

/// <summary>One `dotnet build` of the rule-pack consumer: its output and the diagnostics of its SARIF log.</summary>
internal sealed record ConsumerBuild(string Name, ProcessResult Result, IReadOnlyList<SarifResult> Diagnostics);

/// <summary>
/// The rule packs as a team gets them, from the shared <see cref="PackedFeed"/>: a pack is made from
/// rules/Template with `dotnet new` (an isolated template hive) and one `dotnet pack`; then the consumer
/// (<see cref="RulePackConsumer"/>) is restored and built once per step, with an isolated package cache:
/// <list type="number">
/// <item>CleanArchitecture only, the repository's harness.rules overriding a key and lifting a ban;</item>
/// <item>AiHygiene added, and an .editorconfig that lowers a severity of CleanArchitecture;</item>
/// <item>CleanArchitecture removed;</item>
/// <item>the template's pack and StrictCi added, outside CI;</item>
/// <item>the same build in CI (CI=true).</item>
/// </list>
/// Steps whose builds report errors are expected to fail; what counts is their SARIF log. CI variables of the
/// machine that runs the tests are removed, so step 4 is a developer's build wherever it runs.
/// </summary>
public sealed class RulePackFixture : IDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Variables that make Harness.Rules.StrictCi see a CI build.</summary>
    private static readonly string[] CiVariables = { "CI", "TF_BUILD", "GITHUB_ACTIONS", "TEAMCITY_VERSION", "JENKINS_URL", "ContinuousIntegrationBuild", "HarnessStrict" };

    private readonly TempDirectory _work;
    private readonly PackedFeed _feed;
    private readonly Dictionary<string, string?> _environment;
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private readonly List<ConsumerBuild> _builds = new();

    public RulePackFixture(PackedFeed feed)
    {
        _feed = feed;
        _work = TempDirectory.Create("harness-packs");
        PackagesPath = _work.Combine("packages");
        TemplateFeedPath = _work.Combine("template-feed");
        _environment = CiVariables.ToDictionary(name => name, _ => (string?)null);
        _environment["NUGET_PACKAGES"] = PackagesPath;

        try
        {
            Setup();
        }
        catch (Exception exception)
        {
            SetupFailure ??= $"Setup threw: {exception}";
        }

        SetupDuration = _elapsed.Elapsed;
    }

    public string PackagesPath { get; }

    public string TemplateFeedPath { get; }

    public string WorkPath => _work.Path;

    public string ConsumerPath => _work.Combine(RulePackConsumer.Folder);

    public string? SetupFailure { get; private set; }

    public TimeSpan SetupDuration { get; }

    internal PackedFeed Feed => _feed;

    /// <summary>`dotnet pack` of the project made from the template, and the package it made.</summary>
    internal ProcessResult? TemplatePack { get; private set; }

    public string? TemplateNupkgPath { get; private set; }

    internal ConsumerBuild? WithCleanArchitecture { get; private set; }

    internal ConsumerBuild? WithSecondPack { get; private set; }

    internal ConsumerBuild? WithoutCleanArchitecture { get; private set; }

    internal ConsumerBuild? WithTemplatePackOutsideCi { get; private set; }

    internal ConsumerBuild? WithTemplatePackInCi { get; private set; }

    public void RequireSetup()
    {
        _feed.Require();
        if (SetupFailure is not null)
        {
            throw new InvalidOperationException(
                $"Rule-pack end-to-end setup failed (work folder {WorkPath}; set HARNESS_E2E_KEEP=1 to keep it):{Environment.NewLine}{SetupFailure}");
        }
    }

    public string ConsumerFile(string relativePath) => Path.Combine(ConsumerPath, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public void Dispose() => _work.Dispose();

    private void Setup()
    {
        if (_feed.Failure is not null)
        {
            SetupFailure = _feed.Failure;
            return;
        }

        var leak = EndToEndFixture.FindBuildFilesAbove(WorkPath);
        if (leak is not null)
        {
            SetupFailure = $"{leak} exists above the temp folder {WorkPath}, so it would leak into the consumer build.";
            return;
        }

        if (!MakePackFromTemplate())
        {
            return;
        }

        var version = _feed.PackageVersion;
        RulePackConsumer.WriteTo(_work, new[] { _feed.FeedPath, TemplateFeedPath });

        WithCleanArchitecture = Step("1-clean-architecture", new[] { (RulePackConsumer.CleanArchitecture, version) }, RulePackConsumer.OverridingRules, null);
        WithSecondPack = Step("2-second-pack", new[] { (RulePackConsumer.CleanArchitecture, version), (RulePackConsumer.AiHygiene, version) }, RulePackConsumer.OverridingRules, RulePackConsumer.EditorConfig);
        WithoutCleanArchitecture = Step("3-removed", new[] { (RulePackConsumer.AiHygiene, version) }, RulePackConsumer.PlainRules, RulePackConsumer.EditorConfig);
        var withTemplate = new[] { (RulePackConsumer.AiHygiene, version), (RulePackConsumer.TemplatePack, "1.0.0"), (RulePackConsumer.StrictCi, version) };
        WithTemplatePackOutsideCi = Step("4-template-outside-ci", withTemplate, RulePackConsumer.PlainRules, RulePackConsumer.EditorConfig);
        WithTemplatePackInCi = Step("5-template-in-ci", null, null, null, ci: true);
    }

    /// <summary>`dotnet new install rules/Template`, `dotnet new harness-rulepack -n Acme.Rules`, `dotnet pack`: what a team does.</summary>
    private bool MakePackFromTemplate()
    {
        var hive = _work.Combine("template-hive");
        var install = DotNetCli.Run(WorkPath, CommandTimeout, _environment,
            "new", "install", Path.Combine(RepositoryPaths.Root, "rules", "Template"), "--debug:custom-hive", hive);
        if (!install.Succeeded)
        {
            SetupFailure = $"Installing the template failed.{Environment.NewLine}{install.Describe()}";
            return false;
        }

        var folder = _work.Combine("team/" + RulePackConsumer.TemplatePack);
        var create = DotNetCli.Run(WorkPath, CommandTimeout, _environment,
            "new", "harness-rulepack", "-n", RulePackConsumer.TemplatePack, "-o", folder,
            "--harness-version", _feed.PackageVersion, "--no-update-check", "--debug:custom-hive", hive);
        if (!create.Succeeded)
        {
            SetupFailure = $"Creating a pack from the template failed.{Environment.NewLine}{create.Describe()}";
            return false;
        }

        // The team's NuGet sources: the feed with Harness.Analyzers, and this machine's package folder for
        // NETStandard.Library (what a netstandard2.0 project restores; a team gets it from nuget.org).
        _work.Write("team/nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="harness" value="{_feed.FeedPath}" />
                <add key="machine" value="{MachinePackagesFolder()}" />
              </packageSources>
              <fallbackPackageFolders>
                <clear />
              </fallbackPackageFolders>
            </configuration>
            """);

        TemplatePack = DotNetCli.Run(folder, CommandTimeout, _environment,
            "pack", "-o", TemplateFeedPath, "-nodeReuse:false", "-tl:off", "-p:UseSharedCompilation=false");
        TemplateNupkgPath = Path.Combine(TemplateFeedPath, $"{RulePackConsumer.TemplatePack}.1.0.0.nupkg");
        if (!TemplatePack.Succeeded || !File.Exists(TemplateNupkgPath))
        {
            SetupFailure = $"`dotnet pack` of the pack made from the template failed or made no {Path.GetFileName(TemplateNupkgPath)}.{Environment.NewLine}{TemplatePack.Describe()}";
            return false;
        }

        return true;
    }

    /// <summary>Writes the step (unless <paramref name="packs"/> is null: the previous step's files), restores, builds with a fresh SARIF folder.</summary>
    private ConsumerBuild? Step(string name, IEnumerable<(string Id, string Version)>? packs, string? rules, string? editorConfig, bool ci = false)
    {
        if (SetupFailure is not null)
        {
            return null;
        }

        if (packs is not null)
        {
            RulePackConsumer.WriteStep(_work, packs, rules!, editorConfig);
            var restore = DotNetCli.Run(ConsumerPath, CommandTimeout, _environment, "restore", RulePackConsumer.Project, "-nodeReuse:false", "-tl:off");
            if (!restore.Succeeded)
            {
                SetupFailure = $"Step {name}: restoring the consumer failed.{Environment.NewLine}{restore.Describe()}";
                return null;
            }
        }

        var sarif = _work.Combine("sarif/" + name);
        Directory.CreateDirectory(sarif);
        var environment = new Dictionary<string, string?>(_environment);
        if (ci)
        {
            environment["CI"] = "true";
        }

        // --no-incremental: a step that only drops a package or a global config leaves no newer input for CoreCompile.
        var build = DotNetCli.Run(ConsumerPath, CommandTimeout, environment,
            "build", RulePackConsumer.Project, "--no-restore", "--no-incremental", "-nodeReuse:false", "-tl:off",
            "-p:UseSharedCompilation=false", $"-p:HarnessSarifFolder={sarif}");
        var log = Path.Combine(sarif, "Acme.Shop.sarif");
        if (!File.Exists(log))
        {
            SetupFailure = $"Step {name}: the build wrote no SARIF log {log}.{Environment.NewLine}{build.Describe()}";
            return null;
        }

        var result = new ConsumerBuild(name, build, Sarif.Read(log));
        _builds.Add(result);
        return result;
    }

    /// <summary>The package folder of the machine (where the repository's own restore put NETStandard.Library).</summary>
    private static string MachinePackagesFolder() => RepositoryPaths.MachinePackages;
}
