// Compiled by MSBuild's RoslynCodeTaskFactory when a build runs with -p:HarnessUpdateBaseline=true (see
// Harness.Analyzers.targets). Records one project's HAR findings, read from the compiler's SARIF log, into
// harness.baseline.
#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

public sealed class HarnessRecordBaseline : Task
{
    private const string BaselineName = "harness.baseline";
    private const string FragmentName = "harness.baseline.part";
    private const string Separator = " | ";
    private const string KeyProperty = "HarnessBaselineKey";

    // The suppression that an update build puts on every finding; other suppressions (#pragma, [SuppressMessage])
    // mean the finding is handled in code and needs no entry.
    private const string RecordingSuppression = "Suppression Id: HARU";

    private static readonly string[] Header =
    {
        "# harness.baseline: findings accepted when Harness.Analyzers was adopted. The build reports new ones only.",
        "# Refresh after fixing some (stale entries go; accepting new findings is a reviewable diff):",
        "#   dotnet build -p:HarnessUpdateBaseline=true",
        "# One entry a line: ID | project | file (relative to this file) | key | count",
    };

    [Required] public string SarifLog { get; set; } = "";
    [Required] public string Project { get; set; } = "";
    public ITaskItem[] RulesFiles { get; set; } = Array.Empty<ITaskItem>();
    [Required] public string FallbackFolder { get; set; } = "";
    [Required] public string IntermediateFolder { get; set; } = "";

    public override bool Execute()
    {
        if (!File.Exists(SarifLog))
        {
            Log.LogError("Harness: no compiler log at '{0}' to record the baseline from; rebuild with -p:HarnessUpdateBaseline=true --no-incremental.", SarifLog);
            return false;
        }

        var baseline = Path.Combine(BaselineFolder(), BaselineName);
        var folder = Path.GetDirectoryName(baseline)!;
        var found = ReadFindings(folder);
        File.WriteAllLines(Path.Combine(IntermediateFolder, FragmentName), found.Select(pair => pair.Key + Separator + pair.Value), new UTF8Encoding(false));
        var entries = UnionOfTargetFrameworks();
        var total = WriteEntries(baseline, entries);
        Log.LogMessage(MessageImportance.High, "Harness: recorded {0} finding(s) of {1} in {2}", total, Project, baseline);
        return !Log.HasLoggedErrors;
    }

    /// <summary>Beside the innermost rules file that says root = true, else the outermost; with none, the fallback.</summary>
    private string BaselineFolder()
    {
        var rules = RulesFiles.Select(item => item.GetMetadata("FullPath")).ToList();
        var root = rules.LastOrDefault(SaysRoot) ?? rules.FirstOrDefault();
        return root is null ? Path.GetFullPath(FallbackFolder) : Path.GetDirectoryName(root)!;
    }

