using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace Harness.Analyzers.PackageTests;

/// <summary>
/// Conventions (HAR3001-HAR3003) and a layer's <c>external</c> list (HAR1006) with the packed package, in a
/// multi-project consumer (<see cref="ConventionsConsumer"/>): one `dotnet build`, restore included, from the shared
/// <see cref="PackedFeed"/>.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class ConventionsEndToEndTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    private readonly PackedFeed _feed;
    private readonly TempDirectory _work = TempDirectory.Create("harness-conventions");

    public ConventionsEndToEndTests(PackedFeed feed) => _feed = feed;

    public void Dispose() => _work.Dispose();

    [Fact]
    public void A_multi_project_consumer_reports_exactly_its_planted_convention_and_external_findings()
    {
        _feed.Require();
        ConventionsConsumer.WriteTo(_work, _feed.FeedPath, _feed.PackageVersion);
        var sarif = _work.Combine("sarif");
        Directory.CreateDirectory(sarif);

        // An isolated global packages folder: a stale Harness.Analyzers from an earlier run is never used.
        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = _work.Combine("packages") };
        var build = DotNetCli.Run(_work.Combine(ConventionsConsumer.Root), Timeout, environment,
            "build", ConventionsConsumer.SolutionFile, "-nodeReuse:false", "-tl:off", "-p:UseSharedCompilation=false", $"-p:HarnessSarifFolder={sarif}");
        Assert.True(build.Succeeded, build.Describe());

        var logs = Directory.GetFiles(sarif, "*.sarif");
        Assert.True(logs.Length == 3, $"Expected a SARIF log per project (3), found {logs.Length}.{Environment.NewLine}{build.Describe()}");
        SarifAssert.Exactly(ConventionsConsumer.Expected, logs.SelectMany(Sarif.Read).ToList(), relative => _work.Combine(ConventionsConsumer.Root + relative));
    }
}
