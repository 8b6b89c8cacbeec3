using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// A fingerprinted member's body as syntax again, with its codes that keep each local apart, which of them name a
/// member or type, and the set of those names.
/// </summary>
internal sealed class RereadBody
{
    public RereadBody(SyntaxNode body, int[] exactCodes, bool[] names)
    {
        Body = body;
        ExactCodes = exactCodes;
        Names = names;
        for (var i = 0; i < exactCodes.Length; i++)
        {
            if (names[i])
            {
                NameSet.Add(exactCodes[i]);
            }
        }
    }

    public SyntaxNode Body { get; }

    public int[] ExactCodes { get; }

    public bool[] Names { get; }

    public HashSet<int> NameSet { get; } = new();
}
