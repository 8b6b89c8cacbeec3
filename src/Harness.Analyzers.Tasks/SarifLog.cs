using System;
using System.Collections.Generic;

namespace Harness.Analyzers.Tasks;

internal static class SarifLog
{
    public static IReadOnlyList<SarifResult> Read(string text)
    {
        var results = new List<SarifResult>();
        var log = new JsonReader(text).Read() as Dictionary<string, object?>;
        foreach (var run in Items(log, "runs"))
        {
            foreach (var result in Items(run, "results"))
            {
                var properties = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var pair in Member<Dictionary<string, object?>>(Member<Dictionary<string, object?>>(result, "properties"), "customProperties") ?? new Dictionary<string, object?>())
                {
                    if (pair.Value is string value)
                    {
                        properties[pair.Key] = value;
                    }
                }

                var suppressions = new List<string>();
                foreach (var suppression in Items(result, "suppressions"))
                {
                    suppressions.Add(Member<string>(Member<Dictionary<string, object?>>(suppression, "properties"), "suppressionType") ?? Member<string>(suppression, "kind") ?? string.Empty);
                }

                results.Add(new SarifResult(Member<string>(result, "ruleId") ?? string.Empty, FileOf(result), properties, suppressions));
            }
        }

        return results;
    }

    private static string? FileOf(Dictionary<string, object?> result)
    {
        foreach (var location in Items(result, "locations"))
        {
            var uri = Member<string>(Member<Dictionary<string, object?>>(Member<Dictionary<string, object?>>(location, "physicalLocation"), "artifactLocation"), "uri");
            return uri is not null && Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.IsFile ? absolute.LocalPath : uri;
        }

        return null;
    }

    private static IEnumerable<Dictionary<string, object?>> Items(Dictionary<string, object?>? json, string name)
    {
        foreach (var item in Member<List<object?>>(json, name) ?? new List<object?>())
        {
            if (item is Dictionary<string, object?> element)
            {
                yield return element;
            }
        }
    }

    private static T? Member<T>(Dictionary<string, object?>? json, string name)
        where T : class =>
        json is not null && json.TryGetValue(name, out var value) ? value as T : null;
}
