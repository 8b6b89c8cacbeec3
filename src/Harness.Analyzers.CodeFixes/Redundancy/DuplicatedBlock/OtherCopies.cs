using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Harness.Analyzers.Redundancy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>Copies of a block beyond the two a finding links, which one extraction replaces too.</summary>
internal static class OtherCopies
{
    /// <summary>
    /// Further copies of the block in the declarations of the same type (every part of a partial type), in the files
    /// the analyzer looks at (<see cref="RedundancyScope"/>: not generated, not excluded).
    /// </summary>
    public static async Task<List<BlockOccurrence>> FindAsync(Solution solution, BlockOccurrence first, BlockOccurrence second, CancellationToken cancellationToken)
    {
        var copies = new List<BlockOccurrence>();
        var shape = Shape(first.Run.Statements);
        var scope = RedundancyScope.Load(first.Run.Document.Project.AnalyzerOptions, cancellationToken);
        foreach (var reference in first.Flow.ContainingType.DeclaringSyntaxReferences)
        {
            if (solution.GetDocument(reference.SyntaxTree) is not { } document || !scope.Includes(reference.SyntaxTree)
                || await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not TypeDeclarationSyntax declaration)
            {
                continue;
            }

            SemanticModel? model = null;
            foreach (var container in declaration.DescendantNodes(n => n == declaration || n is not BaseTypeDeclarationSyntax))
            {
                var statements = StatementRun.StatementsOf(container);
                for (var i = 0; i + first.Run.Count <= statements.Count; i++)
                {
                    if (statements[i].RawKind != first.Run.First.RawKind || !SameShape(shape, statements, i, first.Run.Count))
                    {
                        continue;
                    }

                    model ??= await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                    var run = StatementRun.At(document, model!, container, i, first.Run.Count);
                    if (run.Overlaps(first.Run) || run.Overlaps(second.Run) || copies.Any(c => c.Run.Overlaps(run)))
                    {
                        continue;
                    }

                    if (BlockOccurrence.Create(run, cancellationToken) is { } copy && BlockCloneMatch.Match(first.Symbols, copy.Symbols) is not null
                        && SymbolEqualityComparer.Default.Equals(copy.Flow.ContainingType, first.Flow.ContainingType))
                    {
                        copies.Add(copy);
                    }
                }
            }
        }

        return copies;
    }

    /// <summary>
    /// The kinds of the tokens, and the text of those that are no identifiers or literals (-1: any literal): a cheap
    /// filter before binding.
    /// </summary>
    public static List<(int Kind, string? Text)> Shape(IEnumerable<StatementSyntax> statements) =>
        statements.SelectMany(s => s.DescendantTokens())
            .Select(t => BlockCloneMatch.IsLiteral(t) ? (-1, null) : (t.RawKind, t.IsKind(SyntaxKind.IdentifierToken) ? null : t.Text))
            .ToList();

    private static bool SameShape(List<(int Kind, string? Text)> shape, SyntaxList<StatementSyntax> statements, int first, int count)
    {
        var i = 0;
        for (var s = first; s < first + count; s++)
        {
            foreach (var token in statements[s].DescendantTokens())
            {
                if (i >= shape.Count || (shape[i].Kind == -1 ? !BlockCloneMatch.IsLiteral(token) : shape[i].Kind != token.RawKind)
                    || (shape[i].Text is { } text && text != token.Text))
                {
                    return false;
                }

                i++;
            }
        }

        return i == shape.Count;
    }
}
