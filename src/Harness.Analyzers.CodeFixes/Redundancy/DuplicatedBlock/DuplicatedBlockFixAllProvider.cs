using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// FixAll for HAR2003. Each copy of a block carries a finding that points at another copy: the first finding of a pair
/// extracts the method and replaces both copies, and the findings of copies already replaced are skipped. The
/// statements of every finding are marked with annotations first, so they are found again after earlier edits.
/// </summary>
internal sealed class DuplicatedBlockFixAllProvider : SequentialFixAllProvider
{
    public static readonly DuplicatedBlockFixAllProvider Instance = new();

    private DuplicatedBlockFixAllProvider()
        : base(DiagnosticIds.DuplicatedBlock, "Extract every duplicated block to a method")
    {
    }

    protected override bool CanFix(Diagnostic diagnostic) => diagnostic.AdditionalLocations.Count > 0;

    protected override async Task<Solution> FixInOrderAsync(Solution solution, IReadOnlyList<(Project Project, Diagnostic Diagnostic)> findings, CancellationToken cancellationToken)
    {
        var marked = new List<(DocumentId Document, SyntaxAnnotation Start, SyntaxAnnotation End, DocumentId Other, SyntaxAnnotation OtherStart, SyntaxAnnotation OtherEnd)>();
        var marks = new Dictionary<DocumentId, Dictionary<SyntaxNode, List<SyntaxAnnotation>>>();
        foreach (var (project, found) in findings)
        {
            if (await CurrentFinding.InAsync(solution, found, cancellationToken).ConfigureAwait(false) is not { } diagnostic)
            {
                continue;
            }

            var document = DuplicatedBlockCodeFix.DocumentOf(project, diagnostic.Location);
            var other = DuplicatedBlockCodeFix.DocumentOf(project, diagnostic.AdditionalLocations[0]);
            if (document is null || other is null)
            {
                continue;
            }

            var run = await StatementRun.FindAsync(document, diagnostic.Location.SourceSpan, null, cancellationToken).ConfigureAwait(false);
            var otherRun = run is null ? null : await StatementRun.FindAsync(other, diagnostic.AdditionalLocations[0].SourceSpan, run.Count, cancellationToken).ConfigureAwait(false);
            if (run is null || otherRun is null)
            {
                continue;
            }

            var finding = (document.Id, Mark(marks, document.Id, run.First), Mark(marks, document.Id, run.Last),
                other.Id, Mark(marks, other.Id, otherRun.First), Mark(marks, other.Id, otherRun.Last));
            marked.Add(finding);
        }

        foreach (var pair in marks)
        {
            var document = solution.GetDocument(pair.Key)!;
            var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
            root = root.ReplaceNodes(pair.Value.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(pair.Value[original]));
            solution = document.WithSyntaxRoot(root).Project.Solution;
        }

        var changed = new HashSet<DocumentId>();
        foreach (var finding in marked)
        {
            var span = await SpanAsync(solution, finding.Document, finding.Start, finding.End, cancellationToken).ConfigureAwait(false);
            var otherSpan = await SpanAsync(solution, finding.Other, finding.OtherStart, finding.OtherEnd, cancellationToken).ConfigureAwait(false);
            if (span is null || otherSpan is null)
            {
                continue;
            }

            var extracted = await BlockExtraction.TryExtractAsync(
                solution, finding.Document, span.Value, finding.Other, otherSpan.Value, startRename: false, cancellationToken).ConfigureAwait(false);
            if (extracted is not null)
            {
                solution = extracted.Solution;
                changed.UnionWith(extracted.Documents);
            }
        }

        return await BlockExtraction.FormatAsync(solution, changed, cancellationToken).ConfigureAwait(false);
    }

    private static SyntaxAnnotation Mark(Dictionary<DocumentId, Dictionary<SyntaxNode, List<SyntaxAnnotation>>> marks, DocumentId document, SyntaxNode node)
    {
        if (!marks.TryGetValue(document, out var nodes))
        {
            marks[document] = nodes = new Dictionary<SyntaxNode, List<SyntaxAnnotation>>();
        }

        if (!nodes.TryGetValue(node, out var annotations))
        {
            nodes[node] = annotations = new List<SyntaxAnnotation>();
        }

        var annotation = new SyntaxAnnotation(BlockExtraction.TrackingKind);
        annotations.Add(annotation);
        return annotation;
    }

    /// <summary>The span from the statement marked <paramref name="start"/> to the one marked <paramref name="end"/>, if both are still siblings.</summary>
    private static async Task<TextSpan?> SpanAsync(Solution solution, DocumentId id, SyntaxAnnotation start, SyntaxAnnotation end, CancellationToken cancellationToken)
    {
        var root = await solution.GetDocument(id)!.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var first = root!.GetAnnotatedNodes(start).OfType<StatementSyntax>().FirstOrDefault();
        var last = root.GetAnnotatedNodes(end).OfType<StatementSyntax>().FirstOrDefault();
        if (first is null || last is null || first.Parent != last.Parent || first.Parent is null)
        {
            return null;
        }

        var siblings = StatementRun.StatementsOf(first.Parent);
        return siblings.IndexOf(first) <= siblings.IndexOf(last) ? TextSpan.FromBounds(first.SpanStart, last.Span.End) : null;
    }
}
