using System;
using System.Collections.Immutable;
using System.Linq;
using Harness.Analyzers.Baseline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// HAR2004: a branch that repeats an earlier branch of the same decision, live in the editor from syntax alone.
/// <list type="bullet">
/// <item>if / else-if chains: the body of a later branch (the final <c>else</c> included) equal to an earlier body,
/// reported at the later body, unless the two conditions are separate reasons (<see cref="SeparateReasons"/>).</item>
/// <item>switch statements: a section whose statements equal an earlier section's, reported at its first label;
/// sections that are a lone <c>break;</c> are not compared.</item>
/// <item>switch expressions: an arm whose expression equals an earlier arm's, reported at the arm;
/// <c>throw</c> expressions, short values and choices among constants (each key's entry of a table) are not compared.</item>
/// <item>conditional expressions <c>c ? x : x</c>, reported at the whole expression.</item>
/// </list>
/// "Equal" is <see cref="SyntaxNode.IsEquivalentTo(SyntaxNode, bool)"/>: same tokens, whatever the layout and comments;
/// a block holding one statement equals that statement. Not compared: empty branches, branches with syntax errors or
/// preprocessor directives (they may differ in another build configuration), and branches whose condition, label or
/// pattern declares a variable their body uses (<c>case int n: … n …</c> and <c>case long n: … n …</c> read alike but
/// are not the same code). The earlier twin is the additional location, and its line is in the message. The construct
/// (one of the <c>...Kind</c> constants) is the property <see cref="ConstructProperty"/>, so the fix looks for that one.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class IdenticalBranchesAnalyzer : DiagnosticAnalyzer
{
    internal const string BranchKind = "branch";
    internal const string SwitchSectionKind = "switch section";
    internal const string SwitchArmKind = "switch arm";
    internal const string ConditionalKind = "conditional expression's false branch";

    /// <summary>The property that names the construct a finding is about: <see cref="BranchKind"/>, <see cref="SwitchSectionKind"/>, ...</summary>
    internal const string ConstructProperty = "HarnessConstruct";

    private const int MinArmTokens = 10;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.IdenticalBranches, Descriptors.StaleBaselineEntry);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // Duplicates are rare, so the scope (excluded paths, generated code) is asked only when one is found.
            var scope = RedundancyScope.Load(start);
            var ledger = BaselineLedger.Start(start, SupportedDiagnostics);
            start.RegisterSyntaxTreeAction(tree => AnalyzeTree(tree, scope, ledger.Counting(tree.ReportDiagnostic)));
            ledger.RegisterStaleCheck(start, SupportedDiagnostics);
        });
    }

    /// <summary>
    /// One tree action per document: the rule needs syntax only, and syntax-node actions would make the driver build
    /// semantic models for every declaration (measured: about 17% of a real compile). It does not walk the document
    /// either (a walk of every node costs a few percent of a compile): the decisions are found from their keywords in
    /// the text, each once: an if chain from the <c>else</c> of its first <c>if</c>, a switch from its <c>switch</c>,
    /// a conditional expression from its <c>?</c>.
    /// </summary>
    private static void AnalyzeTree(SyntaxTreeAnalysisContext context, RedundancyScope scope, Action<Diagnostic> report)
    {
        var root = context.Tree.GetRoot(context.CancellationToken);
        var text = context.Tree.GetText(context.CancellationToken).ToString();
        foreach (var keyword in TokenCandidates.Find(root, text, "else", SyntaxKind.ElseKeyword))
        {
            if (keyword.Parent?.Parent is IfStatementSyntax owner)
            {
                AnalyzeIf(owner, report, scope);
            }
        }

        foreach (var keyword in TokenCandidates.Find(root, text, "switch", SyntaxKind.SwitchKeyword))
        {
            switch (keyword.Parent)
            {
                case SwitchStatementSyntax statement:
                    AnalyzeSwitchStatement(statement, report, scope);
                    break;
                case SwitchExpressionSyntax expression:
                    AnalyzeSwitchExpression(expression, report, scope);
                    break;
            }
        }

        foreach (var question in TokenCandidates.Find(root, text, "?", SyntaxKind.QuestionToken))
        {
            if (question.Parent is ConditionalExpressionSyntax conditional)
            {
                AnalyzeConditional(conditional, report, scope);
            }
        }
    }

    private static void AnalyzeIf(SyntaxNode node, Action<Diagnostic> report, RedundancyScope scope)
    {
        var head = (IfStatementSyntax)node;
        if (head.Parent is ElseClauseSyntax || head.Else is null)
        {
            // The chain is analysed once, from its first 'if'; an 'if' without 'else' is no chain.
            return;
        }

        // Only a branch and the one just before it: merging branches that are apart would change which condition
        // is tested first.
        var earlier = head;
        for (var later = head.Else; later is not null; later = NextElse(later))
        {
            var laterBody = BranchBody(later, out var laterHeader);
            var earlierBody = earlier.Statement;
            if (BranchEquivalence.AreEquivalentBodies(earlierBody, laterBody, scope.Settings.BranchStatements)
                && !UsesOwnVariables(earlier.Condition, earlierBody)
                && !UsesOwnVariables(laterHeader, laterBody)
                && !SeparateReasons.Are(earlier.Condition, laterHeader))
            {
                Report(report, scope, laterBody, earlierBody, BranchKind);
            }

            if (later.Statement is not IfStatementSyntax next)
            {
                break;
            }

            earlier = next;
        }
    }

    /// <summary>The else clause after <paramref name="elseClause"/> in the chain, if its statement is an else-if.</summary>
    private static ElseClauseSyntax? NextElse(ElseClauseSyntax elseClause) => (elseClause.Statement as IfStatementSyntax)?.Else;

    /// <summary>The body an else clause leads to: the else-if's statement (with its condition as header), or the final else's.</summary>
    private static StatementSyntax BranchBody(ElseClauseSyntax elseClause, out ExpressionSyntax? header)
    {
        if (elseClause.Statement is IfStatementSyntax elseIf)
        {
            header = elseIf.Condition;
            return elseIf.Statement;
        }

        header = null;
        return elseClause.Statement;
    }

    private static void AnalyzeSwitchStatement(SyntaxNode node, Action<Diagnostic> report, RedundancyScope scope)
    {
        var sections = ((SwitchStatementSyntax)node).Sections;
        for (var i = 1; i < sections.Count; i++)
        {
            var later = sections[i];
            if (!BranchEquivalence.IsComparable(later, scope.Settings.BranchStatements))
            {
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                var earlier = sections[j];
                if (BranchEquivalence.IsComparable(earlier, scope.Settings.BranchStatements)
                    && BranchEquivalence.AreEquivalent(earlier.Statements, later.Statements)
                    && !UsesOwnVariables(earlier.Labels, earlier.Statements)
                    && !UsesOwnVariables(later.Labels, later.Statements))
                {
                    Report(report, scope, later.Labels[0], earlier.Labels[0], SwitchSectionKind);
                    break;
                }
            }
        }
    }

    private static void AnalyzeSwitchExpression(SyntaxNode node, Action<Diagnostic> report, RedundancyScope scope)
    {
        var arms = ((SwitchExpressionSyntax)node).Arms;
        for (var i = 1; i < arms.Count; i++)
        {
            var later = arms[i];
            if (!IsComparableArm(later.Expression, scope.Settings.BranchStatements))
            {
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                var earlier = arms[j];
                if (IsComparableArm(earlier.Expression, scope.Settings.BranchStatements)
                    && BranchEquivalence.AreEquivalent(earlier.Expression, later.Expression)
                    && !UsesOwnVariables(earlier.Pattern, earlier.Expression)
                    && !UsesOwnVariables(later.Pattern, later.Expression))
                {
                    Report(report, scope, later, earlier, SwitchArmKind);
                    break;
                }
            }
        }
    }

    private static void AnalyzeConditional(SyntaxNode node, Action<Diagnostic> report, RedundancyScope scope)
    {
        var conditional = (ConditionalExpressionSyntax)node;
        if (IsComparable(conditional.WhenTrue)
            && IsComparable(conditional.WhenFalse)
            && BranchEquivalence.AreEquivalent(conditional.WhenTrue, conditional.WhenFalse))
        {
            Report(report, scope, conditional, conditional.WhenTrue, ConditionalKind);
        }
    }

    private static void Report(Action<Diagnostic> report, RedundancyScope scope, SyntaxNode at, SyntaxNode twin, string kind)
    {
        var tree = at.SyntaxTree;
        if (!scope.Includes(tree))
        {
            return;
        }

        var twinLocation = twin.GetLocation();
        var twinLine = twinLocation.GetLineSpan().StartLinePosition.Line + 1;
        report(Finding.Create(
            Descriptors.IdenticalBranches,
            at.GetLocation(),
            ImmutableArray.Create(twinLocation),
            ImmutableDictionary<string, string?>.Empty.Add(ConstructProperty, kind),
            kind,
            twinLine));
    }

    private static bool IsComparable(ExpressionSyntax expression) =>
        expression is not ThrowExpressionSyntax && BranchEquivalence.IsClean(expression);

    /// <summary>
    /// An arm whose value is short (<c>2 => "two"</c>) is an entry of a lookup table, where equal values are correct; so
    /// is an arm whose value is a choice among constants (<see cref="IsChoiceAmongConstants"/>).
    /// </summary>
    private static bool IsComparableArm(ExpressionSyntax expression, int minStatements) =>
        IsComparable(expression)
        && (minStatements <= 1 || (expression.DescendantTokens().Take(MinArmTokens).Count() == MinArmTokens && !IsChoiceAmongConstants(expression)));

    /// <summary>
    /// A nested table (<c>category switch { One => Form.Singular, _ => Form.Default }</c>) or a rule whose every outcome is
    /// a constant (<c>i == 1 ? Category.One : v != 0 ? Category.Few : Category.Other</c>): each key's own entry, as the
    /// plural rules of French and Portuguese are, equal today by the data, not copied (reviewers left them).
    /// </summary>
    private static bool IsChoiceAmongConstants(ExpressionSyntax expression) => expression switch
    {
        SwitchExpressionSyntax table => table.Arms.All(arm => IsOutcome(arm.Expression)),
        ConditionalExpressionSyntax rule => IsOutcome(rule.WhenTrue) && IsOutcome(rule.WhenFalse),
        ParenthesizedExpressionSyntax inner => IsChoiceAmongConstants(inner.Expression),
        _ => false,
    };

    private static bool IsOutcome(ExpressionSyntax expression) =>
        expression is ThrowExpressionSyntax || ConstantValue.Is(expression) || IsChoiceAmongConstants(expression);

    /// <summary>
    /// Whether <paramref name="header"/> (a condition, pattern or label) declares a variable that <paramref name="body"/>
    /// names: then two bodies that read alike may mean different things (<c>int n</c> and <c>long n</c>).
    /// Runs only for branches already found equivalent.
    /// </summary>
    private static bool UsesOwnVariables(SyntaxNode? header, SyntaxNode body)
    {
        if (header is null)
        {
            return false;
        }

        foreach (var node in header.DescendantNodesAndSelf())
        {
            if (node is SingleVariableDesignationSyntax designation && IdentifierTokens.Mention(body, designation.Identifier.ValueText))
            {
                return true;
            }
        }

        return false;
    }

    private static bool UsesOwnVariables(SyntaxList<SwitchLabelSyntax> labels, SyntaxList<StatementSyntax> statements)
    {
        foreach (var label in labels)
        {
            if (label is CasePatternSwitchLabelSyntax)
            {
                foreach (var statement in statements)
                {
                    if (UsesOwnVariables(label, statement))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
