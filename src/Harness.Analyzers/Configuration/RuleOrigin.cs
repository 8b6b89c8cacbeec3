using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Configuration;

/// <summary>Where a rule was written: the file (for messages) and the span of its line (for locations).</summary>
internal sealed record RuleOrigin(string Path, SourceText Text)
{
    public string FileName => System.IO.Path.GetFileName(Path);

    public Location LocationOf(TextSpan span) => Location.Create(Path, span, Text.Lines.GetLinePositionSpan(span));
}
