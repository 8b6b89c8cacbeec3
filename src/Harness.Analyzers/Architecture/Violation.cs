using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Architecture;

/// <summary>A broken rule at a use site. Equal keys mean the same finding, so a qualified name reports it once.</summary>
internal sealed record Violation(DiagnosticDescriptor Descriptor, string Key, object[] Args);
