using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Harness.Analyzers.Tests;

/// <summary>
/// Every descriptor is documented where its help link points, listed in the README (one row each, its columns as the
/// descriptor and the fix providers say) and in the release tracking file, and every analyzer reports only descriptors
/// defined in <see cref="Descriptors"/>.
/// </summary>
public class DocumentationTests
{
    private const string SolutionFileName = "Harness.Analyzers.sln";

    private static readonly Lazy<string> RepositoryRoot = new(FindRepositoryRoot);

    /// <summary>The public static descriptor fields of <see cref="Descriptors"/>: field name and descriptor.</summary>
    private static IReadOnlyList<(string Field, DiagnosticDescriptor Descriptor)> AllDescriptors { get; } =
        typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => (Field: field.Name, Descriptor: (DiagnosticDescriptor)field.GetValue(null)!))
            .ToList();

    public static TheoryData<string> DescriptorIds
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var id in AllDescriptors.Select(d => d.Descriptor.Id).Distinct(StringComparer.Ordinal))
            {
                data.Add(id);
            }

            return data;
        }
    }

    [Fact]
    public void Descriptors_defines_descriptors()
    {
        Assert.True(AllDescriptors.Count > 0, $"{typeof(Descriptors).FullName} has no public static DiagnosticDescriptor field.");
    }

    [Fact]
    public void Every_descriptor_id_is_unique()
    {
        var duplicates = AllDescriptors
            .GroupBy(d => d.Descriptor.Id, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => $"{group.Key} is the ID of {string.Join(", ", group.Select(d => "Descriptors." + d.Field))}")
            .ToList();

        Assert.True(duplicates.Count == 0, "Descriptor IDs must be unique:" + Lines(duplicates));
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Help_link_points_at_the_rule_page(string id)
    {
        var descriptor = DescriptorOf(id);
        var expected = Descriptors.HelpLinkBase + id + ".md";

        Assert.True(
            string.Equals(descriptor.HelpLinkUri, expected, StringComparison.Ordinal),
            $"{id}: HelpLinkUri is '{descriptor.HelpLinkUri}', expected '{expected}'.");
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Rule_page_exists_and_starts_with_the_id_and_title(string id)
    {
        var descriptor = DescriptorOf(id);
        var relativePath = $"docs/rules/{id}.md";
        var path = Path.Combine(RepositoryRoot.Value, "docs", "rules", id + ".md");
        Assert.True(File.Exists(path), $"{id}: the rule page {relativePath} is missing (expected at {path}).");

        var expectedStart = $"# {id}: {descriptor.Title}";
        var firstLine = File.ReadLines(path).FirstOrDefault() ?? string.Empty;
        Assert.True(
            firstLine.StartsWith(expectedStart, StringComparison.Ordinal),
            $"{id}: the first line of {relativePath} must start with '{expectedStart}', but it is '{firstLine}'.");
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Readme_lists_the_rule(string id)
    {
        var path = Path.Combine(RepositoryRoot.Value, "README.md");
        Assert.True(File.Exists(path), $"{id}: README.md is missing at the repository root ({path}).");

        var expectedStart = $"| [{id}](docs/rules/{id}.md)";
        Assert.True(
            File.ReadLines(path).Any(line => line.TrimStart().StartsWith(expectedStart, StringComparison.Ordinal)),
            $"{id}: README.md has no table row starting with '{expectedStart}'.");
    }

    [Fact]
    public void Readme_rules_table_has_exactly_a_row_per_descriptor_with_its_title_severity_and_reporting()
    {
        var rows = ReadmeRuleRows();
        var defined = AllDescriptors.Select(d => d.Descriptor.Id).ToImmutableSortedSet(StringComparer.Ordinal);
        var problems = rows.GroupBy(row => row.Id).Where(g => g.Count() > 1).Select(g => $"{g.Key} has {g.Count()} rows")
            .Concat(rows.Select(row => row.Id).Where(id => !defined.Contains(id)).Distinct().Select(id => $"{id} has a row but no descriptor in Descriptors"))
            .Concat(defined.Where(id => rows.All(row => row.Id != id)).Select(id => $"{id} is a descriptor but has no row"))
            .ToList();

        foreach (var row in rows.Where(row => defined.Contains(row.Id)))
        {
            var descriptor = DescriptorOf(row.Id);
            var severity = descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : descriptor.DefaultSeverity + ", off by default";
            var reported = descriptor.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd) ? "build-only" : "live";
            Expect(row.Id, "link", $"[{row.Id}](docs/rules/{row.Id}.md)", row.Link);
            Expect(row.Id, "title", descriptor.Title.ToString(CultureInfo.InvariantCulture), row.Title);
            Expect(row.Id, "default severity", severity, row.Severity);
            Expect(row.Id, "reported", reported, row.Reported);
        }

        Assert.True(problems.Count == 0, "README.md's rules table and the descriptors disagree:" + Lines(problems));

        void Expect(string id, string column, string expected, string actual)
        {
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                problems.Add($"{id}: the {column} column says '{actual}', the descriptor says '{expected}'");
            }
        }
    }

    [Fact]
    public void Readme_code_fix_column_names_fixes_exactly_for_the_ids_a_fix_provider_fixes()
    {
        var fixable = CodeFixProviders()
            .SelectMany(provider => provider.FixableDiagnosticIds)
            .ToImmutableSortedSet(StringComparer.Ordinal);
        Assert.NotEmpty(fixable);

        var problems = new List<string>();
        foreach (var row in ReadmeRuleRows())
        {
            if (fixable.Contains(row.Id) && row.CodeFix.Length == 0)
            {
                problems.Add($"{row.Id} has a code fix, but its Code fix column is empty");
            }
            else if (!fixable.Contains(row.Id) && row.CodeFix.Length > 0)
            {
                problems.Add($"{row.Id} has no code fix, but its Code fix column says '{row.CodeFix}'");
            }
        }

        problems.AddRange(fixable.Where(id => ReadmeRuleRows().All(row => row.Id != id)).Select(id => $"{id} has a code fix but no row"));
        Assert.True(problems.Count == 0, "README.md's Code fix column and the fix providers disagree:" + Lines(problems));
    }

    [Fact]
    public void Markdown_links_resolve_to_files_of_the_repository()
    {
        // The docs stand alone: a link to a file outside the repository (a spec in a neighbouring folder, say) or to
        // one that is not there breaks for every reader of a clone or of the package.
        var root = Path.GetFullPath(RepositoryRoot.Value);
        var problems = new List<string>();
        var links = 0;
        foreach (var file in MarkdownFiles(root))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var text = File.ReadAllText(file);
            foreach (Match match in Regex.Matches(text, @"\]\((?<target>[^)\s]+)\)"))
            {
                var target = match.Groups["target"].Value;
                if (Regex.IsMatch(target, "^[a-z][a-z0-9+.-]*:", RegexOptions.IgnoreCase) || target.StartsWith('#'))
                {
                    continue;
                }

                links++;
                var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, Uri.UnescapeDataString(target.Split('#')[0])));
                if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    problems.Add($"{relative}: '{target}' points outside the repository");
                }
                else if (!File.Exists(path) && !Directory.Exists(path))
                {
                    problems.Add($"{relative}: '{target}' does not exist");
                }
            }

            foreach (Match match in Regex.Matches(text, @"(\.\./)+shared/|\bshared/spec/"))
            {
                problems.Add($"{relative}: cites '{match.Value}', which is not part of the repository");
            }
        }

        Assert.True(links > 0, "No relative Markdown link found: the search is broken.");
        Assert.True(problems.Count == 0, "The docs must stand alone:" + Lines(problems));
    }

    [Fact]
    public void Release_tracking_lists_exactly_the_descriptors()
    {
        const string relativePath = "src/Harness.Analyzers/AnalyzerReleases.Unshipped.md";
        var path = Path.Combine(RepositoryRoot.Value, "src", "Harness.Analyzers", "AnalyzerReleases.Unshipped.md");
        Assert.True(File.Exists(path), $"{relativePath} is missing (expected at {path}).");

        var tracked = Regex.Matches(File.ReadAllText(path), @"\bHAR\d{4}\b")
            .Cast<Match>()
            .Select(match => match.Value)
            .ToImmutableSortedSet(StringComparer.Ordinal);
        var defined = AllDescriptors.Select(d => d.Descriptor.Id).ToImmutableSortedSet(StringComparer.Ordinal);

        var problems = tracked.Except(defined).Select(id => $"{id} is in {relativePath} but no descriptor in Descriptors has that ID")
            .Concat(defined.Except(tracked).Select(id => $"{id} is a descriptor in Descriptors but is not in {relativePath}"))
            .ToList();

        Assert.True(problems.Count == 0, "Release tracking and descriptors disagree:" + Lines(problems));
    }

    [Fact]
    public void Analyzers_support_only_descriptors_from_Descriptors()
    {
        var known = new HashSet<DiagnosticDescriptor>(AllDescriptors.Select(d => d.Descriptor), ReferenceEqualityComparer.Instance);
        var analyzerTypes = AnalyzerTypes();
        Assert.True(analyzerTypes.Count > 0, $"No DiagnosticAnalyzer type found in {typeof(Descriptors).Assembly.GetName().Name}.");

        var problems = new List<string>();
        foreach (var type in analyzerTypes)
        {
            var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(type, nonPublic: true)!;
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                if (known.Contains(descriptor))
                {
                    continue;
                }

                var copied = AllDescriptors.FirstOrDefault(d => d.Descriptor.Equals(descriptor)).Field;
                problems.Add(copied is null
                    ? $"{type.FullName} supports {descriptor.Id} ('{descriptor.Title}'), which is not a public static field of Descriptors"
                    : $"{type.FullName} supports its own copy of {descriptor.Id}; it must use Descriptors.{copied} itself");
            }
        }

        Assert.True(problems.Count == 0, "Analyzers must list only descriptors defined in Descriptors:" + Lines(problems));
    }

    /// <summary>Every .md file of the repository, build output and version control left out.</summary>
    private static IEnumerable<string> MarkdownFiles(string root) =>
        Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar)
                .Any(segment => segment is "bin" or "obj" or ".git" or "TestResults" or "artifacts" or "node_modules"))
            .OrderBy(path => path, StringComparer.Ordinal);

    /// <summary>The rows of README.md's rules table: the lines that start with <c>| [HAR</c>, split into their five columns.</summary>
    private static IReadOnlyList<(string Id, string Link, string Title, string Severity, string Reported, string CodeFix)> ReadmeRuleRows()
    {
        var path = Path.Combine(RepositoryRoot.Value, "README.md");
        var rows = new List<(string, string, string, string, string, string)>();
        foreach (var line in File.ReadLines(path).Select(l => l.Trim()).Where(l => l.StartsWith("| [HAR", StringComparison.Ordinal)))
        {
            var cells = line.Split('|').Select(cell => cell.Trim()).ToArray();
            Assert.True(cells.Length == 7, $"README.md: a rules table row needs 5 columns (ID, title, default severity, reported, code fix): {line}");
            var id = Regex.Match(cells[1], @"^\[(HAR\d{4})\]").Groups[1].Value;
            rows.Add((id, cells[1], cells[2], cells[3], cells[4], cells[5]));
        }

        Assert.True(rows.Count > 0, "README.md has no rules table rows ('| [HARnnnn](docs/rules/HARnnnn.md) | ...').");
        return rows;
    }

    /// <summary>Every code fix provider of the code-fix assembly, as the IDE finds them: exported, not abstract.</summary>
    private static List<CodeFixProvider> CodeFixProviders() =>
        Assembly.Load("Harness.Analyzers.CodeFixes").GetTypes()
            .Where(type => typeof(CodeFixProvider).IsAssignableFrom(type) && !type.IsAbstract && type.GetCustomAttributes<ExportCodeFixProviderAttribute>().Any())
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (CodeFixProvider)Activator.CreateInstance(type, nonPublic: true)!)
            .ToList();

    private static DiagnosticDescriptor DescriptorOf(string id) => AllDescriptors.First(d => d.Descriptor.Id == id).Descriptor;

    private static List<Type> AnalyzerTypes()
    {
        Type?[] types;
        try
        {
            types = typeof(Descriptors).Assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            types = exception.Types;
        }

        return types
            .OfType<Type>()
            .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract && !type.ContainsGenericParameters)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .ToList();
    }

    private static string Lines(IEnumerable<string> items) => string.Concat(items.Select(item => Environment.NewLine + "  " + item));

    /// <summary>
    /// The folder holding <c>Harness.Analyzers.sln</c>, found upwards from the test's output folder; if the build put its
    /// output outside the repository (<c>--artifacts-path</c>), upwards from this source file's compile-time path instead.
    /// </summary>
    private static string FindRepositoryRoot()
    {
        var starts = new[] { AppContext.BaseDirectory, Path.GetDirectoryName(ThisFilePath()) };
        foreach (var start in starts)
        {
            for (var folder = start is null ? null : new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, SolutionFileName)))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            $"No folder containing {SolutionFileName} above '{AppContext.BaseDirectory}' or '{Path.GetDirectoryName(ThisFilePath())}'.");
    }

    private static string ThisFilePath([CallerFilePath] string path = "") => path;
}
