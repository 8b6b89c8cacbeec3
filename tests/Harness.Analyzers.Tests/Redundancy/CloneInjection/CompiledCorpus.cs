using System;
using System.Collections.Concurrent;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>A corpus with its compilation and the semantic models mutators consult, one per tree.</summary>
internal sealed class CompiledCorpus
{
    private readonly ConcurrentDictionary<string, SemanticModel> _models = new(StringComparer.Ordinal);

    public CompiledCorpus(Corpus corpus)
    {
        Corpus = corpus;
        Compilation = TestProject.Compile("CloneCorpus", corpus.Trees);
    }

    public Corpus Corpus { get; }

    public CSharpCompilation Compilation { get; }

    public SemanticModel ModelOf(string path) => _models.GetOrAdd(path, p => Compilation.GetSemanticModel(Corpus.Tree(p)));
}
