using System.Collections.Generic;
using Harness.Analyzers.Configuration;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Architecture;

/// <summary>
/// HAR1006: a layer with an <c>external</c> list uses a type in no layer (a framework or package type, or one of its
/// own compilation's that no layer holds) whose namespace the list does not allow. Whether a namespace is allowed is
/// decided once per namespace (<see cref="NamespaceFacts.MatchesLayerExternal"/>). A use that a ban reports is not reported again.
/// </summary>
internal sealed class ExternalTypeRule : IUseRule
{
    private readonly ArchitectureModel _model;

    public ExternalTypeRule(ArchitectureModel model) => _model = model;

    public void Check(UseSite use, List<Violation> violations)
    {
        var target = use.Target;
        if (!ArchitectureState.IsOutsideExternal(use.Context, target.Layer, target.Facts) || target.IsBuiltIn
            || (target.Symbol is INamespaceSymbol ns && !DeclaresTypes(ns)) || IsBanned(violations))
        {
            return;
        }

        var from = use.Context.Layer;
        var layer = _model.Layers[from];
        var external = layer.External!;

        // Keyed by the type, so that a member reached through a reported type name (Console.WriteLine) is not reported again.
        violations.Add(new Violation(
            Descriptors.ExternalType,
            $"{Descriptors.ExternalType.Id}:{from}:{target.TypeDisplay}",
            new object[] { use.ReferencingName, layer.Name, target.Display, external.Text, external.Declaration.Origin.FileName, BecauseText.Of(layer.Because) }));
    }

    /// <summary>
    /// A use a ban already reports (<see cref="BannedApiRule"/> runs first) is reported once, by the ban: its reason is
    /// the specific one (a domain's <c>N:System.IO</c> "does no I/O" beside an <c>external</c> list without System.IO).
    /// </summary>
    private static bool IsBanned(List<Violation> violations) => violations.Exists(v => v.Descriptor == Descriptors.BannedApi);

    /// <summary>A using directive of a namespace that declares no type (<c>using Contoso;</c> above the layers' namespaces) makes no type of it usable.</summary>
    private static bool DeclaresTypes(INamespaceSymbol ns) => !ns.GetTypeMembers().IsEmpty;
}
