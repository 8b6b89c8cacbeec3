using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// Extracts a duplicated block into one private method of the containing type and calls it from every occurrence
/// in that type (or into an <c>internal static</c> one, for copies in two types): parameters are the variables whose values flow in, the return value the one variable whose value
/// flows out. Returns null whenever that could change what the code does, or would not compile cleanly.
/// </summary>
internal static class BlockExtraction
{
    /// <summary>Annotations FixAll uses to find occurrences again after other extractions; never moved into a new method.</summary>
    public const string TrackingKind = "Harness.HAR2003.Occurrence";

    /// <summary>
    /// The solution with the block at <paramref name="span"/> and its copy at <paramref name="otherSpan"/> (and any
    /// other copy in the same type) replaced by calls to a new method; not yet formatted (see <see cref="FormatAsync"/>).
    /// The two copies may also be in two types of one project, when neither uses instance state: the new method is then
    /// <c>internal static</c> in the canonical copy's type.
    /// </summary>
    public static async Task<Extracted?> TryExtractAsync(
        Solution solution, DocumentId documentId, TextSpan span, DocumentId otherDocumentId, TextSpan otherSpan, bool startRename, CancellationToken cancellationToken)
    {
        if (solution.GetDocument(documentId) is not { } document || solution.GetDocument(otherDocumentId) is not { } otherDocument)
        {
            return null;
        }

        var run = await StatementRun.FindAsync(document, span, null, cancellationToken).ConfigureAwait(false);
        var otherRun = run is null ? null : await StatementRun.FindAsync(otherDocument, otherSpan, run.Count, cancellationToken).ConfigureAwait(false);
        if (run is null || otherRun is null || run.Overlaps(otherRun))
        {
            return null;
        }

        var first = BlockOccurrence.Create(run, cancellationToken);
        var second = BlockOccurrence.Create(otherRun, cancellationToken);
        if (first is null || second is null || BlockCloneMatch.Match(first.Symbols, second.Symbols) is null
            || !CanShareMethod(first, second))
        {
            return null;
        }

        var extras = await OtherCopies.FindAsync(solution, first, second, cancellationToken).ConfigureAwait(false);
        var plan = ExtractionPlan.Create(first, second, extras, cancellationToken);
        if (plan is null || InConditionalRegion(plan.InsertAfter) || DefinesSymbolsAcrossFiles(plan.Occurrences))
        {
            return null;
        }

        var name = ExtractedMethodName.Choose(plan, cancellationToken);
        if (name is null)
        {
            return null;
        }

        foreach (var returnType in plan.ReturnTypeCandidates())
        {
            foreach (var promise in plan.OutPromises())
            {
                var changed = await ApplyAsync(solution, plan, name, returnType, promise, startRename, cancellationToken).ConfigureAwait(false);
                if (await CompilesAsCleanlyAsync(solution, changed.Solution, changed.Documents, cancellationToken).ConfigureAwait(false))
                {
                    return changed;
                }
            }
        }

        return null;
    }

    /// <summary>Formats what the extraction added (the new method) in each changed document, in the document's own line endings.</summary>
    public static async Task<Solution> FormatAsync(Solution solution, IEnumerable<DocumentId> documents, CancellationToken cancellationToken)
    {
        foreach (var id in documents.Distinct())
        {
            var document = solution.GetDocument(id)!;
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var options = (await document.GetOptionsAsync(cancellationToken).ConfigureAwait(false))
                .WithChangedOption(FormattingOptions.NewLine, LanguageNames.CSharp, ExtractedMethodSyntax.NewLineOf(text));
            document = await Formatter.FormatAsync(document, Formatter.Annotation, options, cancellationToken).ConfigureAwait(false);
            var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
            root = root.ReplaceNodes(root.GetAnnotatedNodes(Formatter.Annotation), (_, node) => node.WithoutAnnotations(Formatter.Annotation));
            solution = document.WithSyntaxRoot(root).Project.Solution;
        }

        return solution;
    }

    /// <summary>
    /// Both copies in one type; or in two non-generic types of one project, neither using <c>this</c>
    /// (a static method of one type is then reachable from the other), and neither with a static constructor of its
    /// own: calling a static method of such a type runs its static constructor first, which the copy did not.
    /// </summary>
    private static bool CanShareMethod(BlockOccurrence first, BlockOccurrence second)
    {
        if (SymbolEqualityComparer.Default.Equals(first.Flow.ContainingType, second.Flow.ContainingType))
        {
            return true;
        }

        static bool IsGeneric(INamedTypeSymbol? type) => type is not null && (type.IsGenericType || IsGeneric(type.ContainingType));
        return first.Run.Document.Project.Id == second.Run.Document.Project.Id
            && !first.Flow.NeedsInstance && !second.Flow.NeedsInstance
            && !IsGeneric(first.Flow.ContainingType) && !IsGeneric(second.Flow.ContainingType)
            && !HasStaticConstructor(first.Flow.ContainingType) && !HasStaticConstructor(second.Flow.ContainingType);
    }

