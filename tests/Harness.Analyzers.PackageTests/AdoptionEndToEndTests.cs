using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Harness.Analyzers.PackageTests;

/// <summary>
/// Adopting the package on an existing multi-project solution, as a user would, with the packed package: a baseline
/// of today's findings, and the rules handed to coding agents in AGENTS.md.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class AdoptionEndToEndTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);
    private static readonly Regex Finding = new(@"^(?<file>[^\s(][^(\n]*)\((?<line>\d+),(?<column>\d+)\): (?:warning|error) (?<id>HAR\d{4}):", RegexOptions.Multiline);

    private readonly PackedFeed _feed;
    private readonly TempDirectory _work = TempDirectory.Create("harness-baseline");
    private readonly Dictionary<string, string?> _environment;

    public AdoptionEndToEndTests(PackedFeed feed)
    {
        _feed = feed;
        _environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = _work.Combine("packages") };
    }

    public void Dispose() => _work.Dispose();

    /// <summary>
    /// Findings, the baseline written by one command, a clean build, code moved and reformatted (still clean), one new
    /// violation (exactly one finding), a baselined violation fixed (a stale entry), a refresh (clean, no stale entry)
    /// and a malformed entry (reported at its line).
    /// </summary>
    [Fact]
    public void A_baseline_accepts_todays_findings_and_the_build_reports_new_ones_only()
    {
        Restore();

        // 1. Today's findings.
        var before = Build();
        Assert.Equal(AdoptingConsumer.TodaysFindings.Select(Located).OrderBy(f => f), Findings(before));

        // 2. One command writes the baseline beside the root harness.rules, for both projects; the build succeeds.
        var update = Build("-p:HarnessUpdateBaseline=true");
        Assert.True(update.Succeeded, update.Describe());
        var baseline = File.ReadAllLines(_work.Combine(AdoptingConsumer.Baseline));
        var entries = baseline.Where(line => line.StartsWith("HAR", StringComparison.Ordinal)).ToList();
        Assert.Equal(AdoptingConsumer.TodaysFindings.Count, entries.Count);
        Assert.Equal(entries.OrderBy(e => e, StringComparer.Ordinal), entries);
        Assert.Contains("HAR1003 | Shop.Domain | Shop.Domain/Order.cs | M:Shop.Domain.Order.Stamp -> Now | 1", entries);
        Assert.Contains(entries, e => e.StartsWith("HAR2006 | Shop.Web | Shop.Web/Endpoint.cs | M:Shop.Web.Endpoint.Export", StringComparison.Ordinal));

        // 3. Clean, and the accepted findings are in SARIF as suppressed by the baseline.
        Directory.CreateDirectory(_work.Combine("sarif"));
        var clean = Build($"-p:HarnessSarifFolder={_work.Combine("sarif")}");
        Assert.Empty(Findings(clean));
        var sarif = string.Concat(Directory.GetFiles(_work.Combine("sarif"), "*.sarif").Select(File.ReadAllText));
        Assert.Contains("Suppression Id: HARB1003, Suppression Justification: Accepted in harness.baseline", sarif, StringComparison.Ordinal);

        // 4. Members reordered, lines moved, files reformatted and commented: still clean.
        _work.Write(AdoptingConsumer.Root + AdoptingConsumer.OrderFile, AdoptingConsumer.OrderMoved);
        _work.Write(AdoptingConsumer.Root + AdoptingConsumer.EndpointFile, AdoptingConsumer.EndpointReformatted);
        Assert.Empty(Findings(Build()));

        // 5. One new violation: exactly one finding.
        _work.Write(AdoptingConsumer.Root + AdoptingConsumer.OrderFile, AdoptingConsumer.OrderWithNewViolation);
        Assert.Equal([Located(AdoptingConsumer.NewViolation)], Findings(Build()));

        // 6. A baselined violation fixed: its entry is stale, at its line of harness.baseline.
        _work.Write(AdoptingConsumer.Root + AdoptingConsumer.OrderFile, AdoptingConsumer.OrderMoved);
        _work.Write(AdoptingConsumer.Root + AdoptingConsumer.EndpointFile, AdoptingConsumer.EndpointFixed);
        var staleLine = Array.FindIndex(baseline, line => line.StartsWith("HAR2006 | Shop.Web", StringComparison.Ordinal)) + 1;
        Assert.Equal([$"{_work.Combine(AdoptingConsumer.Baseline)}({staleLine},1): HAR0009"], Findings(Build()));

        // 7. Refresh: clean, no stale entry, and the fixed finding's entry is gone.
        Assert.True(Build("-p:HarnessUpdateBaseline=true").Succeeded);
        Assert.Empty(Findings(Build()));
        var refreshed = File.ReadAllLines(_work.Combine(AdoptingConsumer.Baseline)).Where(line => line.StartsWith("HAR", StringComparison.Ordinal)).ToList();
        Assert.Equal(entries.Where(e => !e.StartsWith("HAR2006 | Shop.Web", StringComparison.Ordinal)), refreshed);

        // 8. A malformed entry: reported at its line, and the rest still applies.
        File.AppendAllText(_work.Combine(AdoptingConsumer.Baseline), "HAR1003 | Shop.Domain | broken\n");
        var malformedLine = File.ReadAllLines(_work.Combine(AdoptingConsumer.Baseline)).Length;
        Assert.Equal([$"{_work.Combine(AdoptingConsumer.Baseline)}({malformedLine},1): HAR0010"], Findings(Build()));
    }

    /// <summary>
    /// `-t:HarnessContext` writes the rules into AGENTS.md beside the root harness.rules and keeps the team's own text;
    /// a rules change makes the block stale (HAR0011 at its first line) until the command runs again.
    /// </summary>
    [Fact]
    public void The_rules_are_written_for_coding_agents_and_a_stale_block_is_reported_until_refreshed()
    {
        Restore();
        const string Notes = "# Notes for agents\n\nRun the tests before you push.\n";
        var agents = _work.Write(AdoptingConsumer.Root + "AGENTS.md", Notes);

        var write = Dotnet("build", AdoptingConsumer.SolutionFile, "-t:HarnessContext", "--no-restore", "-nodeReuse:false", "-tl:off", "-p:UseSharedCompilation=false");
        Assert.True(write.Succeeded, write.Describe());
        var written = File.ReadAllText(agents);
        Assert.StartsWith(Notes + "\n<!-- harness:begin -->\n", written, StringComparison.Ordinal);
        Assert.EndsWith("<!-- harness:end -->\n", written, StringComparison.Ordinal);
        Assert.Contains("- **domain** (`Shop.Domain.**`): may use no other layer.", written, StringComparison.Ordinal);
        Assert.Contains("- In **domain**, do not use the property `System.DateTime.Now`: inject a clock.", written, StringComparison.Ordinal);
        Assert.DoesNotContain("HAR0011", string.Join("\n", Findings(Build())), StringComparison.Ordinal);

        var rules = _work.Combine(AdoptingConsumer.Root + "harness.rules");
        File.WriteAllText(rules, File.ReadAllText(rules).Replace("may_use    = domain", "may_use    = domain\nbecause    = pages only show orders"));
        var beginLine = File.ReadAllLines(agents).ToList().IndexOf("<!-- harness:begin -->") + 1;
        Assert.Contains($"{agents}({beginLine},1): HAR0011", Findings(Build()));

        Assert.True(Dotnet("build", AdoptingConsumer.SolutionFile, "-t:HarnessContext", "--no-restore", "-nodeReuse:false", "-tl:off", "-p:UseSharedCompilation=false").Succeeded);
        var refreshed = File.ReadAllText(agents);
        Assert.StartsWith(Notes, refreshed, StringComparison.Ordinal);
        Assert.Contains("may use **domain**. Why: pages only show orders.", refreshed, StringComparison.Ordinal);
        Assert.DoesNotContain("HAR0011", string.Join("\n", Findings(Build())), StringComparison.Ordinal);
    }

    private void Restore()
    {
        _feed.Require();
        AdoptingConsumer.WriteTo(_work, _feed.FeedPath, _feed.PackageVersion);
        var restore = Dotnet("restore", AdoptingConsumer.SolutionFile, "-nodeReuse:false", "-tl:off");
        Assert.True(restore.Succeeded, restore.Describe());
    }

    private ProcessResult Dotnet(params string[] arguments) =>
        DotNetCli.Run(_work.Combine(AdoptingConsumer.Root), Timeout, _environment, arguments);

    private ProcessResult Build(params string[] extra)
    {
        var build = Dotnet(["build", AdoptingConsumer.SolutionFile, "--no-restore", "-nodeReuse:false", "-tl:off", "-p:UseSharedCompilation=false", .. extra]);
        Assert.True(build.Succeeded, build.Describe());
        return build;
    }

    /// <summary>Each HAR diagnostic the build printed, once (MSBuild repeats warnings in its summary), as file(line,column): ID.</summary>
    private static List<string> Findings(ProcessResult build) =>
        Finding.Matches(build.Output)
            .Select(m => $"{m.Groups["file"].Value.Trim()}({m.Groups["line"].Value},{m.Groups["column"].Value}): {m.Groups["id"].Value}")
            .Distinct()
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

    private string Located(ExpectedDiagnostic expected) =>
        $"{_work.Combine(AdoptingConsumer.Root + expected.RelativePath)}({expected.Line},{expected.Column}): {expected.Id}";
}
