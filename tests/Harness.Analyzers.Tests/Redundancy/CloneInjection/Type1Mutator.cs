using System;
using System.Collections.Generic;
using System.Linq;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>
/// Type 1: the same tokens with another layout. Re-indents (spaces, two spaces or tabs), and at random strips the
/// comments, moves braces to the end of the line, puts one-statement blocks on one line, adds blank lines and
/// adds comments of its own.
/// </summary>
internal sealed class Type1Mutator : ICloneMutator
{
    private static readonly string[] AddedComments =
    {
        "// copied from the import job", "// TODO: check with finance", "/* keep in sync with the report */", "// fast path",
        "// see ticket 4711", "// NOTE: order matters here", "// HACK: until the feed is fixed",
    };

    public CloneKind Kind => CloneKind.Type1;

    public bool NamesItself => false;

    public Mutation? Mutate(MethodDeclarationSyntax original, SemanticModel model, Random random)
    {
        var changes = new List<string>();
        var method = original;
        if (random.Next(2) == 0 && method.DescendantTrivia().Any(IsComment))
        {
            method = StripComments(method);
            changes.Add("comments stripped");
        }

        var (indentation, indentName) = new[] { ("    ", "4 spaces"), ("  ", "2 spaces"), ("\t", "tabs") }[random.Next(3)];
        method = method.NormalizeWhitespace(indentation, "\n");
        changes.Add(indentName);

        var plan = new TriviaPlan();
        var blocks = method.DescendantNodes().OfType<BlockSyntax>().ToList();
        if (random.Next(2) == 0)
        {
            blocks.ForEach(block => BraceOnHeaderLine(plan, block));
            changes.Add("braces at line ends");
        }

        if (random.Next(3) == 0 && CompactBlocks(plan, blocks) is var compacted && compacted > 0)
        {
            changes.Add($"{compacted} one-line blocks");
        }

        var statements = method.DescendantNodes().OfType<StatementSyntax>().Where(s => s is not BlockSyntax && s.Parent is BlockSyntax).ToList();
        if (random.Next(2) == 0)
        {
            var blankLines = AddBlankLines(plan, statements, random);
            changes.Add($"{blankLines} blank lines");
        }

        // A copy that only re-indents with the corpus's own four spaces would be an exact copy: give it a comment at least.
        if (random.Next(3) > 0 || changes.Count == 1 && indentation == "    ")
        {
            var added = 1 + random.Next(3);
            for (var i = 0; i < added; i++)
            {
                AddComment(plan, statements[random.Next(statements.Count)], random);
            }

            changes.Add($"{added} comments added");
        }

        var text = Indent(plan.ApplyTo(method).ToFullString(), indentation);
        var mutant = (MethodDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration(text, options: TestProject.ParseOptions)!;
        return new Mutation(mutant, string.Join(", ", changes));
    }

    private static bool IsComment(SyntaxTrivia trivia) =>
        trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia)
        || trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia);

    private static MethodDeclarationSyntax StripComments(MethodDeclarationSyntax method) => (MethodDeclarationSyntax)new CommentStripper().Visit(method);

    private sealed class CommentStripper : CSharpSyntaxRewriter
    {
        public override SyntaxTrivia VisitTrivia(SyntaxTrivia trivia) => IsComment(trivia) ? default : base.VisitTrivia(trivia);
    }

    /// <summary><c>if (x) {</c> instead of a brace on its own line.</summary>
    private static void BraceOnHeaderLine(TriviaPlan plan, BlockSyntax block)
    {
        var previous = block.OpenBraceToken.GetPreviousToken();
        if (previous.RawKind == 0)
        {
            return;
        }

        plan.SetTrailing(previous, SyntaxFactory.TriviaList(SyntaxFactory.Space));
        plan.SetLeading(block.OpenBraceToken, SyntaxFactory.TriviaList());
    }

    /// <summary><c>{ total++; }</c> on one line, for blocks of one short statement.</summary>
    private static int CompactBlocks(TriviaPlan plan, IEnumerable<BlockSyntax> blocks)
    {
        var compacted = 0;
        foreach (var block in blocks)
        {
            if (block.Parent is MethodDeclarationSyntax || block.Statements.Count != 1 || block.Statements[0] is not (ExpressionStatementSyntax or ReturnStatementSyntax or ContinueStatementSyntax or BreakStatementSyntax or ThrowStatementSyntax))
            {
                continue;
            }

            var statement = block.Statements[0];
            plan.SetTrailing(block.OpenBraceToken, SyntaxFactory.TriviaList(SyntaxFactory.Space));
            plan.SetLeading(statement.GetFirstToken(), SyntaxFactory.TriviaList());
            plan.SetTrailing(statement.GetLastToken(), SyntaxFactory.TriviaList(SyntaxFactory.Space));
            plan.SetLeading(block.CloseBraceToken, SyntaxFactory.TriviaList());
            compacted++;
        }

        return compacted;
    }

    private static int AddBlankLines(TriviaPlan plan, IReadOnlyList<StatementSyntax> statements, Random random)
    {
        var added = 0;
        foreach (var statement in statements)
        {
            var first = statement.GetFirstToken();
            if (random.Next(3) == 0 && StartsLine(plan, first))
            {
                plan.SetLeading(first, plan.Leading(first).Insert(0, SyntaxFactory.EndOfLine("\n")));
                added++;
            }
        }

        return added;
    }

    /// <summary>A comment on its own line before the statement, or at the end of its line.</summary>
    private static void AddComment(TriviaPlan plan, StatementSyntax statement, Random random)
    {
        var comment = SyntaxFactory.Comment(AddedComments[random.Next(AddedComments.Length)]);
        var first = statement.GetFirstToken();
        var last = statement.GetLastToken();
        if (random.Next(2) == 0 && StartsLine(plan, first))
        {
            var leading = plan.Leading(first);
            var indentation = leading.LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia));
            var insertAt = leading.Count > 0 && leading.Last().IsKind(SyntaxKind.WhitespaceTrivia) ? leading.Count - 1 : leading.Count;
            var commentLine = new List<SyntaxTrivia>();
            if (indentation.RawKind != 0)
            {
                commentLine.Add(indentation);
            }

            commentLine.Add(comment);
            commentLine.Add(SyntaxFactory.EndOfLine("\n"));
            plan.SetLeading(first, leading.InsertRange(insertAt, commentLine));
        }
        else if (plan.Trailing(last).Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) && comment.ToString().StartsWith("//", StringComparison.Ordinal))
        {
            plan.SetTrailing(last, SyntaxFactory.TriviaList(SyntaxFactory.Space, comment, SyntaxFactory.EndOfLine("\n")));
        }
    }

    /// <summary>True if the token is the first on its line (so a line can be put before it).</summary>
    private static bool StartsLine(TriviaPlan plan, SyntaxToken token)
    {
        var previous = token.GetPreviousToken();
        return previous.RawKind == 0 || plan.Trailing(previous).Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
    }

    /// <summary>Indents every line one level, as a member of a top-level class.</summary>
    private static string Indent(string method, string indentation) =>
        string.Join("\n", method.Split('\n').Select(line => line.Length == 0 ? line : indentation + line)) + (method.EndsWith('\n') ? string.Empty : "\n");
}
