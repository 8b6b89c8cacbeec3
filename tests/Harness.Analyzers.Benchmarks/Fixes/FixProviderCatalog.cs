using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Harness.Analyzers.Benchmarks.Fixes;

/// <summary>
/// The C# code fix providers of an assembly, found as the editor finds them (concrete <see cref="CodeFixProvider"/>
/// types with <see cref="ExportCodeFixProviderAttribute"/>), so a new fix is measured without touching this project.
/// Ordered by name: which action is "the first" must not depend on reflection order.
/// </summary>
internal sealed class FixProviderCatalog
{
    private readonly IReadOnlyList<CodeFixProvider> _providers;

    private FixProviderCatalog(IReadOnlyList<CodeFixProvider> providers) => _providers = providers;

    public static FixProviderCatalog Discover(Assembly assembly)
        => new(LoadableTypes(assembly)
            .Where(type => type is { IsClass: true, IsAbstract: false }
                && typeof(CodeFixProvider).IsAssignableFrom(type)
                && type.GetConstructor(Type.EmptyTypes) is not null
                && type.GetCustomAttributes<ExportCodeFixProviderAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)
            .ToList());

    /// <summary>The providers that list <paramref name="id"/> among their fixable IDs.</summary>
    public IReadOnlyList<CodeFixProvider> For(string id) => _providers.Where(p => p.FixableDiagnosticIds.Contains(id)).ToList();

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
