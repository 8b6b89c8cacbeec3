using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Configuration;

internal sealed record RuleSpan(RuleOrigin Origin, TextSpan Span)
{
    public Location Location => Origin.LocationOf(Span);
}
