using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Harness.Analyzers.Redundancy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Harness.Analyzers.CodeFixes.Redundancy.BranchSyntax;
using static Harness.Analyzers.CodeFixes.Redundancy.BranchTrivia;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// <c>if (a) X else X</c> → <c>X</c> (unwrapped into the enclosing block when it declares nothing), and
/// <c>… else if (a) X else X</c> → <c>… else X</c>, only when <see cref="DroppableCondition"/> allows dropping <c>a</c>.
/// </summary>
internal static class ConditionRemoval
{
    private const string ReformatAnnotationKind = "HAR2004.Reformat";

    public static async Task<BranchRewrite?> TryCreateAsync(Document document, IfStatementSyntax owner, CancellationToken cancellationToken)
    {
        var elseClause = owner.Else!;
        if (!BranchEquivalence.AreEquivalentBodies(owner.Statement, elseClause.Statement)
            || DeclaresVariables(owner.Condition)
            || !BranchEquivalence.IsClean(owner.Condition)
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
            return new BranchRewrite("Merge with the 'else' branch", IdenticalBranchesCodeFix.MergeBranchesKey, outerElse, merged);
        }

        return Unwrap(owner, cancellationToken);
    }

    /// <summary>
    /// Replaces <paramref name="owner"/> by its body: the body's statements when the enclosing statement list can take
    /// them (they declare nothing that would change scope), else the body itself; re-indented to the <c>if</c>'s column.
    /// </summary>
    private static BranchRewrite Unwrap(IfStatementSyntax owner, CancellationToken cancellationToken)
    {
        var kept = owner.Statement;
        var parent = owner.Parent;
        IReadOnlyList<StatementSyntax> statements =
            kept is BlockSyntax { Statements.Count: > 0 } block
            && parent is BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax
            && !DeclaresNames(block)
            && !Comments.HasComments(block.OpenBraceToken)
            && !Comments.HasComments(block.CloseBraceToken)
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
            ? new BranchRewrite(title, IdenticalBranchesCodeFix.MergeBranchesKey, global, moved.Select(s => (SyntaxNode)GlobalStatement(s)).ToImmutableArray(), reformat)
            : new BranchRewrite(title, IdenticalBranchesCodeFix.MergeBranchesKey, owner, moved.Cast<SyntaxNode>().ToImmutableArray(), reformat);
    }

    /// <summary>Whether moving the block's statements out of it could clash with, or widen the scope of, a name.</summary>
    private static bool DeclaresNames(BlockSyntax block) =>
        block.Statements.Any(statement =>
            statement is LocalDeclarationStatementSyntax or LocalFunctionStatementSyntax
            || statement.DescendantNodes(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BlockSyntax))
                .Any(node => node is VariableDeclaratorSyntax or SingleVariableDesignationSyntax or ParenthesizedVariableDesignationSyntax));

    /// <summary>A directive anywhere but before the node's first token, which stays where it is.</summary>
    private static bool HasDirectivesAfterFirstToken(SyntaxNode node) =>
        node.DescendantTokens().Skip(1).Any(token => token.ContainsDirectives);
}
