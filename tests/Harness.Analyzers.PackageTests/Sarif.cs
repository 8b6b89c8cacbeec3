using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Harness.Analyzers.PackageTests;

/// <summary>One diagnostic as the compiler's SARIF 2.1 error log (-p:ErrorLog=file,version=2.1) records it.</summary>
internal sealed record SarifResult(
    string RuleId,
    string Level,
    string Message,
    string FilePath,
    int Line,
    int Column,
    bool IsSuppressed)
{
    public override string ToString() =>
        $"{RuleId} {FilePath}({Line},{Column}) {Level}{(IsSuppressed ? " [suppressed]" : "")}: {Message}";
}

internal static class Sarif
{
    /// <summary>
    /// Reads the results of a SARIF 2.1 log. Diagnostics suppressed in source (#pragma) are still
    /// listed by the compiler, with a "suppressions" entry: they come back with IsSuppressed = true.
    /// </summary>
    public static IReadOnlyList<SarifResult> Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var version = document.RootElement.GetProperty("version").GetString();
        if (version != "2.1.0")
        {
            throw new InvalidDataException($"{path}: expected a SARIF 2.1.0 log, found version '{version}'.");
        }

        var results = new List<SarifResult>();
        foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
        {
            if (!run.TryGetProperty("results", out var runResults))
            {
                continue;
            }

            foreach (var result in runResults.EnumerateArray())
            {
                var filePath = "";
                int line = 0, column = 0;
                if (result.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0
                    && locations[0].TryGetProperty("physicalLocation", out var physical))
                {
                    var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString() ?? "";
                    filePath = Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.IsFile ? absolute.LocalPath : uri;
                    if (physical.TryGetProperty("region", out var region))
                    {
                        line = region.TryGetProperty("startLine", out var l) ? l.GetInt32() : 0;
                        column = region.TryGetProperty("startColumn", out var c) ? c.GetInt32() : 0;
                    }
                }

                results.Add(new SarifResult(
                    result.GetProperty("ruleId").GetString() ?? "",
                    result.TryGetProperty("level", out var level) ? level.GetString() ?? "" : "warning",
                    result.TryGetProperty("message", out var message) && message.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "",
                    filePath,
                    line,
                    column,
                    result.TryGetProperty("suppressions", out var suppressions) && suppressions.GetArrayLength() > 0));
            }
        }

        return results;
    }
}
