using System;
using System.Collections.Generic;
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

/// <summary>A broken rule at a use site. Equal keys mean the same finding, so a qualified name reports it once.</summary>
internal sealed record Violation(DiagnosticDescriptor Descriptor, string Key, object[] Args);

/// <summary>A rule judged at every use site.</summary>
internal interface IUseRule
{
    void Check(UseSite use, List<Violation> violations);
}
