using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>The measurements as markdown, for the test output and the release note.</summary>
internal static class RecallTable
{
    public static string Format(IReadOnlyList<KindRecall> results)
    {
        var table = new StringBuilder()
            .AppendLine("| Clone kind | Injected | Detected | Recall | Target | Same class / other file | Lowest similarity | Found by |")
            .AppendLine("|---|---:|---:|---:|---:|---|---:|---|");
        foreach (var result in results)
        {
            table.AppendLine(string.Join(" | ", new[]
            {
                "| " + result.Kind.Display(),
                result.Injected.ToString(CultureInfo.InvariantCulture),
                result.Detected.ToString(CultureInfo.InvariantCulture),
                Percent(result.Recall),
                (result.Kind.RecallTarget() == 1 ? string.Empty : "≥ ") + Percent(result.Kind.RecallTarget()),
                ByPlacement(result, Placement.SameClass) + " / " + ByPlacement(result, Placement.OtherFile),
                result.Injected == 0 ? "–" : Percent(result.Outcomes.Min(o => o.Similarity)),
                FoundBy(result) + " |",
            }));
        }

        var tooShort = results.Where(r => r.TooShort > 0).Select(r => $"{r.TooShort} {r.Kind}").ToList();
        if (tooShort.Count > 0)
        {
            table.AppendLine().AppendLine($"Not injected: mutants that fell below min_tokens ({string.Join(", ", tooShort)}); other originals were mutated instead.");
        }

        return table.ToString();
    }

    /// <summary>Every miss with what it would take to reproduce it: the change, the similarity, the mutant's code.</summary>
    public static string Misses(KindRecall result)
    {
        var text = new StringBuilder();
        foreach (var miss in result.Misses)
        {
            var mutant = miss.Injected.Mutant;
            text.AppendLine($"MISS {result.Kind}: {miss.Injected.Key} ({mutant.Placement}) of {mutant.Original} in {mutant.Original.FilePath}: {mutant.Mutation.Description}")
                .AppendLine($"  similarity {Percent(miss.Similarity)} (threshold {Percent(DuplicationRun.Similarity)}); linked by: {(miss.Links.Count == 0 ? "nothing" : string.Join(", ", miss.Links))}")
                .AppendLine(miss.Injected.Text);
        }

        return text.ToString();
    }

    private static string ByPlacement(KindRecall result, Placement placement)
    {
        var placed = result.Outcomes.Where(o => o.Injected.Mutant.Placement == placement).ToList();
        return placed.Count == 0 ? "–" : $"{placed.Count(o => o.Detected)}/{placed.Count}";
    }

    private static string FoundBy(KindRecall result) => string.Join(", ", result.Outcomes
        .SelectMany(o => o.FoundBy)
        .GroupBy(id => id)
        .OrderBy(g => g.Key, System.StringComparer.Ordinal)
        .Select(g => $"{g.Key} ×{g.Count()}"));

    private static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
