using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Architecture;

/// <summary>
/// For a node of one document, the interests (<see cref="NameIndex"/>) a value of which its member can reach. Code gets a
/// value of a type only through a name it writes: the type's own, or a member's whose signature is written with it (a
/// property of that type, a method returning it or taking a lambda over it), used on a value it already has. So,
/// from the names written in the member, in the headers of its enclosing types (base types, a primary constructor's
/// parameters), in the targets of aliases it writes and in <c>using static</c> directives in scope: the types those
/// names stand for, what values of them bring (<see cref="ValueSources.BroughtWith"/>), and, to a fixed point, the
/// signature types of the members those names stand for on the types reached so far. An instance member of a layer's
/// type (<c>Count</c>, <c>Name</c>: names every layer shares) is bound only where its layer is reached. Top-level
/// statements, nodes outside any member and members with a Unicode escape reach every interest. Remembers the last
/// member asked about: a walk asks about one member at a time.
/// </summary>
internal sealed class ReachableInterests
{
    private readonly ArchitectureState _state;
    private readonly CancellationToken _cancellationToken;
    private readonly bool[] _all;
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly Stack<int> _pending = new();
    private int[] _marks = Array.Empty<int>();
    private int _stamp;
    private SyntaxNode? _member;
    private SyntaxNode? _boundMember;
    private bool[] _reachable;

    public ReachableInterests(ArchitectureState state, int interestCount, CancellationToken cancellationToken)
    {
        _state = state;
        _cancellationToken = cancellationToken;
        _all = new bool[interestCount];
        for (var i = 0; i < _all.Length; i++)
        {
            _all[i] = true;
        }

        _reachable = _all;
    }

    /// <summary>Whether any of these interests matters in this context and can be reached at a node of the document whose text is <paramref name="content"/>.</summary>
    public bool Reaches(SyntaxNode node, string content, int[] interests, UseContext context) =>
        context.IsRelevant(interests, _state.ValueSourcesFor(_cancellationToken).Everywhere) || context.IsRelevant(interests, At(node, content));

    /// <summary>
    /// The interests reachable at a node of the document whose text is <paramref name="content"/>; all of them in a
    /// member where a name was bound already (<see cref="NoteBound"/>): binding costs the first question in a member,
    /// and little after it.
    /// </summary>
    public bool[] At(SyntaxNode node, string content)
    {
        var member = MemberOf(node);
        if (member is null || member == _boundMember)
        {
            return _all;
        }

        if (member != _member)
        {
            _member = member;
            _reachable = Compute(member, content);
        }

        return _reachable;
    }

    /// <summary>Notes that a name at this node was bound.</summary>
    public void NoteBound(SyntaxNode node) => _boundMember = MemberOf(node);

    private bool[] Compute(SyntaxNode member, string content)
    {
        if (content.IndexOf("\\u", member.SpanStart, member.Span.Length, StringComparison.Ordinal) >= 0)
        {
            return _all; // A Unicode escape can spell any name.
        }

        var sources = _state.ValueSourcesFor(_cancellationToken);
        _words.Clear();
        AddWords(content, member.SpanStart, member.Span.End, sources);
        if (content.IndexOf('[', member.SpanStart, member.Span.Length) >= 0)
        {
            _words.Add(NameIndex.IndexerKey);
        }

        for (var outer = member.Parent; outer is not null; outer = outer.Parent)
        {
            switch (outer)
            {
                case TypeDeclarationSyntax type:
                    AddWords(content, type.SpanStart, type.OpenBraceToken.IsKind(SyntaxKind.OpenBraceToken) ? type.OpenBraceToken.SpanStart : type.Span.End, sources);
                    break;
                case BaseNamespaceDeclarationSyntax ns:
                    AddUsingStaticWords(ns.Usings);
                    break;
                case CompilationUnitSyntax unit:
                    AddUsingStaticWords(unit.Usings);
                    break;
            }
        }

        _words.UnionWith(sources.GlobalStaticWords);
        _words.Add(MemberSource.AlwaysCalled);
        return Reach(sources);
    }

    /// <summary>Adds the names written between two positions that can bring a value, and for an alias, the names of its target.</summary>
    private void AddWords(string content, int start, int end, ValueSources sources)
    {
        foreach (var (word, _) in WordHash.Matching(content, start, end, sources.WordHashes))
        {
            _words.Add(word);
            if (sources.AliasTargets.TryGetValue(word, out var target))
            {
                _words.UnionWith(target);
            }
        }
    }

    private void AddUsingStaticWords(SyntaxList<UsingDirectiveSyntax> usings)
    {
        foreach (var directive in usings)
        {
            if (directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) && directive.Name is { } name)
            {
                ValueSourcesBuilder.AddIdentifiers(name, _words);
            }
        }
    }

    private bool[] Reach(ValueSources sources)
    {
        if (_marks.Length != sources.TypeCount)
        {
            _marks = new int[sources.TypeCount];
        }

        _stamp++;
        var reachable = (bool[])sources.Everywhere.Clone();
        foreach (var word in _words)
        {
            if (sources.TypeNamed(word) is var type and >= 0)
            {
                Mark(type, sources, reachable);
            }
        }

        do
        {
            while (_pending.Count > 0)
            {
                foreach (var brought in sources.BroughtWith[_pending.Pop()])
                {
                    Mark(brought, sources, reachable);
                }
            }

            foreach (var word in _words)
            {
                foreach (var source in sources.MembersNamed(word))
                {
                    if (source.DeclaringType == MemberSource.AnyReceiver || _marks[source.DeclaringType] == _stamp)
                    {
                        foreach (var type in source.SignatureTypes)
                        {
                            Mark(type, sources, reachable);
                        }
                    }
                }
            }
        }
        while (_pending.Count > 0);

        return reachable;
    }

    private void Mark(int type, ValueSources sources, bool[] reachable)
    {
        if (_marks[type] == _stamp)
        {
            return;
        }

        _marks[type] = _stamp;
        _pending.Push(type);
        foreach (var interest in sources.InterestsOf[type])
        {
            reachable[interest] = true;
        }
    }

    /// <summary>The member declared directly in a type that holds the node; null for top-level statements and type headers.</summary>
    private static SyntaxNode? MemberOf(SyntaxNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case GlobalStatementSyntax or BaseTypeDeclarationSyntax:
                    return null;
                case MemberDeclarationSyntax when current.Parent is TypeDeclarationSyntax:
                    return current;
            }
        }

        return null;
    }
}
