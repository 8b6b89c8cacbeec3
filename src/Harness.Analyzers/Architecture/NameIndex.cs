using System;
using System.Collections.Generic;
using System.Threading;
using Harness.Analyzers.Configuration;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Architecture;

/// <summary>
/// For every name a rule could be about, the "interests" that own it: the names of types of layers and modules, of
/// banned types and of the types of banned namespaces, and the names of their members (a use of <c>Save</c> may be a
/// use of <c>SqlStore.Save</c>), the names of banned members, and the names of types whose constructor is banned.
/// Built from declarations only, so no method body is bound. A name is bound only when it has an interest that
/// matters where it stands (each rule says which: <see cref="IUseRule.InterestsIn"/>), so clean code costs a
/// dictionary lookup per identifier instead of a bind.
/// Interests are numbered: layer i is i; ban scope s is layers + s; each (modules rule, module) gets the next number.
/// </summary>
internal sealed class NameIndex
{
    /// <summary>The key under which indexers are indexed: they are used by <c>x[i]</c>, which names nothing.</summary>
    public const string IndexerKey = "[]";

    private static readonly int[] NoInterests = Array.Empty<int>();

    private readonly Dictionary<string, int[]> _interests;

    private NameIndex(Dictionary<string, int[]> interests, IReadOnlyDictionary<(int Rule, string Module), int> moduleInterests, int count, RuleCoverage coverage)
    {
        _interests = interests;
        ModuleInterests = moduleInterests;
        InterestCount = count;
        Coverage = coverage;
    }

    public int InterestCount { get; }

    public IReadOnlyDictionary<(int Rule, string Module), int> ModuleInterests { get; }

    /// <summary>Which rules matched anything at all (for HAR1005).</summary>
    public RuleCoverage Coverage { get; }

    public static int LayerInterest(int layer) => layer;

    /// <summary>The interests of the layers that code of layer <paramref name="from"/> using them is watched by <paramref name="watches"/>; none outside the layers.</summary>
    public static IEnumerable<int> LayerInterests(ArchitectureModel model, int from, Func<int, int, bool> watches)
    {
        for (var to = 0; from >= 0 && to < model.Layers.Length; to++)
        {
            if (watches(from, to))
            {
                yield return LayerInterest(to);
            }
        }
    }

    public static int BanInterest(ArchitectureModel model, int scope) => model.Layers.Length + scope;

    /// <summary>Every indexed name.</summary>
    public IEnumerable<string> Names => _interests.Keys;

    public int[] InterestsOf(string name) => _interests.TryGetValue(name, out var interests) ? interests : NoInterests;

    public static NameIndex Build(ArchitectureModel model, Compilation compilation, CancellationToken cancellationToken)
    {
        var builder = new Builder(model, cancellationToken);
        builder.AddNamespace(compilation.GlobalNamespace);
        builder.AddAssemblyLayers(compilation);
        builder.AddBans(compilation);
        return builder.ToIndex();
    }

    private sealed class Builder
    {
        private readonly ArchitectureModel _model;
        private readonly CancellationToken _cancellationToken;
        private readonly Dictionary<string, HashSet<int>> _names = new(StringComparer.Ordinal);
        private readonly Dictionary<(int Rule, string Module), int> _moduleInterests = new();
        private readonly RuleCoverage _coverage;
        private readonly List<int> _interests = new();

        public Builder(ArchitectureModel model, CancellationToken cancellationToken)
        {
            _model = model;
            _cancellationToken = cancellationToken;
            _coverage = new RuleCoverage(model);
        }

        public NameIndex ToIndex()
        {
            var frozen = new Dictionary<string, int[]>(_names.Count, StringComparer.Ordinal);
            foreach (var pair in _names)
            {
                var interests = new int[pair.Value.Count];
                pair.Value.CopyTo(interests);
                frozen.Add(pair.Key, interests);
            }

            var count = _model.Layers.Length + _model.BansByScope.Length + _moduleInterests.Count;
            return new NameIndex(frozen, _moduleInterests, count, _coverage);
        }

        /// <summary>Walks every namespace the compilation sees; enumerates types only where a layer or module pattern matches.</summary>
        public void AddNamespace(INamespaceSymbol ns) => AddTypes(ns, everyType: false);

        /// <summary>Layers given by <c>assemblies =</c> take every type of the matching assemblies.</summary>
        public void AddAssemblyLayers(Compilation compilation)
        {
            AddAssemblyIfLayered(compilation.Assembly);
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                AddAssemblyIfLayered(assembly);
            }
        }

        public void AddBans(Compilation compilation)
        {
            for (var scope = 0; scope < _model.BansByScope.Length; scope++)
            {
                foreach (var ban in _model.BansByScope[scope].Values)
                {
                    AddBan(compilation, ban, BanInterest(_model, scope));
                }
            }
        }

        private void AddAssemblyIfLayered(IAssemblySymbol assembly)
        {
            if (_model.MatchesAnyAssemblyPattern(assembly.Name))
            {
                AddTypes(assembly.GlobalNamespace, everyType: true);
            }
        }

        /// <summary>
        /// Walks a namespace and those inside it, adding the types of each where a layer or module pattern matches it, or
        /// every type when a layer takes the whole assembly.
        /// </summary>
        private void AddTypes(INamespaceSymbol ns, bool everyType)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var facts = _model.FactsOf(ns.IsGlobalNamespace ? string.Empty : ns.ToDisplayString());
            if (everyType || facts.IsInAnyModule || Array.IndexOf(facts.MatchesLayerNamespaces, true) >= 0)
            {
                foreach (var type in ns.GetTypeMembers())
                {
                    AddLayeredType(type, facts);
                }
            }

