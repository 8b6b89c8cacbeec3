namespace Harness.Analyzers.Benchmarks.Reporting;

/// <summary>
/// A reviewer's judgement of one report, keyed as reports are (ID, file relative to the corpus folder, line):
/// <see cref="Act"/> is worth acting on, <see cref="Boilerplate"/> true but not worth it, <see cref="Wrong"/> not a
/// finding at all.
/// </summary>
internal sealed record Verdict(string Id, string File, int Line, string Kind, string Reason)
{
    public const string Act = "act";
    public const string Boilerplate = "boilerplate";
    public const string Wrong = "wrong";

    public (string Id, string File, int Line) Key => (Id, File, Line);
}
