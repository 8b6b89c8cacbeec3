using System.Collections.Generic;
using Harness.Analyzers.Configuration;

namespace Harness.Analyzers.Architecture;

/// <summary>
/// Where a use stands: the namespace of the code (its layer and modules) and, from the name index, which
/// interests can matter there. Computed once per namespace of the compilation's own code.
/// </summary>
internal sealed class UseContext
{
    private readonly bool[] _relevant;

    public UseContext(ArchitectureModel model, NameIndex index, NamespaceFacts facts)
    {
        Facts = facts;
        Layer = model.LayerOf(facts, model.AssemblyName);
        JudgesEveryName = Layer >= 0 && model.Layers[Layer].External is not null;
        _relevant = new bool[index.InterestCount];
        MarkLayers(model);
        MarkBans(model);
        MarkModules(model, index);
    }

    public NamespaceFacts Facts { get; }

    public int Layer { get; }

    /// <summary>
    /// Whether the code here is in a layer with an <c>external</c> list: any name may then be a type in no layer that
    /// the list does not allow (HAR1006), which no index of layered names can rule out, so every name is judged.
    /// </summary>
    public bool JudgesEveryName { get; }

    public bool IsRelevant(IReadOnlyList<int> interests)
    {
        if (JudgesEveryName)
        {
            return true;
        }

        for (var i = 0; i < interests.Count; i++)
        {
            if (_relevant[interests[i]])
            {
                return true;
            }
        }

        return false;
    }

    private void MarkLayers(ArchitectureModel model)
    {
        if (Layer < 0)
        {
            return;
        }

        for (var other = 0; other < model.Layers.Length; other++)
        {
            if (other != Layer && (!model.MayUse(Layer, other) || model.CanFormCycle(Layer, other)))
            {
                _relevant[NameIndex.LayerInterest(other)] = true;
            }
        }
    }

    private void MarkBans(ArchitectureModel model)
    {
        _relevant[NameIndex.BanInterest(model, 0)] = model.BansByScope[0].Count > 0;
        if (Layer >= 0)
        {
            var scope = ArchitectureModel.BanScopeOf(Layer);
            _relevant[NameIndex.BanInterest(model, scope)] = model.BansByScope[scope].Count > 0;
        }
    }

    private void MarkModules(ArchitectureModel model, NameIndex index)
    {
        foreach (var pair in index.ModuleInterests)
        {
            var (rule, module) = pair.Key;
            var own = Facts.Modules[rule];
            _relevant[pair.Value] = own is not null && own != module && !model.Modules[rule].MayUse.Contains(module);
        }
    }
}
