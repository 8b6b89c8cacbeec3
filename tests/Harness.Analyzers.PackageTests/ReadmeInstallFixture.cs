using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Harness.Analyzers.PackageTests;

/// <summary>
/// A new user following the README in a fresh folder (<c>my-app</c>, outside the repository), with what the README
/// says taken from README.md itself, so that the two cannot drift:
/// <list type="number">
/// <item>Install: its <c>Directory.Build.props</c>, its <c>dotnet pack</c> commands (the clone's path put in for
/// <c>path/to/harness-analyzers</c>), its <c>nuget.config</c>;</item>
/// <item>its <c>harness.rules</c> example at the root, and a project with the code its example output quotes;</item>
/// <item>the SARIF command of its Configuration section, run in the project's folder;</item>
/// <item>its rule-pack <c>PackageReference</c> in a second project, restored from the same folder.</item>
/// </list>
/// Only the environment is the test's: the packs build into a temp artifacts folder (not the clone's bin/obj), the
/// consumer restores into an empty package cache (never an older 0.1.0), and no build server outlives the test.
/// </summary>
public sealed class ReadmeInstallFixture : IDisposable
{
    public const string ClonePlaceholder = "path/to/harness-analyzers";
    public const string ProjectFolder = "src/Contoso.Shop";
    public const string RulePackProjectFolder = "tools/Packs";

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(10);

    private readonly TempDirectory _work;

    public ReadmeInstallFixture()
    {
        _work = TempDirectory.Create("harness-readme");
        RepositoryPath = _work.Combine("my-app");
        try
        {
            Setup();
        }
        catch (Exception exception)
        {
            SetupFailure ??= $"Setup threw: {exception}";
        }
    }

    public string RepositoryPath { get; }

    public string ProjectPath => Path.Combine(RepositoryPath, ProjectFolder);

    public string PackagesPath => _work.Combine("nuget-cache");

    /// <summary>The version the README's PackageReference asks for.</summary>
    public string PackageVersion { get; private set; } = "";

    public string SarifCommand { get; private set; } = "";

    /// <summary>The README's example output: the lines a build reports for its example harness.rules.</summary>
    public IReadOnlyList<string> ExampleOutput { get; private set; } = Array.Empty<string>();

    internal IReadOnlyList<ProcessResult> Packs { get; private set; } = Array.Empty<ProcessResult>();

    internal ProcessResult? SarifBuild { get; private set; }

    internal ProcessResult? RulePackRestore { get; private set; }

    public string? SetupFailure { get; private set; }

    public void RequireSetup()
    {
        if (SetupFailure is not null)
        {
            throw new InvalidOperationException(
                $"Following the README failed (work folder {_work.Path}; set HARNESS_E2E_KEEP=1 to keep it):{Environment.NewLine}{SetupFailure}");
        }
    }

    public void Dispose() => _work.Dispose();

    private void Setup()
    {
        var leak = EndToEndFixture.FindBuildFilesAbove(_work.Path);
        if (leak is not null)
        {
            SetupFailure = $"{leak} exists above the temp folder {_work.Path}, so it would leak into the fresh folder.";
            return;
        }

        var readme = Readme.Load();
        var props = readme.CodeBlock("Install", "xml", "Include=\"Harness.Analyzers\"").Text;
        var packCommands = readme.CodeBlock("Install", "sh", "dotnet pack").Text;
        var nugetConfig = readme.CodeBlock("Install", "xml", "<packageSources>").Text;
        var rulePackReference = readme.CodeBlock("Rule packs", "xml", "Include=\"Harness.Rules.").Text;
        var rules = readme.CodeBlock("`harness.rules`", "ini", "root = true").Text;
        ExampleOutput = readme.CodeBlock("`harness.rules`", "", "warning HAR").Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        SarifCommand = readme.InlineCode("Configuration", "^dotnet build .*ErrorLog");
        PackageVersion = Regex.Match(props, "Include=\"Harness.Analyzers\" Version=\"([^\"]+)\"").Groups[1].Value;

        // 1. Install, in the order the README gives it.
        _work.Write("my-app/Directory.Build.props", props);
        var packEnvironment = new Dictionary<string, string?> { ["ArtifactsPath"] = _work.Combine("pack-artifacts") };
        var packs = new List<ProcessResult>();
        foreach (var line in packCommands.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var pack = DotNetCli.Run(RepositoryPath, CommandTimeout, packEnvironment, Readme.DotNetArguments(line, ClonePlaceholder, RepositoryPaths.Root));
            packs.Add(pack);
            if (!pack.Succeeded)
            {
                Packs = packs;
                SetupFailure = $"The README's `{line}` failed.{Environment.NewLine}{pack.Describe()}";
                return;
            }
        }

        Packs = packs;
        _work.Write("my-app/nuget.config", nugetConfig);

        // 2. The README's rules, and code that breaks them where its example output says.
        _work.Write("my-app/harness.rules", rules);
        _work.Write($"my-app/{ProjectFolder}/Contoso.Shop.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
            </Project>
            """);
        foreach (var (file, source) in ExampleSources)
        {
            _work.Write($"my-app/{ProjectFolder}/{file}", source);
        }

        // 3. The README's SARIF command, in the project's folder. UseSharedCompilation=false through the environment:
        // no compiler server outlives the test, and the command stays the README's.
        var consumerEnvironment = new Dictionary<string, string?>
        {
            ["NUGET_PACKAGES"] = PackagesPath,
            ["UseSharedCompilation"] = "false",
        };
        SarifBuild = DotNetCli.Run(ProjectPath, CommandTimeout, consumerEnvironment, Readme.DotNetArguments(SarifCommand));

        // 4. The README's rule-pack reference, restored from the same folder.
        _work.Write($"my-app/{RulePackProjectFolder}/Packs.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
            {rulePackReference}
            </Project>
            """);
        RulePackRestore = DotNetCli.Run(Path.Combine(RepositoryPath, RulePackProjectFolder), CommandTimeout, consumerEnvironment, "restore");
    }

    /// <summary>Code in the README's layers that breaks its rules exactly where the README's example output says.</summary>
    public static IReadOnlyList<(string File, string Source)> ExampleSources { get; } = new[]
    {
        ("Domain/Order.cs", """
            using System;

            namespace Contoso.Shop.Domain;

            public sealed class Order
            {
                public DateTime PlacedAt { get; private set; }

                public void Place() => PlacedAt = DateTime.Now;
            }
            """),
        ("Infrastructure/SqlOrderRepository.cs", """
            using Contoso.Shop.Domain;

            namespace Contoso.Shop.Infrastructure;

            public sealed class SqlOrderRepository
            {
                public int Count { get; private set; }

                public void Add(Order order)
                {
                    order.Place();
                    Count++;
                }
            }
            """),
        ("Web/OrdersEndpoint.cs", """
            using Contoso.Shop.Domain;

            namespace Contoso.Shop.Web;

            public sealed class OrdersEndpoint
            {
                public void Post(Order order) => new Contoso.Shop.Infrastructure.SqlOrderRepository().Add(order);
            }
            """),
    };
}
