using System.Linq;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>
/// Recall of the duplication rules on clones injected into a generated corpus, per clone kind (Svajlenko and Roy's
/// Mutation and Injection Framework), and their silence on the corpus as generated.
/// </summary>
[Collection(CloneCorpusCollection.Name)]
public class CloneRecallTests(CloneCorpusFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public Task Type1_copies_with_other_layout_and_comments_are_all_found() => AssertRecallAsync(CloneKind.Type1);

    [Fact]
    public Task Type2_copies_with_renamed_locals_and_changed_literals_are_found_at_least_95_percent() => AssertRecallAsync(CloneKind.Type2);

    [Fact]
    public Task Type3_copies_with_a_statement_added_removed_or_changed_are_found_at_least_85_percent() => AssertRecallAsync(CloneKind.Type3);

    [Fact]
    public Task One_value_changed_copies_beside_their_original_are_found_at_least_95_percent() => AssertRecallAsync(CloneKind.OneValueChanged);

    [Fact]
    public async Task Recall_table_for_the_release_note()
    {
        var results = await fixture.AllRecallsAsync();
        output.WriteLine($"Corpus: {fixture.Corpus.Trees.Length} files, {fixture.Corpus.Methods.Length} generated methods (seed {CloneCorpusFixture.Seed}); "
            + $"{CloneCorpusFixture.MutantsPerKind} mutants per kind, each of a different method, half beside the original and half in another file "
            + $"(one-value-changed copies all beside it); rules: min_tokens = {DuplicationRun.MinTokens}, similarity = {DuplicationRun.Similarity:0.00}.");
        output.WriteLine(string.Empty);
        output.WriteLine(RecallTable.Format(results));
        Assert.All(results, result => Assert.Equal(CloneCorpusFixture.MutantsPerKind, result.Injected));
    }

    [Fact]
    public async Task The_unmutated_corpus_draws_no_reports_beyond_genuine_duplicates()
    {
        var diagnostics = await fixture.UnmutatedDiagnosticsAsync();
        output.WriteLine($"{diagnostics.Length} reports on the corpus as generated ({fixture.Corpus.Methods.Length} methods):");
        var judged = diagnostics.Select(d => (Diagnostic: d, Verdict: GenuineDuplicateOracle.Judge(d, DuplicationRun.Similarity))).ToList();
        foreach (var (diagnostic, (genuine, evidence)) in judged)
        {
            output.WriteLine($"{(genuine ? "genuine" : "FALSE POSITIVE")} ({evidence}): {diagnostic}");
            output.WriteLine("    " + diagnostic.Location.SourceTree!.GetText().GetSubText(diagnostic.Location.SourceSpan).ToString().Replace("\n", "\n    "));
        }

        Assert.All(judged, j => Assert.True(j.Verdict.Genuine, $"{j.Diagnostic} is not a genuine duplicate: {j.Verdict.Evidence}"));
    }

    private async Task AssertRecallAsync(CloneKind kind)
    {
        var result = await fixture.RecallOfAsync(kind);
        output.WriteLine(RecallTable.Format(new[] { result }));
        output.WriteLine($"measured in {result.Elapsed.TotalSeconds:0.0} s (the four kinds run in parallel)");
        output.WriteLine(RecallTable.Misses(result));
        Assert.True(result.Recall >= kind.RecallTarget(), $"{kind} recall {result.Recall:P1} is below the target {kind.RecallTarget():P0}:\n{RecallTable.Misses(result)}");
    }
}
