using System.Collections.Generic;
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
/// Switch sections: the later section's labels join the earlier identical section. Adjacent sections keep every
/// label's order; across other sections only constant labels and <c>default</c> move, past sections of constant labels
/// only. Never with <c>when</c> clauses or pattern variables.
/// </summary>
internal static class SwitchSectionMerge
{
    /// <summary>The later section's labels join the first earlier identical section they can join without changing which section a value reaches.</summary>
    public static async Task<BranchRewrite?> TryCreateAsync(Document document, SwitchSectionSyntax later, CancellationToken cancellationToken)
    {
        if (later.Parent is not SwitchStatementSyntax switchStatement || !BranchEquivalence.IsComparable(later) || !IsPlain(later))
        {
            return null;
        }

        var sections = switchStatement.Sections;
        var index = sections.IndexOf(later);
        SemanticModel? model = null;
        for (var j = 0; j < index; j++)
        {
            var earlier = sections[j];
            if (!BranchEquivalence.IsComparable(earlier) || !BranchEquivalence.AreEquivalent(earlier.Statements, later.Statements) || !IsPlain(earlier))
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

            return new BranchRewrite("Move the case labels to the identical section", IdenticalBranchesCodeFix.MergeCaseLabelsKey, switchStatement, MoveLabels(switchStatement, j, index));
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
}
