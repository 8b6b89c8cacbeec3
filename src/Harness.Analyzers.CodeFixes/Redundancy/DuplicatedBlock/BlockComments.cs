using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// Where the comments inside the copies go, so that none is lost: into the new method when every copy holds only
/// comments the canonical one also holds (as they describe the shared code); else only those every copy holds go into
/// the method, and each copy's other comments stay where the copy was, before its call (they describe what that copy
/// did there, as <c>// Third argument: context type</c> does).
/// </summary>
internal sealed class BlockComments
{
    private readonly HashSet<string> _inMethod;

    private BlockComments(HashSet<string> inMethod) => _inMethod = inMethod;

    /// <summary>The plan for the copies, the canonical one first; null when a comment to keep at a call is a documentation comment.</summary>
    public static BlockComments? Create(IReadOnlyList<BlockOccurrence> all)
    {
        var byCopy = all.Select(o => Interior(o.Run).Select(Text).ToList()).ToList();
        var inMethod = new HashSet<string>(byCopy[0]);
        if (!byCopy.All(inMethod.IsSupersetOf))
        {
            foreach (var comments in byCopy)
            {
                inMethod.IntersectWith(comments);
            }
        }

        var plan = new BlockComments(inMethod);
        return all.SelectMany(o => plan.AtCall(o.Run)).All(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia))
            ? plan
            : null;
    }

    /// <summary>The comments inside the copy that the new method does not hold, in source order: they go before its call.</summary>
    public IEnumerable<SyntaxTrivia> AtCall(StatementRun run) => Interior(run).Where(t => !_inMethod.Contains(Text(t)));

    /// <summary>
    /// The statement without the comments the new method does not hold, each with the blank space before it and, when it
    /// had the line to itself, the line break after it.
    /// </summary>
    public T WithoutCallComments<T>(T statement)
        where T : SyntaxNode
    {
        var tokens = statement.DescendantTokens().Where(t => (t.LeadingTrivia.Concat(t.TrailingTrivia)).Any(IsMoved));
        return statement.ReplaceTokens(tokens, (_, token) => token.WithLeadingTrivia(Without(token.LeadingTrivia, leading: true)).WithTrailingTrivia(Without(token.TrailingTrivia, leading: false)));
    }

    /// <summary>The comments inside a run, not counting those before its first statement or after its last one (which stay with the call).</summary>
    private static IEnumerable<SyntaxTrivia> Interior(StatementRun run)
    {
        var span = run.Span;
        return run.Statements.SelectMany(s => s.DescendantTrivia()).Where(t => span.Contains(t.Span) && Comments.IsComment(t));
    }

    private static string Text(SyntaxTrivia comment) => comment.ToString().Trim();

    private bool IsMoved(SyntaxTrivia trivia) => Comments.IsComment(trivia) && !_inMethod.Contains(Text(trivia));

    /// <summary>
    /// The trivia without the moved comments; <paramref name="leading"/> for a token's leading trivia, which starts a
    /// line (trailing trivia follows code on its line).
    /// </summary>
    private SyntaxTriviaList Without(SyntaxTriviaList trivia, bool leading)
    {
        var kept = new List<SyntaxTrivia>();
        for (var i = 0; i < trivia.Count; i++)
        {
            if (!IsMoved(trivia[i]))
            {
                kept.Add(trivia[i]);
                continue;
            }

            if (kept.Count > 0 && kept[kept.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia))
            {
                kept.RemoveAt(kept.Count - 1);
            }

            var ownLine = kept.Count == 0 ? leading : kept[kept.Count - 1].IsKind(SyntaxKind.EndOfLineTrivia);
            if (ownLine && i + 1 < trivia.Count && trivia[i + 1].IsKind(SyntaxKind.EndOfLineTrivia))
            {
                i++;
            }
        }

        return SyntaxFactory.TriviaList(kept);
    }
}
