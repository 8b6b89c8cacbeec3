using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Harness.Analyzers.Redundancy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Benchmarks.Measurement;

/// <summary>
/// One edited document, re-analysed as the editor would: a new <see cref="CompilationWithAnalyzers"/> over the
/// compilation with the edited tree (every other tree reused by reference), then the DuplicationAnalyzer's syntax
/// diagnostics of that tree (where its syntax-tree action runs: the clone index derived from the previous
/// compilation's by an overlay of the edited tree, fingerprinting of that tree, judging it) and its semantic
/// diagnostics (only driver work for this analyzer). Then, apart, the same steps through the internals, to see
/// which one costs; the index is built there over every tree, which is what a miss of the index cache costs.
/// </summary>
internal sealed record EditSample(
    string Document,
    int DocumentLines,
    PhaseCost SyntaxPass,
    PhaseCost SemanticPass,
    TimeSpan SyntaxCallbacks,
    TimeSpan SemanticCallbacks,
    int Fingerprinted,
    int Diagnostics,
    PhaseCost IndexRebuild,
    PhaseCost FingerprintEdited,
    PhaseCost? JudgeEdited)
{
    public TimeSpan Cpu => SyntaxPass.Cpu + SemanticPass.Cpu;
}

/// <summary>The first full analysis (which fills the shared fingerprint cache), then the edits, warm-up edit excluded.</summary>
internal sealed record EditRun(int Lines, int Trees, PhaseCost FullAnalysis, int FullFingerprinted, IReadOnlyList<EditSample> Edits);

internal sealed class EditProbe
{
    private readonly CompilationFactory _factory;
    private readonly RedundancyScope _scope;
    private readonly RulesFile _rules;

    public EditProbe(CompilationFactory factory, RedundancyScope scope, RulesFile rules)
    {
        _factory = factory;
        _scope = scope;
        _rules = rules;
    }

    /// <param name="edits">Measured edits; one more, on another document, is made first and discarded (JIT).</param>
    public EditRun Run(int lines, int edits, Action<string> progress)
    {
        var ct = CancellationToken.None;
        var analyzer = new DuplicationAnalyzer();
        var editor = new DocumentReanalysis([analyzer], _rules, TemplateOutputOptionsProvider.Empty);
        Compilation compilation = _factory.Create(_factory.Parse());

        var computedBefore = FingerprintCache.Shared.ComputedCount;
        var full = editor.AnalyzeAll(compilation);
        var fullFingerprinted = FingerprintCache.Shared.ComputedCount - computedBefore;

        var documents = PickDocuments(compilation, edits + 1);
        var samples = new List<EditSample>();
        for (var k = 0; k < documents.Count; k++)
        {
            var (tree, insertAt) = documents[k];
            var text = tree.GetText(ct);
            var edited = tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(insertAt, 0), $"_ = {k + 1}; ")));
            compilation = compilation.ReplaceSyntaxTree(tree, edited);

            var computed = FingerprintCache.Shared.ComputedCount;
            var request = editor.Request(compilation, edited);
            var fingerprinted = FingerprintCache.Shared.ComputedCount - computed;

            // The same steps through the internals, now that the analyzer has cached the edited tree's fingerprints.
            var minTokens = _scope.Settings.MinTokens;
            CloneIndex? index = null;
            var rebuild = PhaseMeter.Measure(() => index = CloneIndex.Build(compilation, _scope, FingerprintCache.Shared, ct));
            TreeFingerprints? fingerprints = null;
            var fingerprint = PhaseMeter.Measure(() => fingerprints = TreeFingerprinter.Fingerprint(edited, minTokens, ct));
            PhaseCost? judge = RedundancyInternals.Judge is { } judgeTree
                ? PhaseMeter.Measure(() => judgeTree(fingerprints!, index!, _ => { }))
                : null;

            editor.ThrowIfFailed("the edit re-analysis");
            var sample = new EditSample(
                edited.FilePath, text.Lines.Count, request.SyntaxPass, request.SemanticPass, request.SyntaxCallbacks, request.SemanticCallbacks,
                fingerprinted, request.Diagnostics.Length, rebuild, fingerprint, judge);
            progress($"edit {k + 1}/{documents.Count}{(k == 0 ? " (warm-up)" : string.Empty)}: {sample.Document}, "
                + $"{sample.Cpu.TotalMilliseconds:N1} ms CPU, {fingerprinted} tree(s) fingerprinted");
            if (k > 0)
            {
                samples.Add(sample);
            }
        }

        return new EditRun(lines, compilation.SyntaxTrees.Count(), full, fullFingerprinted, samples);
    }
    /// <summary>
    /// Documents spread evenly over the compilation, each with the start of the first statement of a method body,
    /// where the edit inserts a discard assignment (<c>_ = 1;</c>): it changes that member's fingerprint.
    /// </summary>
    private List<(SyntaxTree Tree, int InsertAt)> PickDocuments(Compilation compilation, int count)
    {
        var candidates = new List<(SyntaxTree, int)>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (!_scope.Includes(tree))
            {
                continue;
            }

            var statement = tree.GetRoot().DescendantNodes()
                .OfType<BlockSyntax>()
                .Where(block => block.Parent is BaseMethodDeclarationSyntax && block.Statements.Count > 0)
                .Select(block => block.Statements[0])
                .FirstOrDefault();
            if (statement is not null)
            {
                candidates.Add((tree, statement.SpanStart));
            }
        }

        if (candidates.Count < count)
        {
            return candidates;
        }

        // A stride that does not divide the six-file aggregates, so the edits fall on documents of different roles.
        return Enumerable.Range(0, count).Select(i => candidates[(int)((long)i * candidates.Count / count + i) % candidates.Count]).Distinct().ToList();
    }
}
