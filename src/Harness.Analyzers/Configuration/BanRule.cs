namespace Harness.Analyzers.Configuration;

/// <param name="Scope">A layer name, or <c>*</c> for all code.</param>
/// <param name="SymbolId">The banned symbol's documentation ID (<c>T:</c>, <c>M:</c>, <c>P:</c>, <c>N:</c>...).</param>
/// <param name="Reason">The reason written after the <c>=</c>, quoted by messages.</param>
/// <param name="Declaration">The line of the ban.</param>
internal sealed record BanRule(string Scope, string SymbolId, string Reason, RuleSpan Declaration)
{
    public const string AllCode = "*";
}
