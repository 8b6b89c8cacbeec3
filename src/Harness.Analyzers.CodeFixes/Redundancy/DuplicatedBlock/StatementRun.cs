using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// A run of consecutive statements of one block or switch section (one occurrence of a duplicated block), with the
/// document and semantic model it was found in.
/// </summary>
internal sealed class StatementRun
{
    private StatementRun(Document document, SemanticModel model, SyntaxNode container, SyntaxList<StatementSyntax> siblings, int firstIndex, int count)
    {
        Document = document;
        Model = model;
        Container = container;
        FirstIndex = firstIndex;
        Count = count;
        Statements = siblings.Skip(firstIndex).Take(count).ToList();
    }

    public Document Document { get; }

    public SemanticModel Model { get; }

    /// <summary>The <see cref="BlockSyntax"/> or <see cref="SwitchSectionSyntax"/> whose statements these are.</summary>
    public SyntaxNode Container { get; }

    public int FirstIndex { get; }

    public int Count { get; }

    public IReadOnlyList<StatementSyntax> Statements { get; }

    public StatementSyntax First => Statements[0];

    public StatementSyntax Last => Statements[Statements.Count - 1];

    public TextSpan Span => TextSpan.FromBounds(First.SpanStart, Last.Span.End);

    public string Path => Document.FilePath ?? Document.Name;

    /// <summary>The run at <paramref name="span"/> in <paramref name="document"/> (see <see cref="Find"/>).</summary>
    public static async Task<StatementRun?> FindAsync(Document document, TextSpan span, int? count, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return root is null || model is null ? null : Find(document, root, model, span, count);
    }

    /// <summary>
    /// The run that starts exactly at <paramref name="span"/>'s start: <paramref name="count"/> statements, or (when null)
    /// the statements up to exactly <paramref name="span"/>'s end. Null when the span does not line up with statements.
    /// </summary>
    public static StatementRun? Find(Document document, SyntaxNode root, SemanticModel model, TextSpan span, int? count)
    {
        if (span.Start >= root.FullSpan.End)
        {
            return null;
        }

        for (var node = root.FindToken(span.Start).Parent; node is not null and not MemberDeclarationSyntax; node = node.Parent)
        {
            if (node is not StatementSyntax statement || statement.SpanStart != span.Start)
            {
                continue;
            }

            var siblings = statement.Parent is null ? default : StatementsOf(statement.Parent);
            if (statement.Parent is null || siblings.Count == 0)
            {
                continue;
            }

            var first = siblings.IndexOf(statement);
            if (count is int wanted)
            {
                return wanted > 0 && first + wanted <= siblings.Count
                    ? new StatementRun(document, model, statement.Parent, siblings, first, wanted)
                    : null;
            }

            for (var last = first; last < siblings.Count; last++)
            {
                if (siblings[last].Span.End == span.End)
                {
                    return new StatementRun(document, model, statement.Parent, siblings, first, last - first + 1);
                }

                if (siblings[last].Span.End > span.End)
                {
                    return null;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>The run of <paramref name="count"/> statements of <paramref name="container"/> from <paramref name="firstIndex"/>.</summary>
    public static StatementRun At(Document document, SemanticModel model, SyntaxNode container, int firstIndex, int count) =>
        new(document, model, container, StatementsOf(container), firstIndex, count);

    public static SyntaxList<StatementSyntax> StatementsOf(SyntaxNode container) => container switch
    {
        BlockSyntax block => block.Statements,
        SwitchSectionSyntax section => section.Statements,
        _ => default,
    };

    public bool Overlaps(StatementRun other) => Document.Id == other.Document.Id && Span.OverlapsWith(other.Span);

    public bool SameAs(StatementRun other) => Document.Id == other.Document.Id && Span == other.Span;

    /// <summary>Source order: file path, then position (as the analyzer orders its findings).</summary>
    public static int Compare(StatementRun x, StatementRun y)
    {
        var byPath = string.CompareOrdinal(x.Path, y.Path);
        return byPath != 0 ? byPath : x.Span.Start.CompareTo(y.Span.Start);
    }
}