    private static bool HasStaticConstructor(INamedTypeSymbol type) => type.StaticConstructors.Any(c => !c.IsImplicitlyDeclared);

    /// <summary>Inside <c>#if</c>: a method added there would not exist in every build configuration.</summary>
    private static bool InConditionalRegion(SyntaxNode node)
    {
        var depth = 0;
        for (var directive = node.SyntaxTree.GetRoot().GetFirstDirective(); directive is not null && directive.SpanStart < node.Span.End; directive = directive.GetNextDirective())
        {
            depth += directive.IsKind(SyntaxKind.IfDirectiveTrivia) ? 1 : directive.IsKind(SyntaxKind.EndIfDirectiveTrivia) ? -1 : 0;
        }

        return depth > 0;
    }

    /// <summary>
    /// Copies in several files, one of which has <c>#define</c> or <c>#undef</c>: a <c>[Conditional]</c> call could
    /// be compiled in one file and left out in another.
    /// </summary>
    private static bool DefinesSymbolsAcrossFiles(List<BlockOccurrence> occurrences) =>
        occurrences.Select(o => o.Run.First.SyntaxTree).Distinct().Skip(1).Any()
        && occurrences.Select(o => o.Run.First.SyntaxTree).Distinct().Any(tree =>
            tree.GetRoot().GetFirstDirective(d => d.IsKind(SyntaxKind.DefineDirectiveTrivia) || d.IsKind(SyntaxKind.UndefDirectiveTrivia)) is not null);

    private static async Task<Extracted> ApplyAsync(
        Solution solution, ExtractionPlan plan, string name, ITypeSymbol? returnType, OutPromise promise, bool startRename, CancellationToken cancellationToken)
    {
        var canonical = plan.Canonical.Run;
        var newLine = await ExtractedMethodSyntax.NewLineAsync(canonical.Document, cancellationToken).ConfigureAwait(false);
        var method = ExtractedMethodSyntax.NewMethod(plan, name, returnType, promise, startRename, newLine);
        var changed = new List<DocumentId>();
        foreach (var group in plan.Occurrences.GroupBy(o => o.Run.Document.Id).Select(g => (Id: g.Key, Occurrences: g.ToList())))
        {
            var document = solution.GetDocument(group.Id)!;
            var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
            var anchor = new SyntaxAnnotation();
            var byContainer = group.Occurrences.GroupBy(o => o.Run.Container).ToDictionary(g => g.Key, g => g.OrderByDescending(o => o.Run.FirstIndex).ToList());
            var insertAfter = group.Id == canonical.Document.Id ? plan.InsertAfter : null;
            var nodes = byContainer.Keys.Concat(insertAfter is null ? Enumerable.Empty<SyntaxNode>() : new SyntaxNode[] { insertAfter });
            root = root.ReplaceNodes(nodes, (original, rewritten) =>
            {
                if (byContainer.TryGetValue(original, out var occurrences))
                {
                    var statements = StatementRun.StatementsOf(rewritten).ToList();
                    foreach (var occurrence in occurrences)
                    {
                        statements.RemoveRange(occurrence.Run.FirstIndex, occurrence.Run.Count);
                        statements.InsertRange(occurrence.Run.FirstIndex, ExtractedMethodSyntax.Call(plan, occurrence, name, newLine));
                    }

                    rewritten = rewritten is BlockSyntax block
                        ? block.WithStatements(List(statements))
                        : ((SwitchSectionSyntax)rewritten).WithStatements(List(statements));
                }

                return original == insertAfter ? rewritten.WithAdditionalAnnotations(anchor) : rewritten;
            });

            if (insertAfter is not null)
            {
                root = root.InsertNodesAfter(root.GetAnnotatedNodes(anchor).Single(), new[] { method });
            }

            solution = document.WithSyntaxRoot(root).Project.Solution;
            changed.Add(group.Id);
        }

        return new Extracted(solution, name, changed.ToImmutableArray());
    }

    /// <summary>No compiler error or warning (counted per ID) that the documents did not have before.</summary>
    private static async Task<bool> CompilesAsCleanlyAsync(Solution before, Solution after, IEnumerable<DocumentId> documents, CancellationToken cancellationToken)
    {
        foreach (var id in documents)
        {
            var old = await CountsAsync(before.GetDocument(id)!, cancellationToken).ConfigureAwait(false);
            var now = await CountsAsync(after.GetDocument(id)!, cancellationToken).ConfigureAwait(false);
            if (now.Any(pair => pair.Value > (old.TryGetValue(pair.Key, out var count) ? count : 0)))
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<Dictionary<string, int>> CountsAsync(Document document, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var counts = new Dictionary<string, int>();
        foreach (var diagnostic in model!.GetDiagnostics(cancellationToken: cancellationToken))
        {
            if (diagnostic.Severity >= DiagnosticSeverity.Warning && !diagnostic.IsSuppressed)
            {
                counts[diagnostic.Id] = counts.TryGetValue(diagnostic.Id, out var count) ? count + 1 : 1;
            }
        }

        return counts;
    }
}
