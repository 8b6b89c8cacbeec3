namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>How a duplicated block leaves the code around it, and so how its call takes its place.</summary>
internal enum BlockExitKind
{
    /// <summary>Only at its end: the call is a plain statement.</summary>
    FallsThrough,

    /// <summary>
    /// At its end, or by <c>return;</c> or returns of one constant: the new method says whether to go on
    /// (<c>bool</c>), and the call is <c>if (!M(…)) return …;</c>.
    /// </summary>
    Guard,

    /// <summary>Never at its end, only by returns (or throws): the new method returns what the block returns, and the call is <c>return M(…);</c>.</summary>
    Tail,
}
