using System.Collections.Generic;
using Harness.Analyzers.Configuration;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Architecture;

/// <summary>HAR1001: a layer uses a layer that its <c>may_use</c> does not list.</summary>
internal sealed class LayerDependencyRule : IUseRule
{
    private readonly ArchitectureModel _model;

    public LayerDependencyRule(ArchitectureModel model) => _model = model;

    public IEnumerable<int> InterestsIn(UseContext context, NameIndex index) =>
        NameIndex.LayerInterests(_model, context.Layer, Breaks);

    public bool JudgesEveryName(UseContext context) => false;

    public bool MayCare(UseContext context, UseTarget target) => Breaks(context.Layer, target.Layer);

    public bool MayCare(UseContext context, NamespaceFacts ns, int layer) => Breaks(context.Layer, layer);

    public bool JudgesEachConstructor(INamedTypeSymbol type) => false;

    public void Check(UseSite use, List<Violation> violations)
    {
        var from = use.Context.Layer;
        var to = use.Target.Layer;
        if (!Breaks(from, to))
        {
            return;
        }

        var layer = _model.Layers[from];
        violations.Add(new Violation(
            Descriptors.LayerDependency,
            $"{Descriptors.LayerDependency.Id}:{from}:{to}",
            new object[]
            {
                use.ReferencingName, layer.Name, use.Target.Display, _model.Layers[to].Name, layer.MayUseText,
                layer.Declaration.Origin.FileName, BecauseText.Of(layer.Because),
            }));
    }

    private bool Breaks(int from, int to) => from >= 0 && to >= 0 && !_model.MayUse(from, to);
}
