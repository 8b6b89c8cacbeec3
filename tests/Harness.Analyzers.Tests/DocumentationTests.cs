using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Harness.Analyzers.Tests;

/// <summary>
/// Every descriptor is documented where its help link points, listed in the README and in the release tracking file,
/// and every analyzer reports only descriptors defined in <see cref="Descriptors"/>.
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