    private static bool SaysRoot(string rulesFile)
    {
        foreach (var raw in File.ReadLines(rulesFile))
        {
            var line = raw.Trim();
            if (line.StartsWith("[", StringComparison.Ordinal))
            {
                return false;
            }

            var equals = line.IndexOf('=');
            if (equals > 0 && line.Substring(0, equals).Trim().Equals("root", StringComparison.OrdinalIgnoreCase))
            {
                var value = line.Substring(equals + 1).Split('#', ';')[0].Trim();
                return value.Equals("true", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    /// <summary>Entry (without its count) to count, for this project's findings in the SARIF log.</summary>
    private SortedDictionary<string, int> ReadFindings(string baselineFolder)
    {
        var found = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var log = (Dictionary<string, object?>)new JsonReader(File.ReadAllText(SarifLog)).Read()!;
        foreach (Dictionary<string, object?> run in At<List<object?>>(log, "runs") ?? new List<object?>())
        {
            foreach (Dictionary<string, object?> result in At<List<object?>>(run, "results") ?? new List<object?>())
            {
                var key = At<string>(At<Dictionary<string, object?>>(At<Dictionary<string, object?>>(result, "properties"), "customProperties"), KeyProperty);
                if (key is null || IsHandledInCode(result) || FileOf(result) is not { } file)
                {
                    continue;
                }

                var entry = string.Join(Separator, At<string>(result, "ruleId"), Project, Relative(baselineFolder, file), key);
                found[entry] = found.TryGetValue(entry, out var count) ? count + 1 : 1;
            }
        }

        return found;
    }

    private static T? At<T>(Dictionary<string, object?>? json, string name)
        where T : class =>
        json is not null && json.TryGetValue(name, out var value) ? value as T : null;

    private static bool IsHandledInCode(Dictionary<string, object?> result)
    {
        var suppressions = At<List<object?>>(result, "suppressions");
        if (suppressions is null || suppressions.Count == 0)
        {
            return false;
        }

        foreach (Dictionary<string, object?> suppression in suppressions)
        {
            var type = At<string>(At<Dictionary<string, object?>>(suppression, "properties"), "suppressionType");
            if (type is not null && type.Contains(RecordingSuppression))
            {
                return false;
            }
        }

        return true;
    }

    private static string? FileOf(Dictionary<string, object?> result)
    {
        var locations = At<List<object?>>(result, "locations");
        var first = locations is { Count: > 0 } ? locations[0] as Dictionary<string, object?> : null;
        var uri = At<string>(At<Dictionary<string, object?>>(At<Dictionary<string, object?>>(first, "physicalLocation"), "artifactLocation"), "uri");
        return uri is null ? null : new Uri(uri).LocalPath;
    }

    private static string Relative(string folder, string file) =>
        Uri.UnescapeDataString(new Uri(folder.TrimEnd('/', '\\') + "/").MakeRelativeUri(new Uri(file)).ToString()).Replace('\\', '/');

    /// <summary>
    /// The entries of every target framework of this project (sibling intermediate folders), each with the largest
    /// count any of them found: the last inner build of a multi-targeted project to finish records them all.
    /// </summary>
    private SortedDictionary<string, int> UnionOfTargetFrameworks()
    {
        var union = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var configuration = Directory.GetParent(IntermediateFolder.TrimEnd('/', '\\'))!;
        foreach (var fragment in configuration.EnumerateFiles(FragmentName, SearchOption.AllDirectories))
        {
            foreach (var line in File.ReadLines(fragment.FullName))
            {
                var last = line.LastIndexOf(Separator, StringComparison.Ordinal);
                var count = int.Parse(line.Substring(last + Separator.Length));
                var entry = line.Substring(0, last);
                union[entry] = Math.Max(count, union.TryGetValue(entry, out var other) ? other : 0);
            }
        }

        return union;
    }

    /// <summary>Replaces this project's entries under an exclusive lock: projects of one solution build in parallel.</summary>
    private int WriteEntries(string baseline, SortedDictionary<string, int> entries)
    {
        using var file = OpenExclusive(baseline);
        var kept = new List<string>();
        using (var reader = new StreamReader(file, Encoding.UTF8, true, 4096, leaveOpen: true))
        {
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                if (line.Trim().Length > 0 && !line.TrimStart().StartsWith("#", StringComparison.Ordinal) && ProjectOf(line) != Project)
                {
                    kept.Add(line.Trim());
                }
            }
        }

        kept.AddRange(entries.Select(pair => pair.Key + Separator + pair.Value));
        kept.Sort(StringComparer.Ordinal);
        file.SetLength(0);
        using (var writer = new StreamWriter(file, new UTF8Encoding(false), 4096, leaveOpen: true) { NewLine = "\n" })
        {
            foreach (var line in Header.Concat(kept))
            {
                writer.WriteLine(line);
            }
        }

        return entries.Values.Sum();
    }

    private static string? ProjectOf(string line)
    {
        var fields = line.Split(new[] { Separator }, 3, StringSplitOptions.None);
        return fields.Length == 3 ? fields[1].Trim() : null;
    }

    private FileStream OpenExclusive(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 600)
            {
                Thread.Sleep(100); // another project of the build holds it for the moment it takes to rewrite it
            }
        }
    }
}

/// <summary>
/// Just enough JSON for a SARIF log: objects, arrays, strings, and the rest as text. MSBuild's inline tasks cannot
/// count on a JSON library on every host (System.Text.Json is not referenceable from them on .NET).
/// </summary>
internal sealed class JsonReader
{
    private readonly string _text;
    private int _at;

    public JsonReader(string text) => _text = text;

    public object? Read()
    {
        SkipSpace();
        switch (_text[_at])
        {
            case '{':
                var members = new Dictionary<string, object?>(StringComparer.Ordinal);
                _at++;
                while (Next() != '}')
                {
                    var name = ReadString();
                    Next(); // ':'
                    _at++;
                    members[name] = Read();
                    if (Next() == ',')
                    {
                        _at++;
                    }
                }

                _at++;
                return members;
            case '[':
                var items = new List<object?>();
                _at++;
                while (Next() != ']')
                {
                    items.Add(Read());
                    if (Next() == ',')
                    {
                        _at++;
                    }
                }

                _at++;
                return items;
            case '"':
                return ReadString();
            default:
                var start = _at;
                while (_at < _text.Length && ",}] \t\r\n".IndexOf(_text[_at]) < 0)
                {
                    _at++;
                }

                return _text.Substring(start, _at - start);
        }
    }

    private char Next()
    {
        SkipSpace();
        return _text[_at];
    }

    private void SkipSpace()
    {
        while (char.IsWhiteSpace(_text[_at]))
        {
            _at++;
        }
    }

    private string ReadString()
    {
        var value = new StringBuilder();
        for (_at++; _text[_at] != '"'; _at++)
        {
            if (_text[_at] != '\\')
            {
                value.Append(_text[_at]);
                continue;
            }

            var escaped = _text[++_at];
            value.Append(escaped switch
            {
                'n' => "\n",
                'r' => "\r",
                't' => "\t",
                'b' => "\b",
                'f' => "\f",
                'u' => ((char)Convert.ToInt32(_text.Substring((_at += 4) - 3, 4), 16)).ToString(),
                _ => escaped.ToString(),
            });
        }

        _at++;
        return value.ToString();
    }
}
