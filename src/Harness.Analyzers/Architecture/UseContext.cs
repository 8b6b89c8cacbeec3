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

    /// <summary>Asks every rule which interests matter here (<see cref="IUseRule.InterestsIn"/>) and whether it must see every name.</summary>
    public UseContext(ArchitectureModel model, NameIndex index, NamespaceFacts facts, IReadOnlyList<IUseRule> rules)
    {
        Facts = facts;
        Layer = model.LayerOf(facts, model.AssemblyName);
        _relevant = new bool[index.InterestCount];
        foreach (var rule in rules)
        {
            JudgesEveryName |= rule.JudgesEveryName(this);
            foreach (var interest in rule.InterestsIn(this, index))
            {
                _relevant[interest] = true;
            }
        }
    }

    public NamespaceFacts Facts { get; }

    public int Layer { get; }

    /// <summary>
    /// Whether some rule may care about any name here, indexed or not (<see cref="IUseRule.JudgesEveryName"/>: a layer
    /// with an <c>external</c> list, HAR1006), so every name is judged.
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
}
