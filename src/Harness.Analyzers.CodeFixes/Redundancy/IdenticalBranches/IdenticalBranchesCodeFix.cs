using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Harness.Analyzers.Redundancy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// HAR2004: merges a branch into the identical branch before it, only where evaluation order and side effects stay
/// the same. The earlier copy is kept, with its layout and comments; the later one goes. One rewrite per construct:
/// <list type="bullet">
/// <item><see cref="ConditionMerge"/>: <c>if (a) X else if (b) X …</c> → <c>if (a || b) X …</c>.</item>
/// <item><see cref="ConditionRemoval"/>: <c>if (a) X else X</c> → <c>X</c>, and <c>… else if (a) X else X</c> → <c>… else X</c>.</item>
/// <item><see cref="SwitchSectionMerge"/>: the later switch section's labels join the earlier section.</item>
/// <item><see cref="SwitchArmMerge"/>: <c>p1 =&gt; e, p2 =&gt; e</c> → <c>p1 or p2 =&gt; e</c>, and <c>p1 =&gt; e, _ =&gt; e</c> → <c>_ =&gt; e</c>.</item>
/// <item><see cref="ConditionalRemoval"/>: <c>c ? x : x</c> → <c>x</c>.</item>
/// </list>
/// What counts as identical is the analyzer's own <see cref="Harness.Analyzers.Redundancy.BranchEquivalence"/>, checked
/// again on the tree being rewritten. A fix that would delete a comment not kept elsewhere, or code around a
/// preprocessor directive, is not offered. FixAll applies the fixes of a document one after another, each on the result
/// of the last, in source order, so three identical branches become one as fixing them one at a time would. It fixes
/// every finding of the rule, whichever kind of fix started it: <c>dotnet format analyzers</c> passes the key of the
/// first finding's fix, and the other kinds would be left.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(IdenticalBranchesCodeFix))]
public sealed class IdenticalBranchesCodeFix : CodeFixProvider
{
    public const string MergeBranchesKey = "HAR2004.MergeBranches";
    public const string MergeCaseLabelsKey = "HAR2004.MergeCaseLabels";
    public const string MergeSwitchArmsKey = "HAR2004.MergeSwitchArms";
    public const string RemoveConditionalKey = "HAR2004.RemoveConditional";

    private const string TargetAnnotationKind = "HAR2004.Target";

