using System;
using System.Collections.Generic;
using System.Linq;

namespace Harness.Analyzers.Architecture;

/// <summary>
/// What the compilation's own declarations say about where values come from, for <see cref="ReachableInterests"/>: the
/// names of source types, what a value of each brings with it (its base types, interfaces, constraints, a delegate's
/// signature), and the source types each member's signature is written with, by member name. A value of a type from a
/// referenced assembly that is not generic over a source type cannot carry a source type, so only source declarations
/// are read. Read from declaration syntax (<see cref="ValueSourcesBuilder"/>), so no signature is bound: a type is
/// known by its name, and all source types of one name are one. An interest with a type outside the compilation's
/// source is reached everywhere.
/// </summary>
internal sealed class ValueSources
{
    private readonly Dictionary<string, int> _typesByName;
    private readonly Dictionary<string, List<MemberSource>> _membersByName;

    public ValueSources(
        Dictionary<string, int> typesByName,
        Dictionary<string, List<MemberSource>> membersByName,
        int[][] broughtWith,
        int[][] interestsOf,
        bool[] everywhere,
        Dictionary<string, HashSet<string>> aliasTargets,
        HashSet<string> globalStaticWords)
    {
        _typesByName = typesByName;
        _membersByName = membersByName;
        BroughtWith = broughtWith;
        InterestsOf = interestsOf;
        Everywhere = everywhere;
        AliasTargets = aliasTargets;
        GlobalStaticWords = globalStaticWords;
        WordHashes = WordHash.Of(typesByName.Keys.Concat(membersByName.Keys).Concat(aliasTargets.Keys));
    }

    public int TypeCount => BroughtWith.Length;

    /// <summary>
    /// Per type: the types a value of it brings (it has their members): base types, interfaces, constraint types, a
    /// delegate's signature types, and the signature types of the members the language calls on it unnamed.
    /// </summary>
    public int[][] BroughtWith { get; }

    /// <summary>Per type: the interests it is a type of.</summary>
    public int[][] InterestsOf { get; }

    /// <summary>Per interest, whether every member reaches it (a type of it is outside the compilation's source).</summary>
    public bool[] Everywhere { get; }

    /// <summary>The names a <c>global using static</c> directive writes: their static members are in scope in every file.</summary>
    public HashSet<string> GlobalStaticWords { get; }

    /// <summary>For each alias name (<c>using Store = Shop.Infrastructure.SqlStore;</c>), the names its target is written with, in any file.</summary>
    public Dictionary<string, HashSet<string>> AliasTargets { get; }

    /// <summary>The <see cref="WordHash"/> of every name that can bring a value: type names, member names, alias names.</summary>
    public HashSet<int> WordHashes { get; }

    /// <summary>The source types a name can stand for, or -1.</summary>
    public int TypeNamed(string word) => _typesByName.TryGetValue(word, out var type) ? type : -1;

    /// <summary>The members a name (<see cref="NameIndex.IndexerKey"/> for an element access) can stand for whose signature is written with a source type.</summary>
    public IReadOnlyList<MemberSource> MembersNamed(string word) => _membersByName.TryGetValue(word, out var members) ? members : Array.Empty<MemberSource>();
}
