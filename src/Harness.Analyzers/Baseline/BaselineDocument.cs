using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Baseline;

/// <summary>
/// A parsed <c>harness.baseline</c>: its entries and its malformed lines (HAR0010). Parsed once per text: a 20,000-line
/// baseline is read once however many analyzers and documents ask.
/// </summary>
internal sealed class BaselineDocument
{
    public const string FileName = "harness.baseline";

    private static readonly ConditionalWeakTable<SourceText, BaselineDocument> Parsed = new();

    private static readonly HashSet<string> FindingIds = new(Descriptors.Findings.Select(descriptor => descriptor.Id), StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, AcceptedFindings> _acceptedByProject = new(StringComparer.Ordinal);

    private BaselineDocument(string path, ImmutableArray<BaselineEntry> entries, ImmutableArray<Diagnostic> problems)
    {
        Path = path;
        Entries = entries;
        Problems = problems;
    }

    public string Path { get; }

    public ImmutableArray<BaselineEntry> Entries { get; }

    public ImmutableArray<Diagnostic> Problems { get; }

    /// <summary>
    /// The findings this baseline accepts in one project, files resolved against its folder; built once per project,
    /// as every analyzer of every compilation of the project asks for it. A baseline names far fewer files than it has
    /// entries, so each file is resolved once.
    /// </summary>
    public AcceptedFindings AcceptedIn(string project) =>
        _acceptedByProject.GetOrAdd(project, _ =>
        {
            var folder = BaselinePath.Folder(Path);
            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            var slots = new List<(FindingSlot, BaselineEntry)>();
            foreach (var entry in Entries)
            {
                if (entry.Project != project)
                {
                    continue;
                }

                if (!files.TryGetValue(entry.File, out var file))
                {
                    files.Add(entry.File, file = BaselinePath.Combine(folder, entry.File));
                }

                slots.Add((new FindingSlot(entry.Id, file, entry.Key), entry));
            }

            return AcceptedFindings.Of(slots);
        });

    public static bool IsBaselineFile(string path) =>
        System.IO.Path.GetFileName(path).Equals(FileName, StringComparison.OrdinalIgnoreCase);

    public static BaselineDocument Get(string path, SourceText text) =>
        Parsed.GetValue(text, _ => Parse(path, text));

    private static BaselineDocument Parse(string path, SourceText text)
    {
        var entries = ImmutableArray.CreateBuilder<BaselineEntry>();
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var line in text.Lines)
        {
            var content = line.ToString();
            var trimmed = content.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            // The line is known: its position needs no search through the text's 20,000 lines.
            var position = new LinePositionSpan(new LinePosition(line.LineNumber, 0), new LinePosition(line.LineNumber, line.Span.Length));
            var location = Location.Create(path, line.Span, position);
            var entry = ParseEntry(trimmed, location, out var problem);
            if (entry is not null)
            {
                entries.Add(entry);
            }
            else
            {
                problems.Add(Diagnostic.Create(Descriptors.MalformedBaselineEntry, location, trimmed, problem));
            }
        }

        return new BaselineDocument(path, entries.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>
    /// ID, project and file are the first three fields and the count the last; the key is everything between, so a
    /// key may itself hold the separator.
    /// </summary>
    private static BaselineEntry? ParseEntry(string line, Location location, out string problem)
    {
        var fields = new List<string>(3);
        var start = 0;
        var last = line.LastIndexOf(BaselineEntry.Separator, StringComparison.Ordinal);
        while (fields.Count < 3)
        {
            var separator = line.IndexOf(BaselineEntry.Separator, start, StringComparison.Ordinal);
            if (separator < 0 || separator >= last)
            {
                problem = "expected 'ID | project | file | key | count'";
                return null;
            }

            fields.Add(line.Substring(start, separator - start).Trim());
            start = separator + BaselineEntry.Separator.Length;
        }

        var key = line.Substring(start, last - start).Trim();
        var count = 0;
        var countText = line.Substring(last + BaselineEntry.Separator.Length).Trim();
        problem = !IsFindingId(fields[0]) ? $"'{fields[0]}' is not the ID of a finding (HAR1xxx, HAR2xxx or HAR3xxx) this version reports"
            : fields[1].Length == 0 ? "the project is empty"
            : fields[2].Length == 0 ? "the file is empty"
            : key.Length == 0 ? "the key is empty"
            : !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count == 0 ? $"the count '{countText}' is not a whole number above 0"
            : string.Empty;
        return problem.Length == 0 ? new BaselineEntry(fields[0], fields[1], fields[2], key, count, location) : null;
    }

    private static bool IsFindingId(string id) => FindingIds.Contains(id);
}
