namespace Harness.Analyzers.Benchmarks.Fixes;

/// <summary>
/// What the fixes did with one report: how many actions the providers offered, the first one's provider and title,
/// the outcome and, for a failure, why (the exception, or how many new errors and the first one, whose ID is
/// <see cref="FirstErrorId"/>).
/// </summary>
internal sealed record FixResult(int Actions, string? Provider, string? Action, FixOutcome Outcome, string Detail, string? FirstErrorId = null)
{
    public static FixResult Failed(FixOutcome outcome, string detail) => new(0, null, null, outcome, detail);
}
