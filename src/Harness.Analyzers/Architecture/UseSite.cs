using System;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Architecture;

/// <summary>One use: the referencing syntax, where it stands and what it refers to.</summary>
internal sealed class UseSite
{
    private readonly Func<string> _findReferencingName;
    private string? _referencingName;

    public UseSite(SyntaxNode node, UseContext context, UseTarget target, Func<string> findReferencingName)
    {
        Node = node;
        Context = context;
        Target = target;
        _findReferencingName = findReferencingName;
    }

    public SyntaxNode Node { get; }

    public UseContext Context { get; }

    public UseTarget Target { get; }

    /// <summary>The type whose code holds the use, as messages name it; looked up only when a rule is broken.</summary>
    public string ReferencingName => _referencingName ??= _findReferencingName();
}
