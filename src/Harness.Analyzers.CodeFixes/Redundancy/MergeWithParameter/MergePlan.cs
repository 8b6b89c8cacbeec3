using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// What merging a copy into the kept method takes, decided before anything is offered: one parameter per differing
/// value (at most <see cref="MaxValues"/>; none for an exact copy), the calls to change, and the checks that keep
/// behaviour: every value can move to its call sites, no other method could now be chosen (an overload in the kept
/// method's type, or anything a retargeted call finds by the kept name), and no call is a method group.
/// </summary>
internal sealed class MergePlan
{
    /// <summary>Past this many values, the members differ in more than a parameter list should carry.</summary>
    public const int MaxValues = 3;

    private MergePlan(MemberPair pair, IReadOnlyList<MergedValue> values, CallSites copyCalls, CallSites keptCalls)
    {
        Pair = pair;
        Values = values;
        CopyCalls = copyCalls;
        KeptCalls = keptCalls;
    }

    public MemberPair Pair { get; }

    /// <summary>The new parameters in the order they are added: the copy's own parameters first, then the required ones.</summary>
    public IReadOnlyList<MergedValue> Values { get; }

    public CallSites CopyCalls { get; }

    /// <summary>The kept method's calls, which pass the kept value where it cannot be a default.</summary>
    public CallSites KeptCalls { get; }

    public static async Task<MergePlan?> CreateAsync(MemberPair pair, BodyAlignment alignment, CancellationToken cancellationToken)
    {
        if (alignment.Differences.Count > MaxValues || !pair.KeptSignatureIsFree || HasOverloads(pair.KeptSymbol))
        {
            return null;
        }

        var keptModel = (await pair.KeptDocument.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        var copyModel = (await pair.CopyDocument.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        var values = new List<MergedValue>();
        foreach (var difference in alignment.Differences)
        {
            if (MergedValue.Create(difference, keptModel, copyModel, cancellationToken) is not { } value)
            {
                return null;
            }

            values.Add(value);
        }

        // The copy's callers pass its own parameters by position; the others go by name, so their order is free.
        var ordered = values.Where(v => v.Difference.CopyParameter is not null)
            .OrderBy(v => alignment.CopyExtraParameters.TakeWhile(p => p != v.Difference.CopyParameter).Count())
            .Concat(values.Where(v => v.Difference.CopyParameter is null).OrderBy(v => v.IsOptional))
            .ToList();
        var solution = pair.CopyDocument.Project.Solution;
        if (!IsValidOrder(pair.KeptSymbol, ordered)
            || await CallSites.FindAsync(pair.CopySymbol, solution, pair, cancellationToken).ConfigureAwait(false) is not { } copyCalls
            || await CallSites.FindAsync(pair.KeptSymbol, solution, pair, cancellationToken).ConfigureAwait(false) is not { } keptCalls
            || !copyCalls.FindOnly(pair.KeptSymbol, cancellationToken)
            || (ordered.Any(v => v.ReadsThis) && !(copyCalls.AllOnThis && keptCalls.AllOnThis))
            || !copyCalls.CanPass(ordered.Where(v => v.Difference.CopyParameter is null).Select(v => v.Difference.CopyValue), copyModel, cancellationToken)
            || !keptCalls.CanPass(ordered.Where(v => !v.IsOptional).Select(v => v.Difference.KeptValue), keptModel, cancellationToken))
        {
            return null;
        }

        ParameterNames.Choose(ordered, pair, keptModel, cancellationToken);
        return copyCalls.Name(RenamedParameters(pair, ordered)) ? null : new MergePlan(pair, ordered, copyCalls, keptCalls);
    }

    /// <summary>Another method of the kept method's name, in its type or a base type, might be chosen by a call once the parameters change.</summary>
    private static bool HasOverloads(IMethodSymbol kept)
    {
        for (var type = kept.ContainingType; type is not null; type = type.BaseType)
        {
            if (type.GetMembers(kept.Name).Any(member => !SymbolEqualityComparer.Default.Equals(member, kept)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The copy's parameters that the merged method calls otherwise: an argument naming one would name nothing after the merge.</summary>
    private static HashSet<string> RenamedParameters(MemberPair pair, IReadOnlyList<MergedValue> values)
    {
        var merged = pair.KeptSymbol.Parameters.Select(p => p.Name).Concat(values.Select(v => v.Name)).ToList();
        return new(pair.CopySymbol.Parameters.Where(p => p.Ordinal >= merged.Count || merged[p.Ordinal] != p.Name).Select(p => p.Name));
    }

    /// <summary>A required parameter cannot follow an optional one.</summary>
    private static bool IsValidOrder(IMethodSymbol kept, IReadOnlyList<MergedValue> values)
    {
        var optional = kept.Parameters.Any(p => p.HasExplicitDefaultValue);
        foreach (var value in values)
        {
            if (optional && !value.IsOptional)
            {
                return false;
            }

            optional |= value.IsOptional;
        }

        return true;
    }
}
