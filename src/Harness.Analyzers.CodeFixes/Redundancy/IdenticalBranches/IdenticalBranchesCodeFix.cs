using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// HAR2004: merges a branch into the identical branch before it, only where evaluation order and side effects stay
/// the same. The earlier copy is kept, with its layout and comments; the later one goes.
/// <list type="bullet">
/// <item><c>if (a) X else if (b) X …</c> → <c>if (a || b) X …</c>, only for adjacent branches whose conditions are
/// <c>bool</c> (a branch between them could be skipped, and <c>||</c> on other types calls operators).</item>
/// <item><c>if (a) X else X</c> → <c>X</c> (unwrapped into the enclosing block when it declares nothing), and
/// <c>… else if (a) X else X</c> → <c>… else X</c>, only when <see cref="DroppableCondition"/> allows dropping <c>a</c>.</item>
/// <item>switch sections: the later section's labels join the earlier section. Adjacent sections keep every label's
/// order; across other sections only constant labels and <c>default</c> move, past sections of constant labels only.
/// Never with <c>when</c> clauses or pattern variables.</item>
/// <item>switch expression arms: <c>p1 =&gt; e, p2 =&gt; e</c> → <c>p1 or p2 =&gt; e</c> (C# 9+), and
/// <c>p1 =&gt; e, _ =&gt; e</c> → <c>_ =&gt; e</c> (when <c>p1</c> calls no property, Deconstruct or indexer); adjacent arms
/// only, no <c>when</c>, no designations.</item>
/// <item><c>c ? x : x</c> → <c>x</c> when <c>c</c> can be dropped and <c>x</c> converts as the conditional did.</item>
/// </list>
/// A fix that would delete a comment not kept elsewhere, or code around a preprocessor directive, is not offered.
/// FixAll applies the fixes of a document one after another, each on the result of the last, in source order, so
/// three identical branches become one as fixing them one at a time would.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(IdenticalBranchesCodeFix))]
public sealed class IdenticalBranchesCodeFix : CodeFixProvider
{
    public const string MergeBranchesKey = "HAR2004.MergeBranches";
    public const string MergeCaseLabelsKey = "HAR2004.MergeCaseLabels";
    public const string MergeSwitchArmsKey = "HAR2004.MergeSwitchArms";
    public const string RemoveConditionalKey = "HAR2004.RemoveConditional";

