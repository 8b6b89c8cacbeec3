using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Harness.Analyzers.PackageTests;

/// <summary>
/// Adopting the package on an existing multi-project solution, as a user would, with the packed package: findings,
/// the baseline written by one command, a clean build, code moved and reformatted (still clean), one new violation
/// (exactly one finding), a baselined violation fixed (a stale entry), a refresh (clean, no stale entry) and a
/// malformed entry (reported at its line).
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class BaselineEndToEndTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);
    private static readonly Regex Finding = new(@"^(?<file>[^\s(][^(\n]*)\((?<line>\d+),(?<column>\d+)\): (?:warning|error) (?<id>HAR\d{4}):", RegexOptions.Multiline);

    private readonly PackedFeed _feed;
    private readonly TempDirectory _work = TempDirectory.Create("harness-baseline");
    private readonly Dictionary<string, string?> _environment;

    public BaselineEndToEndTests(PackedFeed feed)
    {
        _feed = feed;
        _environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = _work.Combine("packages") };
    }

    public void Dispose() => _work.Dispose();

    [Fact]
    public void A_baseline_accepts_todays_findings_and_the_build_reports_new_ones_only()
    {
        _feed.Require();
        BaselineConsumer.WriteTo(_work, _feed.FeedPath, _feed.PackageVersion);
        var restore = Dotnet("restore", BaselineConsumer.SolutionFile, "-nodeReuse:false", "-tl:off");
        Assert.True(restore.Succeeded, restore.Describe());

        // 1. Today's findings.
        var before = Build();
        Assert.Equal(BaselineConsumer.TodaysFindings.Select(Located).OrderBy(f => f), Findings(before));

        // 2. One command writes the baseline beside the root harness.rules, for both projects; the build succeeds.
        var update = Build("-p:HarnessUpdateBaseline=true");
        Assert.True(update.Succeeded, update.Describe());
        var baseline = File.ReadAllLines(_work.Combine(BaselineConsumer.Baseline));
        var entries = baseline.Where(line => line.StartsWith("HAR", StringComparison.Ordinal)).ToList();
        Assert.Equal(BaselineConsumer.TodaysFindings.Count, entries.Count);
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
        _work.Write(BaselineConsumer.Root + BaselineConsumer.OrderFile, BaselineConsumer.OrderMoved);
        _work.Write(BaselineConsumer.Root + BaselineConsumer.EndpointFile, BaselineConsumer.EndpointReformatted);
        Assert.Empty(Findings(Build()));

        // 5. One new violation: exactly one finding.
        _work.Write(BaselineConsumer.Root + BaselineConsumer.OrderFile, BaselineConsumer.OrderWithNewViolation);
        Assert.Equal([Located(BaselineConsumer.NewViolation)], Findings(Build()));

        // 6. A baselined violation fixed: its entry is stale, at its line of harness.baseline.
        _work.Write(BaselineConsumer.Root + BaselineConsumer.OrderFile, BaselineConsumer.OrderMoved);
        _work.Write(BaselineConsumer.Root + BaselineConsumer.EndpointFile, BaselineConsumer.EndpointFixed);
        var staleLine = Array.FindIndex(baseline, line => line.StartsWith("HAR2006 | Shop.Web", StringComparison.Ordinal)) + 1;
        Assert.Equal([$"{_work.Combine(BaselineConsumer.Baseline)}({staleLine},1): HAR0009"], Findings(Build()));

        // 7. Refresh: clean, no stale entry, and the fixed finding's entry is gone.
        Assert.True(Build("-p:HarnessUpdateBaseline=true").Succeeded);
        Assert.Empty(Findings(Build()));
        var refreshed = File.ReadAllLines(_work.Combine(BaselineConsumer.Baseline)).Where(line => line.StartsWith("HAR", StringComparison.Ordinal)).ToList();
        Assert.Equal(entries.Where(e => !e.StartsWith("HAR2006 | Shop.Web", StringComparison.Ordinal)), refreshed);

        // 8. A malformed entry: reported at its line, and the rest still applies.
        File.AppendAllText(_work.Combine(BaselineConsumer.Baseline), "HAR1003 | Shop.Domain | broken\n");
        var malformedLine = File.ReadAllLines(_work.Combine(BaselineConsumer.Baseline)).Length;
        Assert.Equal([$"{_work.Combine(BaselineConsumer.Baseline)}({malformedLine},1): HAR0010"], Findings(Build()));
    }

    private ProcessResult Dotnet(params string[] arguments) =>
        DotNetCli.Run(_work.Combine(BaselineConsumer.Root), Timeout, _environment, arguments);

    private ProcessResult Build(params string[] extra)
    {
        var build = Dotnet(["build", BaselineConsumer.SolutionFile, "--no-restore", "-nodeReuse:false", "-tl:off", "-p:UseSharedCompilation=false", .. extra]);
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
        $"{_work.Combine(BaselineConsumer.Root + expected.RelativePath)}({expected.Line},{expected.Column}): {expected.Id}";
}
