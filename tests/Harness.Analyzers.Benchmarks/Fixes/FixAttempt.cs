namespace Harness.Analyzers.Benchmarks.Fixes;

/// <summary>
/// One 'act' report, keyed as its verdict is, with its member, where its other copy is (<see cref="CopyPlacement"/>),
/// for a duplicated block the jumps that leave it (<see cref="BlockExits"/>), and what the fixes did with it.
/// </summary>
internal sealed record FixAttempt(string Id, string File, int Line, string Member, string Copies, string Exits, FixResult Result)
{
    public bool Offered => Result.Actions > 0;

    public bool Applied => Result.Outcome is FixOutcome.NewErrors or FixOutcome.Compiles;

    public bool Compiles => Result.Outcome == FixOutcome.Compiles;
}
