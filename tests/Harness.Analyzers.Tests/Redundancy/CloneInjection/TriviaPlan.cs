using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>
/// Trivia edits to many tokens of one node, collected first and applied in a single pass (a token is a new
/// object after each replacement, so edits cannot be applied one by one).
/// </summary>
internal sealed class TriviaPlan
{
    private readonly Dictionary<SyntaxToken, (SyntaxTriviaList Leading, SyntaxTriviaList Trailing)> _edits = new();

    public SyntaxTriviaList Leading(SyntaxToken token) => _edits.TryGetValue(token, out var edit) ? edit.Leading : token.LeadingTrivia;

    public SyntaxTriviaList Trailing(SyntaxToken token) => _edits.TryGetValue(token, out var edit) ? edit.Trailing : token.TrailingTrivia;

    public void SetLeading(SyntaxToken token, SyntaxTriviaList leading) => _edits[token] = (leading, Trailing(token));

    public void SetTrailing(SyntaxToken token, SyntaxTriviaList trailing) => _edits[token] = (Leading(token), trailing);

    public TNode ApplyTo<TNode>(TNode node)
        where TNode : SyntaxNode =>
        node.ReplaceTokens(_edits.Keys, (original, _) => original.WithLeadingTrivia(_edits[original].Leading).WithTrailingTrivia(_edits[original].Trailing));
}
