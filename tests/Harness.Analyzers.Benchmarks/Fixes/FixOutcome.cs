namespace Harness.Analyzers.Benchmarks.Fixes;

/// <summary>What became of one 'act' report in <c>--fixes</c>, from the first step that failed to the fix that compiles.</summary>
internal enum FixOutcome
{
    /// <summary>No code fix provider lists the report's ID.</summary>
    NoProvider,

    /// <summary>The providers for the ID offered no action on this report.</summary>
    NoAction,

    /// <summary>A provider threw while offering actions, and none was offered.</summary>
    OfferThrew,

    /// <summary>The first action threw (or timed out) while computing its change.</summary>
    ApplyThrew,

    /// <summary>The first action has no <c>ApplyChangesOperation</c>, or its solution has no changed document.</summary>
    NoChange,

    /// <summary>The first action applied, and the changed solution has errors the corpus did not have.</summary>
    NewErrors,

    /// <summary>The first action applied, and the changed solution has no new error.</summary>
    Compiles,
}
