using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Harness.Analyzers.PackageTests;

/// <summary>
/// The fixes applied from the command line, as the README shows: <c>dotnet format analyzers</c> on a console project
/// that references the packed package and holds the behaviour program (tests/BehaviourProgram), a small program full
/// of copies. The program must print the same before and after, and the copies must be gone.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class DotnetFormatEndToEndTests : IDisposable
{
    private const string Folder = "format/";
    private const string Project = "Demo/Demo.csproj";
    private const int MaxRuns = 2;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);
    private static readonly Regex Redundancy = new(@"^(?<file>[^\s(][^(\n]*)\((?<line>\d+),(?<column>\d+)\): warning (?<id>HAR200[1-5]):", RegexOptions.Multiline);

    private readonly PackedFeed _feed;
    private readonly TempDirectory _work = TempDirectory.Create("harness-format");
    private readonly Dictionary<string, string?> _environment;

    public DotnetFormatEndToEndTests(PackedFeed feed)
    {
        _feed = feed;
        _environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = _work.Combine("packages") };
    }

    public void Dispose() => _work.Dispose();

    [Fact]
    public void Dotnet_format_applies_the_fixes_and_the_program_prints_the_same()
    {
        WriteConsumer();
        var findingsBefore = Findings(Build());
        var before = Run();
        Assert.True(findingsBefore.Count >= 5, $"the program should be full of copies:{Environment.NewLine}{string.Join(Environment.NewLine, findingsBefore)}");

        // The README's command, run again while it leaves findings: a fix can stand where another provider's fix of the
        // same run edited first, and such a finding waits for the next run.
        var findingsAfter = findingsBefore;
        var after = before;
        for (var run = 0; run < MaxRuns && findingsAfter.Count > 0; run++)
        {
            var format = Dotnet("format", "analyzers", Project, "--diagnostics", "HAR2001", "HAR2002", "HAR2003", "HAR2004", "HAR2005", "--severity", "info");
            Assert.True(format.Succeeded, format.Describe());
            Assert.DoesNotContain("Unable to fix", format.Output, StringComparison.Ordinal);
            findingsAfter = Findings(Build());
            after = Run();
        }

        Assert.True(findingsAfter.Count == 0, $"left after {MaxRuns} runs of dotnet format:{Environment.NewLine}{string.Join(Environment.NewLine, findingsAfter)}");
        Assert.DoesNotContain("SendV2", File.ReadAllText(_work.Combine(Folder + "Demo/Mailer.cs")), StringComparison.Ordinal);

        Assert.Equal(before, after);
    }

    private void WriteConsumer()
    {
        _feed.Require();
        ConsumerSetup.WriteNugetConfig(_work, Folder, _feed.FeedPath);
        ConsumerSetup.WriteBuildProps(_work, Folder, _feed.PackageVersion);
        _work.Write(Folder + Project, """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <Nullable>disable</Nullable>
              </PropertyGroup>
            </Project>
            """);
        _work.Write(Folder + "Demo/Main.cs", """
            System.Console.Write(Demo.Program.Run());
            """);
        var program = Path.Combine(RepositoryPaths.Root, "tests", "BehaviourProgram");
        foreach (var file in Directory.GetFiles(program).Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || Path.GetFileName(f) == "harness.rules"))
        {
            _work.Write(Folder + "Demo/" + Path.GetFileName(file), File.ReadAllText(file));
        }
    }

    private ProcessResult Dotnet(params string[] arguments) => DotNetCli.Run(_work.Combine(Folder), Timeout, _environment, arguments);

    private ProcessResult Build()
    {
        var build = Dotnet("build", Project, "--no-incremental", "-nodeReuse:false", "-tl:off", "-p:UseSharedCompilation=false");
        Assert.True(build.Succeeded, build.Describe());
        return build;
    }

    private static List<string> Findings(ProcessResult build) =>
        Redundancy.Matches(build.Output)
            .Select(m => $"{Path.GetFileName(m.Groups["file"].Value.Trim())}({m.Groups["line"].Value}): {m.Groups["id"].Value}")
            .Distinct()
            .ToList();

    /// <summary>What the program prints, run from the last build.</summary>
    private string Run()
    {
        var run = Dotnet("run", "--project", Project, "--no-build");
        Assert.True(run.Succeeded, run.Describe());
        return run.Output;
    }
}