    private const string TargetAnnotationKind = "HAR2004.Target";
    private const string ReformatAnnotationKind = "HAR2004.Reformat";

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
    /// Fixes the document's diagnostics of the chosen kind in source order, each on the result of the previous fix:
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
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            if (FindTarget(root, diagnostic) is { } target
                && (context.CodeActionEquivalenceKey is null || KeyOf(target) == context.CodeActionEquivalenceKey)
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
    /// switch section (reported at its first label), the later switch arm, or the conditional expression.
    /// </summary>
    private static SyntaxNode? FindTarget(SyntaxNode root, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        if (!diagnostic.Location.IsInSource || !root.FullSpan.Contains(span))
        {
            return null;
        }

        for (var node = root.FindNode(span, getInnermostNodeForTie: true); node is not null && node.Span == span; node = node.Parent)
        {
            switch (node)
            {
                case ConditionalExpressionSyntax:
                case SwitchExpressionArmSyntax:
                    return node;
                case SwitchLabelSyntax { Parent: SwitchSectionSyntax section } when section.Labels[0] == node:
                    return section;
                case StatementSyntax when node.Parent is ElseClauseSyntax || (node.Parent is IfStatementSyntax owner && owner.Statement == node):
                    return node;
            }
        }

        return null;
    }

    private static string KeyOf(SyntaxNode target) => target switch
    {
        ConditionalExpressionSyntax => RemoveConditionalKey,
        SwitchExpressionArmSyntax => MergeSwitchArmsKey,
        SwitchSectionSyntax => MergeCaseLabelsKey,
        _ => MergeBranchesKey,
    };

    private static async Task<Rewrite?> TryRewriteAsync(Document document, SyntaxNode target, CancellationToken cancellationToken)
    {
        var rewrite = target switch
        {
            StatementSyntax body => await BranchAsync(document, body, cancellationToken).ConfigureAwait(false),
            SwitchSectionSyntax section => await SectionAsync(document, section, cancellationToken).ConfigureAwait(false),
            SwitchExpressionArmSyntax arm => Arm(arm),
            ConditionalExpressionSyntax conditional => await ConditionalAsync(document, conditional, cancellationToken).ConfigureAwait(false),
            _ => null,
        };
        return rewrite is not null && KeepsComments(rewrite) ? rewrite : null;
    }

    private static async Task<Document> ApplyAsync(Document document, SyntaxNode root, Rewrite rewrite, CancellationToken cancellationToken)
    {
        var newRoot = rewrite.Replacement.Length == 1
            ? root.ReplaceNode(rewrite.Old, rewrite.Replacement[0])
            : root.ReplaceNode(rewrite.Old, rewrite.Replacement);
        var result = document.WithSyntaxRoot(newRoot);
        return rewrite.Reformat is { } reformat
            ? await Formatter.FormatAsync(result, reformat, cancellationToken: cancellationToken).ConfigureAwait(false)
            : result;
    }

    // ---- if / else if / else ----

    private static async Task<Rewrite?> BranchAsync(Document document, StatementSyntax body, CancellationToken cancellationToken)
    {
        if (body.Parent is IfStatementSyntax later && later.Statement == body)
        {
            return later.Parent is ElseClauseSyntax { Parent: IfStatementSyntax earlier }
                ? await MergeConditionsAsync(document, earlier, later, cancellationToken).ConfigureAwait(false)
                : null;
        }

        return body.Parent is ElseClauseSyntax { Parent: IfStatementSyntax owner } && body is not IfStatementSyntax
            ? await DropConditionAsync(document, owner, cancellationToken).ConfigureAwait(false)
            : null;
    }

    /// <summary><c>if (a) X else if (b) X rest</c> → <c>if (a || b) X rest</c>: <c>b</c> is still evaluated only when <c>a</c> is false.</summary>
    private static async Task<Rewrite?> MergeConditionsAsync(Document document, IfStatementSyntax earlier, IfStatementSyntax later, CancellationToken cancellationToken)
    {
        if (!AreEquivalent(earlier.Statement, later.Statement)
            || DeclaresVariables(earlier.Condition)
            || DeclaresVariables(later.Condition)
            || !IsClean(earlier.Condition)
            || !IsClean(later.Condition)
            || earlier.Else!.ElseKeyword.ContainsDirectives
            || later.IfKeyword.ContainsDirectives
            || later.OpenParenToken.ContainsDirectives
            || later.CloseParenToken.ContainsDirectives)
        {
            return null;
        }

        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null || !IsBoolean(earlier.Condition, model, cancellationToken) || !IsBoolean(later.Condition, model, cancellationToken))
        {
            return null;
        }

        // Comments just inside the later condition's parentheses go along with it.
        var right = later.Condition
            .WithLeadingTrivia(later.OpenParenToken.TrailingTrivia.AddRange(later.Condition.GetLeadingTrivia()))
            .WithTrailingTrivia(later.Condition.GetTrailingTrivia().AddRange(later.CloseParenToken.LeadingTrivia));
        var merged = earlier.WithCondition(Or(earlier.Condition, right)).WithElse(later.Else);
        if (later.Else is null)
        {
            merged = merged.WithStatement(merged.Statement.WithTrailingTrivia(Join(earlier.Statement.GetTrailingTrivia(), later.GetTrailingTrivia())));
        }

        return new Rewrite("Merge with the previous branch (||)", MergeBranchesKey, earlier, merged);
    }

