using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Harness.Analyzers.Configuration;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Architecture;

/// <summary>Per-compilation state of the architecture analyzer: the model, the name index and the caches the use-site walk shares.</summary>
internal sealed class ArchitectureState
{
    private readonly ComputeOnce<NameIndex> _index;
    private readonly ComputeOnce<HashSet<string>> _aliasNames;
    private readonly ComputeOnce<HashSet<int>> _wordHashes;
    private readonly ConcurrentDictionary<string, UseContext> _contexts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ISymbol, UseTarget?> _targets = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamespaceSymbol, UseContext> _symbolContexts = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamespaceSymbol, NamespaceFacts> _namespaceFacts = new(SymbolEqualityComparer.Default);

    public ArchitectureState(ArchitectureModel model, Compilation compilation)
    {
        Model = model;
        _index = new ComputeOnce<NameIndex>(cancellationToken => NameIndex.Build(model, compilation, cancellationToken));
        _aliasNames = new ComputeOnce<HashSet<string>>(cancellationToken => AliasNames.Of(compilation, cancellationToken));
        _wordHashes = new ComputeOnce<HashSet<int>>(cancellationToken =>
        {
            var hashes = WordHash.Of(IndexFor(cancellationToken).Names);
            hashes.UnionWith(WordHash.Of(AliasNamesFor(cancellationToken)));
            hashes.UnionWith(WordHash.Of(new[] { "new", "base", "this" }));
            return hashes;
        });
        Cycles = new LayerCycleRule(model);
        // BannedApiRule before ExternalTypeRule: a use both would report is reported once, by its ban.
        Rules = new IUseRule[] { new LayerDependencyRule(model), new ModuleDependencyRule(model), new BannedApiRule(model), Cycles, new ExternalTypeRule(model) };
    }

    public ArchitectureModel Model { get; }

    public NameIndex IndexFor(CancellationToken cancellationToken) => _index.Get(cancellationToken);

    public LayerCycleRule Cycles { get; }

    public IReadOnlyList<IUseRule> Rules { get; }

    /// <summary>Alias names (<c>using X = ...</c>, global ones too) hide what they stand for, so uses through them are always resolved.</summary>
    public HashSet<string> AliasNamesFor(CancellationToken cancellationToken) => _aliasNames.Get(cancellationToken);

    /// <summary>The <see cref="WordHash"/> of every word the text scan must look at: indexed names, alias names, and the keywords of unnamed constructor calls.</summary>
    public HashSet<int> WordHashesFor(CancellationToken cancellationToken) => _wordHashes.Get(cancellationToken);

    public UseContext ContextOf(string namespaceName, NameIndex index) =>
        _contexts.GetOrAdd(namespaceName, name => new UseContext(Model, index, Model.FactsOf(name), Rules));

    /// <summary>The context of code declared in a namespace, for uses found through symbols rather than syntax.</summary>
    public UseContext ContextOf(INamespaceSymbol ns, NameIndex index) =>
        _symbolContexts.GetOrAdd(ns, n => ContextOf(FactsOf(n).Name, index));

    /// <summary>
    /// What a bound symbol is a use of, cached by its definition: <c>List&lt;int&gt;.Count</c> and <c>List&lt;string&gt;.Count</c>
    /// are one target, and a target's display name is computed only if it is reported.
    /// </summary>
    public UseTarget? TargetOf(ISymbol symbol) => _targets.GetOrAdd(UseTarget.Normalize(symbol), s => UseTarget.Create(Model, s, FactsOf));

    /// <summary>The facts of a namespace symbol, cached: its display name is what costs. Its name is <see cref="NamespaceFacts.Name"/>.</summary>
    private NamespaceFacts FactsOf(INamespaceSymbol? ns) =>
        ns is null || ns.IsGlobalNamespace ? Model.FactsOf(string.Empty) : _namespaceFacts.GetOrAdd(ns, n => Model.FactsOf(n.ToDisplayString()));

    /// <summary>
    /// Whether some rule tells this type's constructors apart (<see cref="IUseRule.JudgesEachConstructor"/>): then which
    /// constructor a <c>: base(...)</c> or <c>: this(...)</c> calls is bound; otherwise every constructor is judged as the type is.
    /// </summary>
    public bool JudgesEachConstructor(INamedTypeSymbol type)
    {
        foreach (var rule in Rules)
        {
            if (rule.JudgesEachConstructor(type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A cheap test, before any allocation, of whether any rule could fire for this pair (<see cref="IUseRule.MayCare(UseContext, UseTarget)"/>).
    /// Most uses in layered code pass none.
    /// </summary>
    public bool MayViolate(UseContext context, UseTarget target)
    {
        foreach (var rule in Rules)
        {
            if (rule.MayCare(context, target))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The same test for a namespace known by name only, as a using directive names it: whether any rule could care
    /// about its layer, its modules or the name itself here. Spares binding the directive when none can.
    /// </summary>
    public bool MayViolate(UseContext context, string namespaceName)
    {
        var facts = Model.FactsOf(namespaceName);
        var layer = Model.LayerOf(facts, assemblyName: null);
        foreach (var rule in Rules)
        {
            if (rule.MayCare(context, facts, layer))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Runs every rule on a use.</summary>
    public void Judge(UseSite use, List<Violation> violations)
    {
        foreach (var rule in Rules)
        {
            rule.Check(use, violations);
        }
    }
}
