using System;
using System.Collections.Generic;

namespace Harness.Analyzers.Benchmarks.Fixes;

/// <summary>
/// <c>--fixes</c>: an attempt per 'act' report of the redundancy IDs, the errors the unchanged corpus already has,
/// how many 'act' reports the timed run had (the workspace's analysis must find the same), whether the workspace marks
/// the template output as the timed runs do, and how long it all took.
/// </summary>
internal sealed record FixShareRun(
    IReadOnlyList<FixAttempt> Attempts, int ErrorsBefore, int ActReportsInTimedRun, bool? TemplateOutputMarked, TimeSpan Elapsed);