    /// <summary>
    /// <c>if (a) X else X</c> → <c>X</c>, and <c>else if (a) X else X</c> → <c>else X</c>: only when <c>a</c> can go.
    /// </summary>
    private static async Task<Rewrite?> DropConditionAsync(Document document, IfStatementSyntax owner, CancellationToken cancellationToken)
    {
        var elseClause = owner.Else!;
        if (!AreEquivalent(owner.Statement, elseClause.Statement)
            || DeclaresVariables(owner.Condition)
            || !IsClean(owner.Condition)
            || HasDirectivesAfterFirstToken(owner))
        {
            return null;
        }

        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null
            || !DroppableCondition.CanDrop(owner.Condition, ImmutableArray.Create(owner.Condition.Span, elseClause.Statement.Span), model, cancellationToken))
        {
            return null;
        }

        if (owner.Parent is ElseClauseSyntax outerElse)
        {
            var kept = owner.Statement.WithTrailingTrivia(Join(owner.Statement.GetTrailingTrivia(), owner.GetTrailingTrivia()));
            var merged = outerElse
                .WithElseKeyword(outerElse.ElseKeyword.WithTrailingTrivia(owner.CloseParenToken.TrailingTrivia))
                .WithStatement(kept);
            return new Rewrite("Merge with the 'else' branch", MergeBranchesKey, outerElse, merged);
        }

