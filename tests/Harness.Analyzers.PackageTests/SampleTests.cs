using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Harness.Analyzers.PackageTests;

/// <summary>
/// samples/Contoso.Shop shows what the analyzer reports: every deliberate violation is marked by a
/// comment `// HARnnnn: deliberate, ...` on the line above it. Building the sample must report that
/// ID on each marked line, and nothing anywhere else.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class SampleTests
{
    private static readonly Regex Marker = new(@"^\s*// (?<id>HAR\d{4}): deliberate\b", RegexOptions.CultureInvariant);
    private static readonly Regex Warning = new(@"^(?<file>[^(\r\n]+)\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error) (?<id>HAR\d{4}):", RegexOptions.CultureInvariant);

    [Fact]
    public void Sample_reports_each_deliberate_violation_and_nothing_else()
    {
        var sample = Path.Combine(RepositoryPaths.Root, "samples", "Contoso.Shop");
        var expected = FindMarkedLines(sample);
        Assert.True(expected.Count >= 5, $"Expected the sample to mark its deliberate violations, found {expected.Count}.");

        using var artifacts = TempDirectory.Create("harness-sample");
        var build = DotNetCli.Run(
            RepositoryPaths.Root,
            TimeSpan.FromMinutes(10),
            environment: null,
            "build", Path.Combine(sample, "Contoso.Shop.sln"), "--no-incremental", "--artifacts-path", artifacts.Path,
            "-nodeReuse:false", "-tl:off", "-p:UseSharedCompilation=false");
        Assert.True(build.Succeeded, $"The sample must build (its violations are warnings).{Environment.NewLine}{build.Describe()}");

        var reported = build.Output.Split('\n')
            .Select(line => Warning.Match(line.TrimEnd('\r')))
            .Where(m => m.Success)
            .Select(m => (Id: m.Groups["id"].Value, File: Path.GetRelativePath(sample, m.Groups["file"].Value.Trim()).Replace('\\', '/'), Line: int.Parse(m.Groups["line"].Value)))
            .ToHashSet();

        var missing = expected.Except(reported).ToList();
        var unexpected = reported.Except(expected).ToList();
        Assert.True(
            missing.Count == 0 && unexpected.Count == 0,
            $"Marked but not reported:{Environment.NewLine}{Format(missing)}{Environment.NewLine}" +
            $"Reported but not marked:{Environment.NewLine}{Format(unexpected)}{Environment.NewLine}{build.Describe(40)}");
    }

    /// <summary>(ID, file relative to the sample, line) of the line after each `// HARnnnn: deliberate` comment.</summary>
    private static HashSet<(string Id, string File, int Line)> FindMarkedLines(string sample)
    {
        var marked = new HashSet<(string, string, int)>();
        foreach (var file in Directory.EnumerateFiles(sample, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sample, file).Replace('\\', '/');
            if (relative.Split('/').Any(segment => segment is "bin" or "obj"))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var match = Marker.Match(lines[i]);
                if (match.Success)
                {
                    marked.Add((match.Groups["id"].Value, relative, i + 2));
                }
            }
        }

        return marked;
    }

    private static string Format(IEnumerable<(string Id, string File, int Line)> diagnostics)
    {
        var lines = diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).Select(d => $"  {d.Id} {d.File}:{d.Line}").ToList();
        return lines.Count == 0 ? "  (none)" : string.Join(Environment.NewLine, lines);
    }
}
