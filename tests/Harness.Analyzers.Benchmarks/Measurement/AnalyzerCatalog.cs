using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Benchmarks.Measurement;

/// <summary>
/// The C# analyzers of an assembly, found by reflection the way the compiler loads them (concrete
/// <see cref="DiagnosticAnalyzer"/> types with <see cref="DiagnosticAnalyzerAttribute"/>), so a new
/// analyzer is benchmarked without touching this project.
/// </summary>
internal sealed class AnalyzerCatalog
{
    private AnalyzerCatalog(IReadOnlyList<Type> types)
    {
        Types = types;
        SupportedIds = types.SelectMany(SupportedIdsOf).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<Type> Types { get; }

    /// <summary>The diagnostic IDs the selected analyzers can report.</summary>
    public IReadOnlySet<string> SupportedIds { get; }

    public bool IsEmpty => Types.Count == 0;

    /// <param name="filter">Type names to keep, or empty for all; an unknown name is an error.</param>
    public static AnalyzerCatalog Discover(Assembly assembly, IReadOnlyCollection<string> filter)
    {
        var all = LoadableTypes(assembly)
            .Where(type => type is { IsClass: true, IsAbstract: false }
                && typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
                && type.GetConstructor(Type.EmptyTypes) is not null
                && type.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .ToList();
        if (filter.Count == 0)
        {
            return new AnalyzerCatalog(all);
        }

        var unknown = filter.Where(name => all.All(type => type.Name != name)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"Unknown analyzer(s): {string.Join(", ", unknown)}. Available: {(all.Count == 0 ? "none" : string.Join(", ", all.Select(t => t.Name)))}");
        }

        return new AnalyzerCatalog(all.Where(type => filter.Contains(type.Name)).ToList());
    }

    /// <summary>The diagnostic IDs an analyzer type can report.</summary>
    public static IEnumerable<string> SupportedIdsOf(Type type)
        => Instantiate(type).SupportedDiagnostics.Select(descriptor => descriptor.Id);

    /// <summary>New instances for every run, so that no state carries over from one run to the next.</summary>
    public ImmutableArray<DiagnosticAnalyzer> CreateInstances() => Types.Select(Instantiate).ToImmutableArray();

    private static DiagnosticAnalyzer Instantiate(Type type) => (DiagnosticAnalyzer)Activator.CreateInstance(type)!;

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            return exception.Types.OfType<Type>();
        }
    }
}
