using System.Collections.Generic;
using System.Linq;
using System.Text;
using Harness.Analyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Benchmarks.Measurement;

/// <summary>
/// Makes compilations of a corpus as the SDK would for a net10.0 library with nullable enabled (and, for real code,
/// which may use pointers, unsafe allowed). Every timed run gets freshly parsed trees and a fresh compilation:
/// binding caches live on the compilation and analyzers may cache per <see cref="SyntaxTree"/> or
/// <see cref="SourceText"/>, and a build starts with all of them cold.
/// </summary>
internal sealed class CompilationFactory
{
    private static readonly CSharpParseOptions LatestParseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse);

    // Single-threaded like the analyzer run (concurrentAnalysis: false), so the share compares work
    // with work; parallel wall time on 2 shared cores would measure the neighbours as much as us.
    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Enable,
        concurrentBuild: false,
        deterministic: true);

    private readonly IReadOnlyList<CorpusFile> _files;
    private readonly IReadOnlyList<MetadataReference> _references;
    private readonly string _assemblyName;
    private readonly CSharpCompilationOptions _options;

    public CompilationFactory(GeneratedCorpus corpus, IReadOnlyList<MetadataReference> references)
        : this(corpus.Files, references, "Bench.Shop", allowUnsafe: false)
    {
    }

    public CompilationFactory(IReadOnlyList<CorpusFile> files, IReadOnlyList<MetadataReference> references, string assemblyName, bool allowUnsafe)
    {
        _files = files;
        _references = references;
        _assemblyName = assemblyName;
        _options = CompilationOptions.WithAllowUnsafe(allowUnsafe);
    }

    public IReadOnlyList<CorpusFile> Files => _files;

    public IReadOnlyList<MetadataReference> References => _references;

    public string AssemblyName => _assemblyName;

    public CSharpParseOptions ParseOptions => LatestParseOptions;

    public CSharpCompilationOptions Options => _options;

    public IReadOnlyList<SyntaxTree> Parse()
        => _files
            .Select(file => CSharpSyntaxTree.ParseText(SourceText.From(file.Text, Encoding.UTF8), LatestParseOptions, file.Path))
            .ToList();

    public CSharpCompilation Create(IEnumerable<SyntaxTree> trees)
        => CSharpCompilation.Create(_assemblyName, trees, _references, _options);
}
