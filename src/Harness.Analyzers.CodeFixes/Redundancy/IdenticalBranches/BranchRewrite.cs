using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>One HAR2004 fix: <see cref="Old"/> (in the document's current tree) is replaced by <see cref="Replacement"/>.</summary>
internal sealed class BranchRewrite
{
    public BranchRewrite(string title, string key, SyntaxNode old, SyntaxNode replacement)
        : this(title, key, old, ImmutableArray.Create(replacement), reformat: null)
    {
    }

    public BranchRewrite(string title, string key, SyntaxNode old, ImmutableArray<SyntaxNode> replacement, SyntaxAnnotation? reformat)
    {
        Title = title;
        Key = key;
        Old = old;
        Replacement = replacement;
        Reformat = reformat;
    }

    public string Title { get; }

    public string Key { get; }

    public SyntaxNode Old { get; }

    public ImmutableArray<SyntaxNode> Replacement { get; }

    /// <summary>Marks the nodes the formatter must place, if any.</summary>
    public SyntaxAnnotation? Reformat { get; }

    /// <summary>Every comment of the replaced code survives in the replacement (the copy's comments may repeat the kept ones').</summary>
    public bool KeepsComments()
    {
        var kept = new HashSet<string>(
            Replacement.SelectMany(node => node.DescendantTrivia()).Where(Comments.IsComment).Select(t => t.ToFullString().Trim()),
            StringComparer.Ordinal);
        return Old.DescendantTrivia().Where(Comments.IsComment).All(t => kept.Contains(t.ToFullString().Trim()));
    }
}
