using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Configuration;

/// <summary>A problem found in one rules file, located by its span in that file's text.</summary>
internal sealed record RulesProblem(DiagnosticDescriptor Descriptor, TextSpan Span, params string[] Args);
