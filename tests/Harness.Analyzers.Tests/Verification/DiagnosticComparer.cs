using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Tests.Verification;

/// <summary>Compares expected and reported diagnostics as multisets and explains any difference.</summary>
public static class DiagnosticComparer
{
    /// <summary>Null when every expectation matches exactly one diagnostic and no diagnostic is left over; else the failure text.</summary>
    public static string? Compare(IReadOnlyList<ExpectedDiagnostic> expected, IReadOnlyList<Diagnostic> actual, Func<string, SourceText?> texts)
    {
        var left = Sort(actual).ToList();
        var missing = new List<ExpectedDiagnostic>();
        foreach (var expectation in expected.OrderByDescending(e => e.Specificity))
        {
            var index = left.FindIndex(expectation.Matches);
            if (index < 0)
            {
                missing.Add(expectation);
            }
            else
            {
                left.RemoveAt(index);
            }
        }

        if (missing.Count == 0 && left.Count == 0)
        {
            return null;
        }

        var message = new StringBuilder()
            .AppendLine($"Diagnostics differ: {expected.Count} expected, {actual.Count} reported; {missing.Count} missing, {left.Count} unexpected.");
        AppendSection(message, "Missing (expected, not reported):", missing.Select(e => DiagnosticFormatter.Format(e, texts)));
        AppendSection(message, "Unexpected (reported, not expected):", left.Select(d => DiagnosticFormatter.Format(d, texts)));
        AppendSection(message, "All reported:", Sort(actual).Select(d => DiagnosticFormatter.Format(d, texts)));

        var files = missing.Select(e => e.Location?.Path).Concat(left.Select(d => d.Location.GetLineSpan().Path)).Distinct();
        foreach (var path in files.Where(p => !string.IsNullOrEmpty(p)).Order(StringComparer.Ordinal))
        {
            if (texts(path!) is SourceText text)
            {
                var inFile = actual.Where(d => d.Location.IsInSource || d.Location.Kind == LocationKind.ExternalFile)
                    .Where(d => d.Location.GetLineSpan().Path == path);
                message.AppendLine($"Reported diagnostics as markup, {path}:").AppendLine(ToMarkup(text.ToString(), inFile));
            }
        }

        return message.ToString();
    }

    /// <summary>The text with each diagnostic written as <c>{|ID:…|}</c> markup, ready to paste into a test.</summary>
    public static string ToMarkup(string text, IEnumerable<Diagnostic> diagnostics)
    {
        // At one position: closers (inner first), then empty spans, then openers (outer first).
        var inserts = new List<(int Position, int Rank, int Length, string Text)>();
        foreach (var diagnostic in diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            if (span.IsEmpty)
            {
                inserts.Add((span.Start, 1, 0, $"{{|{diagnostic.Id}:|}}"));
            }
            else
            {
                inserts.Add((span.Start, 2, -span.Length, $"{{|{diagnostic.Id}:"));
                inserts.Add((span.End, 0, span.Length, "|}"));
            }
        }

        var markup = new StringBuilder(text);
        foreach (var insert in inserts.OrderByDescending(i => i.Position).ThenByDescending(i => i.Rank).ThenByDescending(i => i.Length))
        {
            markup.Insert(insert.Position, insert.Text);
        }

        return markup.ToString();
    }

    /// <summary>Diagnostics in file, position and ID order.</summary>
    public static IEnumerable<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
        .ThenBy(d => d.Location.SourceSpan.Start)
        .ThenBy(d => d.Location.SourceSpan.End)
        .ThenBy(d => d.Id, StringComparer.Ordinal);

    private static void AppendSection(StringBuilder message, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        message.AppendLine(title);
        if (list.Count == 0)
        {
            message.AppendLine("  (none)");
        }

        foreach (var line in list)
        {
            message.Append("  ").AppendLine(line);
        }
    }
}
