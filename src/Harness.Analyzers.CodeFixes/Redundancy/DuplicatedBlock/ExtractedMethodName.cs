using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>The name of the extracted method: said by what the block computes or calls, and free wherever it is used.</summary>
internal static class ExtractedMethodName
{
    /// <summary>The first free stem, else the first stem with the lowest free number (2 to 9).</summary>
    public static string? Choose(ExtractionPlan plan, CancellationToken cancellationToken)
    {
        var stems = Stems(plan).ToList();
        return stems.Concat(Enumerable.Range(2, 8).Select(n => stems[0] + n)).FirstOrDefault(name => IsFree(name, plan, cancellationToken));
    }

    /// <summary><c>GetX</c> for a block that computes <c>x</c>; else the first method it calls; else <c>Extracted</c>.</summary>
    private static IEnumerable<string> Stems(ExtractionPlan plan)
    {
        if (plan.Output is not null && Pascal(plan.Output.Name) is { Length: > 0 } noun)
        {
            yield return "Get" + noun;
        }

        foreach (var token in plan.Canonical.Symbols.Tokens)
        {
            if (token.Symbol is IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.ReducedExtension } called
                && token.Token.Parent is SimpleNameSyntax name && MethodReferences.InvocationOf(name) is not null
                && Pascal(called.Name) is { Length: > 0 } verb)
            {
                yield return verb;
                break;
            }
        }

        yield return "Extracted";
    }

    /// <summary>No member of the type (inherited and extension methods included) and nothing in scope at any call has the name.</summary>
    private static bool IsFree(string name, ExtractionPlan plan, CancellationToken cancellationToken)
    {
        var canonical = plan.Canonical.Run;
        var type = plan.Canonical.Flow.ContainingType;
        if (name == type.Name || plan.Parameters.Any(p => p.Name == name) || plan.Locals.Any(l => l.Name == name)
            || !canonical.Model.LookupSymbols(plan.InsertAfter.SpanStart, type, name, includeReducedExtensionMethods: true).IsEmpty)
        {
            return false;
        }

        foreach (var occurrence in plan.Occurrences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!occurrence.Run.Model.LookupSymbols(occurrence.Run.First.SpanStart, name: name).IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    private static string Pascal(string name)
    {
        var trimmed = name.TrimStart('_');
        return trimmed.Length == 0 ? string.Empty : char.ToUpperInvariant(trimmed[0]) + trimmed.Substring(1);
    }
}