    private static readonly FixAllProvider FixAll = FixAllProvider.Create(
        FixAllInDocumentAsync, ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution));

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.IdenticalBranches);

    public override FixAllProvider GetFixAllProvider() => FixAll;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (FindTarget(root, diagnostic) is not { } target
                || await TryRewriteAsync(document, target, context.CancellationToken).ConfigureAwait(false) is not { } rewrite)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(rewrite.Title, cancellationToken => ApplyAsync(document, root, rewrite, cancellationToken), rewrite.Key),
                diagnostic);
        }
    }

    /// <summary>
    /// Fixes the document's diagnostics in source order, each on the result of the previous fix:
    /// their targets are marked first, and each is checked again where it stands when its turn comes.
    /// </summary>
    private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var cancellationToken = context.CancellationToken;
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var marks = new Dictionary<SyntaxNode, SyntaxAnnotation>();
        var order = new List<SyntaxAnnotation>();
        foreach (var found in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            if (await CurrentFinding.InAsync(document.Project.Solution, found, cancellationToken).ConfigureAwait(false) is { } diagnostic
                && FindTarget(root, diagnostic) is { } target
                && !marks.ContainsKey(target))
            {
                var mark = new SyntaxAnnotation(TargetAnnotationKind);
                marks.Add(target, mark);
                order.Add(mark);
            }
        }

        if (order.Count == 0)
        {
            return document;
        }

        var current = document.WithSyntaxRoot(root.ReplaceNodes(marks.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(marks[original])));
        foreach (var mark in order)
        {
            var currentRoot = await current.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (currentRoot?.GetAnnotatedNodes(mark).FirstOrDefault() is { } target
                && await TryRewriteAsync(current, target, cancellationToken).ConfigureAwait(false) is { } rewrite)
            {
                current = await ApplyAsync(current, currentRoot, rewrite, cancellationToken).ConfigureAwait(false);
            }
        }

        return current;
    }

    /// <summary>
    /// The node a diagnostic is about: the later branch's body (a statement under <c>if</c> or <c>else</c>), the later
    /// switch section (reported at its first label), the later switch arm, or the conditional expression. The analyzer
    /// names the construct (<see cref="IdenticalBranchesAnalyzer.ConstructProperty"/>): only that one is looked for,
    /// and a diagnostic whose construct is no longer at its location gets no fix. One without the property (from an
    /// older analyzer) takes the first construct found there.
    /// </summary>
    private static SyntaxNode? FindTarget(SyntaxNode root, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        if (!diagnostic.Location.IsInSource || !root.FullSpan.Contains(span))
        {
            return null;
        }

        var construct = diagnostic.Properties.TryGetValue(IdenticalBranchesAnalyzer.ConstructProperty, out var named) ? named : null;
        for (var node = root.FindNode(span, getInnermostNodeForTie: true); node is not null && node.Span == span; node = node.Parent)
        {
            if (TargetAt(node, construct) is { } target)
            {
                return target;
            }
        }

        return null;
    }

    /// <summary>The target this node stands for, if it is the named construct (any construct when none is named).</summary>
    private static SyntaxNode? TargetAt(SyntaxNode node, string? construct) => node switch
    {
        ConditionalExpressionSyntax when Is(construct, IdenticalBranchesAnalyzer.ConditionalKind) => node,
        SwitchExpressionArmSyntax when Is(construct, IdenticalBranchesAnalyzer.SwitchArmKind) => node,
        SwitchLabelSyntax { Parent: SwitchSectionSyntax section } when Is(construct, IdenticalBranchesAnalyzer.SwitchSectionKind) && section.Labels[0] == node => section,
        StatementSyntax when Is(construct, IdenticalBranchesAnalyzer.BranchKind)
            && (node.Parent is ElseClauseSyntax || (node.Parent is IfStatementSyntax owner && owner.Statement == node)) => node,
        _ => null,
    };

    private static bool Is(string? construct, string kind) => construct is null || construct == kind;

    private static async Task<BranchRewrite?> TryRewriteAsync(Document document, SyntaxNode target, CancellationToken cancellationToken)
    {
        var rewrite = target switch
        {
            StatementSyntax body => await BranchAsync(document, body, cancellationToken).ConfigureAwait(false),
            SwitchSectionSyntax section => await SwitchSectionMerge.TryCreateAsync(document, section, cancellationToken).ConfigureAwait(false),
            SwitchExpressionArmSyntax arm => SwitchArmMerge.TryCreate(arm),
            ConditionalExpressionSyntax conditional => await ConditionalRemoval.TryCreateAsync(document, conditional, cancellationToken).ConfigureAwait(false),
            _ => null,
        };
        return rewrite is not null && rewrite.KeepsComments() ? rewrite : null;
    }

    /// <summary>A later <c>else if</c> body merges into the branch before it; a final <c>else</c> body drops the condition.</summary>
    private static async Task<BranchRewrite?> BranchAsync(Document document, StatementSyntax body, CancellationToken cancellationToken)
    {
        if (body.Parent is IfStatementSyntax later && later.Statement == body)
        {
            return later.Parent is ElseClauseSyntax { Parent: IfStatementSyntax earlier }
                ? await ConditionMerge.TryCreateAsync(document, earlier, later, cancellationToken).ConfigureAwait(false)
                : null;
        }

        return body.Parent is ElseClauseSyntax { Parent: IfStatementSyntax owner } && body is not IfStatementSyntax
            ? await ConditionRemoval.TryCreateAsync(document, owner, cancellationToken).ConfigureAwait(false)
            : null;
    }

    private static async Task<Document> ApplyAsync(Document document, SyntaxNode root, BranchRewrite rewrite, CancellationToken cancellationToken)
    {
        var newRoot = rewrite.Replacement.Length == 1
            ? root.ReplaceNode(rewrite.Old, rewrite.Replacement[0])
            : root.ReplaceNode(rewrite.Old, rewrite.Replacement);
        var result = document.WithSyntaxRoot(newRoot);
        return rewrite.Reformat is { } reformat
            ? await Formatter.FormatAsync(result, reformat, cancellationToken: cancellationToken).ConfigureAwait(false)
            : result;
    }
}
