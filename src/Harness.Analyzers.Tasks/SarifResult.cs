using System.Collections.Generic;

namespace Harness.Analyzers.Tasks;

/// <summary>One diagnostic of a compiler's SARIF 2.1 log, as the harness tasks need it.</summary>
/// <param name="Id">The diagnostic ID.</param>
/// <param name="File">The absolute path of its file, or null when it has no location.</param>
/// <param name="Properties">Its custom properties (<c>Diagnostic.Properties</c>).</param>
/// <param name="Suppressions">What suppressed it, as the compiler describes each suppression; empty when reported.</param>
internal sealed record SarifResult(string Id, string? File, IReadOnlyDictionary<string, string> Properties, IReadOnlyList<string> Suppressions);
