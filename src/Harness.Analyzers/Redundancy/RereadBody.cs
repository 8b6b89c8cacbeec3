using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// A fingerprinted member's body as syntax again, with its codes that keep each local apart and which of them name
/// a member or type.
/// </summary>
internal sealed record RereadBody(SyntaxNode Body, int[] ExactCodes, bool[] Names);