        return Unwrap(owner, cancellationToken);
    }

    /// <summary>
    /// Replaces <paramref name="owner"/> by its body: the body's statements when the enclosing statement list can take
    /// them (they declare nothing that would change scope), else the body itself; re-indented to the <c>if</c>'s column.
    /// </summary>
    private static Rewrite Unwrap(IfStatementSyntax owner, CancellationToken cancellationToken)
    {
        var kept = owner.Statement;
        var parent = owner.Parent;
        IReadOnlyList<StatementSyntax> statements =
            kept is BlockSyntax { Statements.Count: > 0 } block
            && parent is BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax
            && !DeclaresNames(block)
            && !HasComments(block.OpenBraceToken)
            && !HasComments(block.CloseBraceToken)
                ? block.Statements
                : new[] { kept };

        var text = owner.SyntaxTree.GetText(cancellationToken);
        var ifIndent = LineIndent(text, owner.GetFirstToken());
        var firstIndent = LineIndent(text, statements[0].GetFirstToken());
        SyntaxAnnotation? reformat = null;
        var moved = new List<StatementSyntax>(statements.Count);
        foreach (var statement in statements)
        {
            if (ifIndent is null)
            {
                // The 'if' does not start its line: let the formatter place the statements.
                reformat ??= new SyntaxAnnotation(ReformatAnnotationKind);
                moved.Add(statement.WithAdditionalAnnotations(reformat));
            }
            else
            {
                moved.Add(firstIndent is null || firstIndent == ifIndent ? statement : Reindent(statement, text, firstIndent, ifIndent));
            }
        }

        var leading = owner.GetLeadingTrivia();
        if (ifIndent is not null && firstIndent is not null && leading.Count > 0 && leading.Last().IsKind(SyntaxKind.WhitespaceTrivia))
        {
            // The statement brings its own line's indentation.
            leading = leading.RemoveAt(leading.Count - 1);
        }

        moved[0] = moved[0].WithLeadingTrivia(leading.AddRange(moved[0].GetLeadingTrivia()));
        moved[moved.Count - 1] = moved[moved.Count - 1].WithTrailingTrivia(Join(moved[moved.Count - 1].GetTrailingTrivia(), owner.GetTrailingTrivia()));

        const string title = "Remove the condition: both branches are the same";
        return parent is GlobalStatementSyntax global
            ? new Rewrite(title, MergeBranchesKey, global, moved.Select(s => (SyntaxNode)GlobalStatement(s)).ToImmutableArray(), reformat)
            : new Rewrite(title, MergeBranchesKey, owner, moved.Cast<SyntaxNode>().ToImmutableArray(), reformat);
    }

    /// <summary>Whether moving the block's statements out of it could clash with, or widen the scope of, a name.</summary>
    private static bool DeclaresNames(BlockSyntax block) =>
        block.Statements.Any(statement =>
            statement is LocalDeclarationStatementSyntax or LocalFunctionStatementSyntax
            || statement.DescendantNodes(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BlockSyntax))
                .Any(node => node is VariableDeclaratorSyntax or SingleVariableDesignationSyntax or ParenthesizedVariableDesignationSyntax));

    /// <summary>The whitespace before <paramref name="token"/> on its line, or null if something else precedes it there.</summary>
    private static string? LineIndent(SourceText text, SyntaxToken token)
    {
        var line = text.Lines.GetLineFromPosition(token.SpanStart);
        var prefix = text.ToString(TextSpan.FromBounds(line.Start, token.SpanStart));
        return prefix.All(char.IsWhiteSpace) ? prefix : null;
    }

    /// <summary>Moves every line of <paramref name="node"/> that starts with <paramref name="from"/> to start with <paramref name="to"/>.</summary>
    private static TNode Reindent<TNode>(TNode node, SourceText text, string from, string to)
        where TNode : SyntaxNode
    {
        var indents = node.DescendantTrivia()
            .Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia) && text.Lines.GetLineFromPosition(t.SpanStart).Start == t.SpanStart);
        return node.ReplaceTrivia(indents, (original, _) =>
        {
            var whitespace = original.ToString();
            return whitespace.StartsWith(from, StringComparison.Ordinal) ? Whitespace(to + whitespace.Substring(from.Length)) : original;
        });
    }

    private static bool IsBoolean(ExpressionSyntax condition, SemanticModel model, CancellationToken cancellationToken) =>
        model.GetTypeInfo(condition, cancellationToken).Type?.SpecialType == SpecialType.System_Boolean;

    /// <summary><c>left || right</c>, left-associative (both are <c>bool</c>, so regrouping changes nothing), parenthesized as needed.</summary>
    private static ExpressionSyntax Or(ExpressionSyntax left, ExpressionSyntax right)
    {
        if (right is BinaryExpressionSyntax inner && inner.IsKind(SyntaxKind.LogicalOrExpression))
        {
            return Or(Or(left, inner.Left), inner.Right);
        }

        return BinaryExpression(
            SyntaxKind.LogicalOrExpression,
            OrOperand(left).WithTrailingTrivia(TrimEnd(left.GetTrailingTrivia())),
            Token(TriviaList(Space), SyntaxKind.BarBarToken, TriviaList(Space)),
            OrOperand(right).WithLeadingTrivia(TrimStart(right.GetLeadingTrivia())));
    }

    /// <summary>An operand of <c>||</c>: parenthesized if its own operator binds more loosely.</summary>
    private static ExpressionSyntax OrOperand(ExpressionSyntax operand) =>
        operand is ConditionalExpressionSyntax or AssignmentExpressionSyntax or AnonymousFunctionExpressionSyntax or QueryExpressionSyntax
            || operand.IsKind(SyntaxKind.CoalesceExpression)
            ? Parenthesize(operand)
            : operand;

    // ---- switch statement sections ----

    /// <summary>The later section's labels join the first earlier identical section they can join without changing which section a value reaches.</summary>
    private static async Task<Rewrite?> SectionAsync(Document document, SwitchSectionSyntax later, CancellationToken cancellationToken)
    {
        if (later.Parent is not SwitchStatementSyntax switchStatement || !IsComparable(later) || !IsPlain(later))
        {
            return null;
        }

        var sections = switchStatement.Sections;
        var index = sections.IndexOf(later);
        SemanticModel? model = null;
        for (var j = 0; j < index; j++)
        {
            var earlier = sections[j];
            if (!IsComparable(earlier) || !AreEquivalent(earlier.Statements, later.Statements) || !IsPlain(earlier))
            {
                continue;
            }

            if (index - j > 1)
            {
                // Labels move past the sections between: safe only if no value can match both (constants) and no 'when' runs.
                model ??= await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                if (model is null || !HasOnlyConstantLabels(later, model, cancellationToken))
                {
                    return null;
                }

                var between = true;
                for (var k = j + 1; k < index && between; k++)
                {
                    between = HasOnlyConstantLabels(sections[k], model, cancellationToken);
                }

                if (!between)
                {
                    continue;
                }
            }

            return new Rewrite("Move the case labels to the identical section", MergeCaseLabelsKey, switchStatement, MoveLabels(switchStatement, j, index));
        }

        return null;
    }

    private static SwitchStatementSyntax MoveLabels(SwitchStatementSyntax switchStatement, int earlierIndex, int laterIndex)
    {
        var sections = switchStatement.Sections;
        var earlier = sections[earlierIndex];
        var later = sections[laterIndex];
        var moved = later.Labels.ToList();
        var separator = earlier.Labels.Last().GetTrailingTrivia();
        if (separator.Any(SyntaxKind.EndOfLineTrivia))
        {
            // One label per line: the moved labels keep their lines; the last must still end its line.
            var text = switchStatement.SyntaxTree.GetText();
            if (LineIndent(text, later.GetFirstToken()) is null && LineIndent(text, earlier.GetFirstToken()) is { } indent)
            {
                moved[0] = moved[0].WithLeadingTrivia(Whitespace(indent));
            }

            if (!moved[moved.Count - 1].GetTrailingTrivia().Any(SyntaxKind.EndOfLineTrivia))
            {
                moved[moved.Count - 1] = moved[moved.Count - 1].WithTrailingTrivia(separator);
            }
        }
        else
        {
            // 'case 1: X;' on one line: 'case 1: case 3: X;'.
            moved[0] = moved[0].WithLeadingTrivia(TrimStart(moved[0].GetLeadingTrivia()));
            moved[moved.Count - 1] = moved[moved.Count - 1].WithTrailingTrivia(separator);
        }

        var merged = earlier.WithLabels(earlier.Labels.AddRange(moved));
        var result = new List<SwitchSectionSyntax>(sections.Count - 1);
        for (var k = 0; k < sections.Count; k++)
        {
            if (k != laterIndex)
            {
                result.Add(k == earlierIndex ? merged : sections[k]);
            }
        }

        return switchStatement.WithSections(List(result));
    }

    private static bool IsComparable(SwitchSectionSyntax section) =>
        section.Labels.Count > 0
        && section.Statements.Count > 0
        && !(section.Statements.Count == 1 && section.Statements[0] is BreakStatementSyntax)
        && IsClean(section);

    /// <summary>No <c>when</c> clause and no pattern variable in the section's labels.</summary>
    private static bool IsPlain(SwitchSectionSyntax section) =>
        section.Labels.All(label => label is not CasePatternSwitchLabelSyntax pattern
            || (pattern.WhenClause is null && !DeclaresVariables(pattern.Pattern)));

    private static bool HasOnlyConstantLabels(SwitchSectionSyntax section, SemanticModel model, CancellationToken cancellationToken) =>
        section.Labels.All(label => label switch
        {
            DefaultSwitchLabelSyntax => true,
            CaseSwitchLabelSyntax constant => model.GetConstantValue(constant.Value, cancellationToken).HasValue,
            CasePatternSwitchLabelSyntax { WhenClause: null } pattern => IsConstantPattern(pattern.Pattern, model, cancellationToken),
            _ => false,
        });

    private static bool IsConstantPattern(PatternSyntax pattern, SemanticModel model, CancellationToken cancellationToken) => pattern switch
    {
        ConstantPatternSyntax constant => model.GetConstantValue(constant.Expression, cancellationToken).HasValue,
        ParenthesizedPatternSyntax parenthesized => IsConstantPattern(parenthesized.Pattern, model, cancellationToken),
        BinaryPatternSyntax binary when binary.IsKind(SyntaxKind.OrPattern) =>
            IsConstantPattern(binary.Left, model, cancellationToken) && IsConstantPattern(binary.Right, model, cancellationToken),
        _ => false,
    };

    // ---- switch expression arms ----

    /// <summary><c>p1 =&gt; e, p2 =&gt; e</c> → <c>p1 or p2 =&gt; e</c>; <c>p1 =&gt; e, _ =&gt; e</c> → <c>_ =&gt; e</c>.</summary>
    private static Rewrite? Arm(SwitchExpressionArmSyntax later)
    {
        if (later.Parent is not SwitchExpressionSyntax switchExpression)
        {
            return null;
        }

        var arms = switchExpression.Arms;
        var index = arms.IndexOf(later);
        if (index < 1)
        {
            return null;
        }

        var earlier = arms[index - 1];
        if (!IsPlain(earlier)
            || !IsPlain(later)
            || !AreEquivalent(earlier.Expression, later.Expression)
            || arms.GetSeparator(index - 1).ContainsDirectives)
        {
            return null;
        }

        if (later.Pattern is DiscardPatternSyntax)
        {
            // Every value reaches 'e' anyway; but a property, positional or list pattern calls members, which would no
            // longer run.
            if (earlier.Pattern.DescendantNodesAndSelf().Any(node => node is RecursivePatternSyntax or ListPatternSyntax))
            {
                return null;
            }

            return new Rewrite("Merge into the discard arm", MergeSwitchArmsKey, switchExpression, switchExpression.WithArms(arms.RemoveAt(index - 1)));
        }

        if (earlier.Pattern is DiscardPatternSyntax
            || later.SyntaxTree.Options is not CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp9 })
        {
            return null;
        }

        var pattern = BinaryPattern(
            SyntaxKind.OrPattern,
            earlier.Pattern.WithTrailingTrivia(TrimEnd(earlier.Pattern.GetTrailingTrivia())),
            Token(TriviaList(Space), SyntaxKind.OrKeyword, TriviaList(Space)),
            later.Pattern.WithLeadingTrivia(TrimStart(later.Pattern.GetLeadingTrivia())).WithTrailingTrivia(earlier.Pattern.GetTrailingTrivia()));
        var merged = earlier.WithPattern(pattern);
        merged = merged.WithTrailingTrivia(Join(earlier.GetTrailingTrivia(), later.GetTrailingTrivia()));

        // Replace 'earlier, later' (and the comma between them) by the merged arm.
        var items = arms.GetWithSeparators();
        var result = new List<SyntaxNodeOrToken>(items.Count);
        for (var k = 0; k < items.Count; k++)
        {
            if (k == 2 * (index - 1))
            {
                result.Add(merged);
            }
            else if (k != (2 * index) - 1 && k != 2 * index)
            {
                result.Add(items[k]);
            }
        }

        return new Rewrite("Merge with the previous arm (or)", MergeSwitchArmsKey, switchExpression, switchExpression.WithArms(SeparatedList<SwitchExpressionArmSyntax>(result)));
    }

    /// <summary>An arm whose pattern can be joined or dropped: no <c>when</c>, no variables, no <c>var</c>, no <c>throw</c>.</summary>
    private static bool IsPlain(SwitchExpressionArmSyntax arm) =>
        arm.WhenClause is null
        && arm.Expression is not ThrowExpressionSyntax
        && IsClean(arm)
        && !DeclaresVariables(arm.Pattern)
        && !arm.Pattern.DescendantNodesAndSelf().Any(node => node is VarPatternSyntax);

    // ---- conditional expressions ----

    /// <summary><c>c ? x : x</c> → <c>x</c>.</summary>
    private static async Task<Rewrite?> ConditionalAsync(Document document, ConditionalExpressionSyntax conditional, CancellationToken cancellationToken)
    {
        var value = conditional.WhenTrue;
        if (!IsClean(conditional)
            || value is RefExpressionSyntax or ThrowExpressionSyntax
            || !AreEquivalent(value, conditional.WhenFalse)
            || DeclaresVariables(conditional))
        {
            return null;
        }

        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null
            || !DroppableCondition.CanDrop(conditional.Condition, ImmutableArray.Create(conditional.Condition.Span, conditional.WhenFalse.Span), model, cancellationToken)
            || !ConvertsAlike(conditional, model, cancellationToken))
        {
            return null;
        }

        var replacement = value is AssignmentExpressionSyntax or AnonymousFunctionExpressionSyntax ? Parenthesize(value) : value;
        replacement = replacement.WithLeadingTrivia(conditional.GetLeadingTrivia()).WithTrailingTrivia(conditional.GetTrailingTrivia());
        return new Rewrite("Replace with the value of both branches", RemoveConditionalKey, conditional, replacement);
    }

    /// <summary>
    /// Whether the value converts where it stands as the conditional did. Both have the same type; but a constant or
    /// target-typed value (<c>1</c>, <c>null</c>, <c>$"…"</c>, a lambda, a tuple literal) may convert to more types than
    /// the conditional and so pick another overload: such a value is taken only where no overload is chosen
    /// (initializer, <c>return</c>, <c>=&gt;</c>, <c>yield return</c>, assignment) and the conversion is the identity.
    /// </summary>
    private static bool ConvertsAlike(ConditionalExpressionSyntax conditional, SemanticModel model, CancellationToken cancellationToken)
    {
        var info = model.GetTypeInfo(conditional, cancellationToken);
        var valueType = model.GetTypeInfo(conditional.WhenTrue, cancellationToken).Type;
        if (info.Type is null || valueType is null || !SymbolEqualityComparer.Default.Equals(info.Type, valueType))
        {
            return false;
        }

        var value = WalkDownParentheses(conditional.WhenTrue);
        var mayConvertMore = model.GetConstantValue(conditional.WhenTrue, cancellationToken).HasValue
            || value is LiteralExpressionSyntax or InterpolatedStringExpressionSyntax or AnonymousFunctionExpressionSyntax or TupleExpressionSyntax
                or ImplicitObjectCreationExpressionSyntax or SwitchExpressionSyntax or ConditionalExpressionSyntax
                or StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax;
        return !mayConvertMore
            || (SymbolEqualityComparer.Default.Equals(info.ConvertedType, info.Type) && IsPlainValueContext(conditional));
    }

    private static bool IsPlainValueContext(ExpressionSyntax expression)
    {
        SyntaxNode node = expression;
        while (node.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            node = parenthesized;
        }

        return node.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax } => true,
            ReturnStatementSyntax => !node.Ancestors().TakeWhile(a => a is not MemberDeclarationSyntax).Any(a => a is AnonymousFunctionExpressionSyntax),
            ArrowExpressionClauseSyntax => true,
            YieldStatementSyntax => true,
            AssignmentExpressionSyntax assignment => assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Right == node,
            _ => false,
        };
    }

    // ---- shared ----

    private static bool AreEquivalent(StatementSyntax earlier, StatementSyntax later) =>
        IsComparable(earlier) && IsComparable(later) && AreEquivalent((SyntaxNode)Unwrap(earlier), Unwrap(later));

    private static bool AreEquivalent(SyntaxList<StatementSyntax> earlier, SyntaxList<StatementSyntax> later)
    {
        if (earlier.Count != later.Count)
        {
            return false;
        }

        for (var i = 0; i < earlier.Count; i++)
        {
            if (!AreEquivalent((SyntaxNode)earlier[i], later[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AreEquivalent(SyntaxNode earlier, SyntaxNode later) =>
        earlier.RawKind == later.RawKind && IsClean(earlier) && IsClean(later) && earlier.IsEquivalentTo(later, topLevel: false);

    private static bool IsComparable(StatementSyntax body) =>
        body is not EmptyStatementSyntax && !(body is BlockSyntax { Statements.Count: 0 }) && IsClean(body);

    private static bool IsClean(SyntaxNode node) => !node.ContainsDiagnostics && !node.ContainsDirectives && !node.IsMissing;

    /// <summary>A block of one statement stands for that statement, as the analyzer compares them.</summary>
    private static StatementSyntax Unwrap(StatementSyntax statement)
    {
        while (statement is BlockSyntax { Statements.Count: 1 } block)
        {
            statement = block.Statements[0];
        }

        return statement;
    }

    /// <summary>Whether <paramref name="node"/> declares a variable (pattern, <c>out var</c>, deconstruction), lambdas aside.</summary>
    private static bool DeclaresVariables(SyntaxNode node) =>
        node.DescendantNodesAndSelf(n => n is not AnonymousFunctionExpressionSyntax)
            .Any(n => n is SingleVariableDesignationSyntax or ParenthesizedVariableDesignationSyntax);

    /// <summary>A directive anywhere but before the node's first token, which stays where it is.</summary>
    private static bool HasDirectivesAfterFirstToken(SyntaxNode node) =>
        node.DescendantTokens().Skip(1).Any(token => token.ContainsDirectives);

    private static bool HasComments(SyntaxToken token) =>
        token.LeadingTrivia.Any(IsComment) || token.TrailingTrivia.Any(IsComment);

    private static bool IsComment(SyntaxTrivia trivia) =>
        trivia.IsKind(SyntaxKind.SingleLineCommentTrivia)
        || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia)
        || trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)
        || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia);

    /// <summary>Every comment of the replaced code survives in the replacement (the copy's comments may repeat the kept ones').</summary>
    private static bool KeepsComments(Rewrite rewrite)
    {
        var kept = new HashSet<string>(
            rewrite.Replacement.SelectMany(node => node.DescendantTrivia()).Where(IsComment).Select(t => t.ToFullString().Trim()),
            StringComparer.Ordinal);
        return rewrite.Old.DescendantTrivia().Where(IsComment).All(t => kept.Contains(t.ToFullString().Trim()));
    }

    /// <summary>The trivia that ends what is kept: its own, unless that is mere spaces and the removed code ended a line.</summary>
    private static SyntaxTriviaList Join(SyntaxTriviaList kept, SyntaxTriviaList removed) =>
        kept.All(t => t.IsKind(SyntaxKind.WhitespaceTrivia)) ? removed : kept;

    private static SyntaxTriviaList TrimStart(SyntaxTriviaList trivia)
    {
        var skip = 0;
        while (skip < trivia.Count && (trivia[skip].IsKind(SyntaxKind.WhitespaceTrivia) || trivia[skip].IsKind(SyntaxKind.EndOfLineTrivia)))
        {
            skip++;
        }

        return TriviaList(trivia.Skip(skip));
    }

    /// <summary>Drops trailing spaces and line ends, unless a <c>//</c> comment needs its line end.</summary>
    private static SyntaxTriviaList TrimEnd(SyntaxTriviaList trivia)
    {
        if (trivia.Any(SyntaxKind.SingleLineCommentTrivia))
        {
            return trivia;
        }

        var count = trivia.Count;
        while (count > 0 && (trivia[count - 1].IsKind(SyntaxKind.WhitespaceTrivia) || trivia[count - 1].IsKind(SyntaxKind.EndOfLineTrivia)))
        {
            count--;
        }

        return TriviaList(trivia.Take(count));
    }

    private static ExpressionSyntax Parenthesize(ExpressionSyntax expression) =>
        ParenthesizedExpression(
                Token(SyntaxTriviaList.Empty, SyntaxKind.OpenParenToken, SyntaxTriviaList.Empty),
                expression.WithoutTrivia(),
                Token(SyntaxTriviaList.Empty, SyntaxKind.CloseParenToken, SyntaxTriviaList.Empty))
            .WithTriviaFrom(expression);

    private static ExpressionSyntax WalkDownParentheses(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    /// <summary>One fix: <see cref="Old"/> (in the document's current tree) is replaced by <see cref="Replacement"/>.</summary>
    private sealed class Rewrite
    {
        public Rewrite(string title, string key, SyntaxNode old, SyntaxNode replacement)
            : this(title, key, old, ImmutableArray.Create(replacement), reformat: null)
        {
        }

        public Rewrite(string title, string key, SyntaxNode old, ImmutableArray<SyntaxNode> replacement, SyntaxAnnotation? reformat)
        {
            Title = title;
            Key = key;
            Old = old;
            Replacement = replacement;
            Reformat = reformat;
        }

        public string Title { get; }

        public string Key { get; }

        public SyntaxNode Old { get; }

        public ImmutableArray<SyntaxNode> Replacement { get; }

        /// <summary>Marks the nodes the formatter must place, if any.</summary>
        public SyntaxAnnotation? Reformat { get; }
    }
}
