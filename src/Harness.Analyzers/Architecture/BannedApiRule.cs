using System;
using System.Collections.Generic;
using Harness.Analyzers.Configuration;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Architecture;

/// <summary>HAR1003: a use of a symbol, type or namespace that a [ban] section bans for this code.</summary>
internal sealed class BannedApiRule : IUseRule
{
    private readonly ArchitectureModel _model;
    private readonly HashSet<string> _typesWithBannedConstructors;

    public BannedApiRule(ArchitectureModel model)
    {
        _model = model;
        _typesWithBannedConstructors = TypesWithBannedConstructors(model);
    }

    public IEnumerable<int> InterestsIn(UseContext context, NameIndex index)
    {
        if (_model.BansByScope[0].Count > 0)
        {
            yield return NameIndex.BanInterest(_model, 0);
        }

        var scope = context.Layer < 0 ? 0 : ArchitectureModel.BanScopeOf(context.Layer);
        if (scope > 0 && _model.BansByScope[scope].Count > 0)
        {
            yield return NameIndex.BanInterest(_model, scope);
        }
    }

    public bool JudgesEveryName(UseContext context) => false;

    /// <summary>Whether a ban of any scope names it, its type or its namespace.</summary>
    public bool MayCare(UseContext context, UseTarget target) => target.IsBanned(_model);

    /// <summary>Whether a ban of any scope names this namespace or one above it.</summary>
    public bool MayCare(UseContext context, NamespaceFacts ns, int layer)
    {
        for (var name = ns.Name; name.Length > 0; name = name.Substring(0, System.Math.Max(0, name.LastIndexOf('.'))))
        {
            foreach (var bans in _model.BansByScope)
            {
                if (bans.ContainsKey("N:" + name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a ban names a constructor of this type: then which constructor a <c>new</c> calls decides the verdict.</summary>
    public bool JudgesEachConstructor(INamedTypeSymbol type) =>
        _typesWithBannedConstructors.Count > 0 && DocumentationCommentId.CreateDeclarationId(type.OriginalDefinition) is { } id && _typesWithBannedConstructors.Contains(id);

    public void Check(UseSite use, List<Violation> violations)
    {
        var layerBans = use.Context.Layer < 0 ? null : _model.BansByScope[ArchitectureModel.BanScopeOf(use.Context.Layer)];
        var allCodeBans = _model.BansByScope[0];
        if ((layerBans is null || layerBans.Count == 0) && allCodeBans.Count == 0)
        {
            return;
        }

        // The most specific ban wins, so a use is reported once even when its member, type and namespace are all banned.
        foreach (var id in use.Target.BanCandidates)
        {
            if ((layerBans is not null && layerBans.TryGetValue(id, out var ban)) || allCodeBans.TryGetValue(id, out ban))
            {
                violations.Add(new Violation(
                    Descriptors.BannedApi,
                    $"{Descriptors.BannedApi.Id}:{ban.Scope}:{ban.SymbolId}",
                    new object[] { use.ReferencingName, use.Target.Display, ban.SymbolId, ban.Declaration.Origin.FileName, ban.Scope, ban.Reason }));
                return;
            }
        }
    }

    /// <summary>The IDs (<c>T:...</c>) of the types that a constructor ban (<c>M:T.#ctor...</c>) names.</summary>
    private static HashSet<string> TypesWithBannedConstructors(ArchitectureModel model)
    {
        const string Constructor = ".#ctor";
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var bans in model.BansByScope)
        {
            foreach (var id in bans.Keys)
            {
                var constructor = id.IndexOf(Constructor, StringComparison.Ordinal);
                if (id.StartsWith("M:", StringComparison.Ordinal) && constructor > 2)
                {
                    types.Add("T:" + id.Substring(2, constructor - 2));
                }
            }
        }

        return types;
    }
}
