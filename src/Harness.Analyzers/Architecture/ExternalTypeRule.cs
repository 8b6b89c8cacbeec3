using System.Collections.Generic;
using System.Linq;
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

    public IEnumerable<int> InterestsIn(UseContext context, NameIndex index) => Enumerable.Empty<int>();

    /// <summary>
    /// In a layer with an <c>external</c> list any name may be a type in no layer that the list does not allow, which no
    /// index of constrained names can rule out.
    /// </summary>
    public bool JudgesEveryName(UseContext context) => HasExternalList(context);

    public bool MayCare(UseContext context, UseTarget target) => IsOutsideExternal(context, target.Layer, target.Facts) && !target.IsBuiltIn;

    public bool MayCare(UseContext context, NamespaceFacts ns, int layer) => IsOutsideExternal(context, layer, ns);

    public bool JudgesEachConstructor(INamedTypeSymbol type) => false;

    public void Check(UseSite use, List<Violation> violations)
    {
        var target = use.Target;
        if (!MayCare(use.Context, target)
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

    private bool HasExternalList(UseContext context) => context.Layer >= 0 && _model.Layers[context.Layer].External is not null;

    /// <summary>Whether code in this context uses something in no layer that its layer's <c>external</c> list does not allow.</summary>
    private bool IsOutsideExternal(UseContext context, int layer, NamespaceFacts facts) =>
        HasExternalList(context) && layer < 0 && !facts.MatchesLayerExternal[context.Layer];

    /// <summary>
    /// A use a ban already reports (<see cref="BannedApiRule"/> runs first) is reported once, by the ban: its reason is
    /// the specific one (a domain's <c>N:System.IO</c> "does no I/O" beside an <c>external</c> list without System.IO).
    /// </summary>
    private static bool IsBanned(List<Violation> violations) => violations.Exists(v => v.Descriptor == Descriptors.BannedApi);

    /// <summary>A using directive of a namespace that declares no type (<c>using Contoso;</c> above the layers' namespaces) makes no type of it usable.</summary>
    private static bool DeclaresTypes(INamespaceSymbol ns) => !ns.GetTypeMembers().IsEmpty;
}
