using System;

namespace Harness.Analyzers.Architecture;

/// <summary>The interests (<see cref="NameIndex"/>) of one name, split by where they matter.</summary>
internal sealed class IndexedName
{
    public static readonly IndexedName None = new(Array.Empty<int>(), Array.Empty<int>());

    public IndexedName(int[] anywhere, int[] throughValues)
    {
        Anywhere = anywhere;
        ThroughValues = throughValues;
    }

    /// <summary>Interests this name has wherever it is written: type names, banned members, members of static classes.</summary>
    public int[] Anywhere { get; }

    /// <summary>
    /// Interests this name has only where one of the interest's types, or a value of it, can be reached: it names a
    /// member of a layer's, module's or banned type (<see cref="ReachableInterests"/>).
    /// </summary>
    public int[] ThroughValues { get; }
}
