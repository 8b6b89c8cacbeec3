using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Harness.Analyzers.Tests.Verification;

/// <summary>Everything that goes into a test project, with markup already removed.</summary>
internal sealed record ProjectSpec(
    string AssemblyName,
    CSharpParseOptions ParseOptions,
    CSharpCompilationOptions CompilationOptions,
    ImmutableArray<MetadataReference> References,
    ImmutableArray<(string Path, string Text)> Sources,
    ImmutableArray<(string Path, string Text)> AdditionalFiles,
    ImmutableArray<(string Path, string Text)> AnalyzerConfigFiles)
{
    /// <summary>
    /// A library project of <paramref name="sources"/> (and additional files such as a <c>harness.rules</c>), with the
    /// options of <see cref="TestProject"/> unless given, compiled against <see cref="ReferenceAssemblies.Net"/>.
    /// </summary>
    public static ProjectSpec For(
        string assemblyName,
        IEnumerable<(string Path, string Text)> sources,
        IEnumerable<(string Path, string Text)>? additionalFiles = null,
        CSharpParseOptions? parseOptions = null,
        CSharpCompilationOptions? compilationOptions = null,
        IEnumerable<MetadataReference>? references = null) =>
        new(
            assemblyName,
            parseOptions ?? TestProject.ParseOptions,
            compilationOptions ?? TestProject.CompilationOptions(),
            references?.ToImmutableArray() ?? ReferenceAssemblies.Net,
            sources.ToImmutableArray(),
            additionalFiles?.ToImmutableArray() ?? ImmutableArray<(string, string)>.Empty,
            ImmutableArray<(string, string)>.Empty);
}
