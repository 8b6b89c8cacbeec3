using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Configuration;

/// <summary>A key whose value parsed; <see cref="Value"/> is the typed value (see <see cref="SectionKind.Keys"/>).</summary>
internal sealed record RulesEntry(string Key, object Value, TextSpan Span);
