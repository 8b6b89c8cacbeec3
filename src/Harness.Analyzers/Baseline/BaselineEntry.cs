using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Baseline;

/// <summary>
/// One line of <c>harness.baseline</c>: <c>ID | project | file | key | count</c>, <paramref name="File"/> relative to
/// the baseline's folder with <c>/</c> separators, <paramref name="Count"/> how many findings share the key.
/// </summary>
internal sealed record BaselineEntry(string Id, string Project, string File, string Key, int Count, Location Location)
{
    public const string Separator = " | ";
}
