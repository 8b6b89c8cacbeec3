using System.Collections.Generic;
using Harness.Analyzers.Configuration;

namespace Harness.Analyzers.Architecture;

/// <summary>HAR1003: a use of a symbol, type or namespace that a [ban] section bans for this code.</summary>
internal sealed class BannedApiRule : IUseRule
{
    private readonly ArchitectureModel _model;

    public BannedApiRule(ArchitectureModel model) => _model = model;

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

    public bool MayCareAnywhere(UseTarget target) => target.IsBanned(_model);

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
}
