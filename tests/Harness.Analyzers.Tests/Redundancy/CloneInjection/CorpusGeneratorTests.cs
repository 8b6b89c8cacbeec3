using System;
using System.Linq;
using Harness.Analyzers.Configuration;
using Harness.Analyzers.Redundancy;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using Xunit.Abstractions;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>The generated corpus is what the recall figures assume: compilable, realistic in size and shape, and free of near-duplicates.</summary>
[Collection(CloneCorpusCollection.Name)]
public class CorpusGeneratorTests(CloneCorpusFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void The_corpus_is_20_to_40_files_of_methods_that_compile()
    {
        var corpus = fixture.Corpus;
        var errors = CorpusCompiler.Errors(fixture.Compilation);
        output.WriteLine($"{corpus.Trees.Length} files, {corpus.Methods.Length} methods, {errors.Count} errors");
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20).Select(CorpusCompiler.Describe)));
        Assert.InRange(corpus.Trees.Length, 20, 40);
        Assert.True(corpus.Methods.Length >= 3 * CloneCorpusFixture.MutantsPerKind, "too few methods for distinct originals");
    }

    [Fact]
    public void Every_method_has_6_to_30_statements_and_enough_tokens_to_be_compared()
    {
        var similarity = new MemberSimilarity(fixture.Corpus.Trees);
        var statements = fixture.Corpus.Methods.ToDictionary(m => m, m => MethodGenerator.CountStatements(fixture.Corpus.Find(m).ToFullString()));
        output.WriteLine($"statements {statements.Values.Min()}–{statements.Values.Max()} (mean {statements.Values.Average():0.0}); "
            + $"tokens {fixture.Corpus.Methods.Min(similarity.Tokens)}–{fixture.Corpus.Methods.Max(similarity.Tokens)}");
        Assert.All(statements, s => Assert.InRange(s.Value, MethodGenerator.MinStatements, MethodGenerator.MaxStatements));
        Assert.All(fixture.Corpus.Methods, m => Assert.True(similarity.Tokens(m) >= DuplicationRun.MinTokens, $"{m} is shorter than min_tokens"));
    }

    [Fact]
    public void The_corpus_uses_every_kind_of_statement_it_promises()
    {
        var nodes = fixture.Corpus.Trees.SelectMany(t => t.GetRoot().DescendantNodes()).ToList();
        var kinds = new (string Name, Func<Microsoft.CodeAnalysis.SyntaxNode, bool> Is)[]
        {
            ("for", n => n is ForStatementSyntax), ("foreach", n => n is ForEachStatementSyntax), ("while", n => n is WhileStatementSyntax or DoStatementSyntax),
            ("LINQ query", n => n is QueryExpressionSyntax), ("lambda", n => n is LambdaExpressionSyntax), ("try/catch", n => n is CatchClauseSyntax),
            ("switch", n => n is SwitchStatementSyntax), ("switch expression", n => n is SwitchExpressionSyntax), ("pattern", n => n is RecursivePatternSyntax or RelationalPatternSyntax),
            ("await", n => n is AwaitExpressionSyntax), ("record with", n => n is WithExpressionSyntax), ("generic method", n => n is MethodDeclarationSyntax { TypeParameterList: not null }),
            ("early return", n => n is ReturnStatementSyntax { Parent: BlockSyntax { Parent: IfStatementSyntax } }), ("string building", n => n is IdentifierNameSyntax { Identifier.ValueText: "StringBuilder" }),
            ("dictionary", n => n is GenericNameSyntax { Identifier.ValueText: "Dictionary" }), ("interpolated string", n => n is InterpolatedStringExpressionSyntax),
        };
        foreach (var (name, isKind) in kinds)
        {
            var count = nodes.Count(isKind);
            output.WriteLine($"{name}: {count}");
            Assert.True(count >= 5, $"the corpus has only {count} × {name}");
        }
    }

    [Fact]
    public void No_two_generated_methods_are_near_duplicates()
    {
        var similarity = new MemberSimilarity(fixture.Corpus.Trees);
        var pairs = similarity.MostSimilarPairs(fixture.Corpus.Methods, 5);
        pairs.ForEach(p => output.WriteLine($"{p.Similarity:P1}  {p.A} ~ {p.B}"));

        // The fast LCS that ranks all pairs must agree with the analyzer's own measure.
        Assert.All(pairs, p => Assert.Equal(similarity.Between(p.A, p.B), p.Similarity, precision: 9));
        Assert.True(pairs[0].Similarity < DuplicationRun.Similarity, $"{pairs[0].A} and {pairs[0].B} are {pairs[0].Similarity:P1} similar");
    }

    [Fact]
    public void No_generated_name_reads_as_a_versioned_rewrite()
    {
        var versioned = fixture.Corpus.Methods.Where(m => VersionedName.TryGetOriginal(m.Name, RedundancySettings.Default.VersionedSuffixes, out _)).ToList();
        Assert.Empty(versioned);
    }
}
