using System.Collections.Generic;
using Harness.Analyzers.Configuration;

namespace Harness.Analyzers.Architecture;

/// <summary>HAR1003: a use of a symbol, type or namespace that a [ban] section bans for this code.</summary>
internal sealed class BannedApiRule : IUseRule
{
    private readonly ArchitectureModel _model;

    public BannedApiRule(ArchitectureModel model) => _model = model;

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