            foreach (var child in ns.GetNamespaceMembers())
            {
                AddTypes(child, everyType);
            }
        }

        private void AddLayeredType(INamedTypeSymbol type, NamespaceFacts facts)
        {
            _interests.Clear();
            var layer = _model.LayerOf(facts, type.ContainingAssembly?.Name);
            if (layer >= 0)
            {
                _interests.Add(LayerInterest(layer));
                _coverage.Layers[layer] = true;
            }

            for (var rule = 0; rule < facts.Modules.Length; rule++)
            {
                if (facts.Modules[rule] is { } module)
                {
                    _interests.Add(ModuleInterest(rule, module));
                    _coverage.Modules[rule] = true;
                }
            }

            foreach (var interest in _interests)
            {
                AddTypeNames(type, interest, privateToo: false);
            }
        }

        private int ModuleInterest(int rule, string module)
        {
            if (!_moduleInterests.TryGetValue((rule, module), out var interest))
            {
                interest = _model.Layers.Length + _model.BansByScope.Length + _moduleInterests.Count;
                _moduleInterests.Add((rule, module), interest);
            }

            return interest;
        }

        /// <summary>
        /// The names under which a type and what it declares are written: its name (and attribute short name), the
        /// names of its members, and the same for its nested types. Private members are left out for a layer or a
        /// module (<paramref name="privateToo"/> false): only their own type, in their own layer and modules, can use
        /// them, so no such use crosses a boundary, and binding every local named like a private field is what a
        /// build paid for them.
        /// </summary>
        private void AddTypeNames(INamedTypeSymbol type, int interest, bool privateToo = true)
        {
            AddTypeName(type.Name, interest);
            foreach (var member in type.GetMembers())
            {
                if (!privateToo && member.DeclaredAccessibility == Accessibility.Private)
                {
                    continue;
                }

                if (member is INamedTypeSymbol nested)
                {
                    AddTypeNames(nested, interest, privateToo);
                }
                else
                {
                    AddMemberName(member, interest);
                }
            }
        }

        /// <summary>A member is used by its name, an indexer by <c>[...]</c>; constructors are written as their type's name, accessors and operators not at all.</summary>
        private void AddMemberName(ISymbol member, int interest)
        {
            switch (member)
            {
                case IPropertySymbol { IsIndexer: true }:
                    Add(IndexerKey, interest);
                    break;
                case IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.ReducedExtension or MethodKind.DelegateInvoke }:
                case IPropertySymbol:
                case IFieldSymbol:
                case IEventSymbol:
                    if (member.CanBeReferencedByName)
                    {
                        Add(member.Name, interest);
                    }

                    break;
            }
        }

        private void AddBan(Compilation compilation, BanRule ban, int interest)
        {
            var id = ban.SymbolId;
            if (id[0] == 'N')
            {
                var ns = FindNamespace(compilation.GlobalNamespace, id.Substring(2));
                if (ns is not null)
                {
                    _coverage.Bans.Add(ban);
                    AddTypesBelow(ns, interest);
                }

                return;
            }

            var symbol = BanTargets.Resolve(compilation, id);
            if (symbol is null)
            {
                return;
            }

            _coverage.Bans.Add(ban);
            if (symbol is INamedTypeSymbol type && id[0] == 'T')
            {
                AddTypeNames(type, interest);
            }
            else if (symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor)
            {
                // A constructor is written as its type's name, which an attribute may shorten.
                AddTypeName(constructor.ContainingType.Name, interest);
            }
            else
            {
                AddMemberName(symbol, interest);
            }
        }

        private void AddTypesBelow(INamespaceSymbol ns, int interest)
        {
            foreach (var type in ns.GetTypeMembers())
            {
                AddTypeNames(type, interest);
            }

            foreach (var child in ns.GetNamespaceMembers())
            {
                AddTypesBelow(child, interest);
            }
        }

        private static INamespaceSymbol? FindNamespace(INamespaceSymbol global, string name)
        {
            var ns = global;
            foreach (var segment in name.Split('.'))
            {
                ns = FirstNamespaceNamed(ns, segment);
                if (ns is null)
                {
                    return null;
                }
            }

            return ns;
        }

        private static INamespaceSymbol? FirstNamespaceNamed(INamespaceSymbol ns, string name)
        {
            foreach (var member in ns.GetMembers(name))
            {
                if (member is INamespaceSymbol child)
                {
                    return child;
                }
            }

            return null;
        }

        /// <summary>A type is used by its name and, for an attribute, by its name without the suffix.</summary>
        private void AddTypeName(string name, int interest)
        {
            const string AttributeSuffix = "Attribute";
            Add(name, interest);
            if (name.Length > AttributeSuffix.Length && name.EndsWith(AttributeSuffix, StringComparison.Ordinal))
            {
                Add(name.Substring(0, name.Length - AttributeSuffix.Length), interest);
            }
        }

        private void Add(string name, int interest)
        {
            if (!_names.TryGetValue(name, out var interests))
            {
                interests = new HashSet<int>();
                _names.Add(name, interests);
            }

            interests.Add(interest);
        }
    }
}
