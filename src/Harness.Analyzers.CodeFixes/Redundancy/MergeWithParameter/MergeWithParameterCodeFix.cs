using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// The copy that changed a few values: "Merge into 'X' with parameter 'p'" gives the kept method one parameter per
/// differing value (up to <see cref="MergePlan.MaxValues"/>), with the kept value as its default where it is a
/// constant, calls it from the copy's callers with the copy's values, and deletes the copy. Offered for exact copies
/// with other literals (HAR2001), near-duplicates (HAR2002) and versioned twins (HAR2005, exact copies included), when
/// the differences are values that can move to the calls; see <see cref="MergePlan"/> for what keeps it from being
/// offered. The plain name survives: the original of a rewrite, <c>Trim</c> rather than <c>TrimToWidth</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MergeWithParameterCodeFix))]
public sealed class MergeWithParameterCodeFix : CodeFixProvider
{
    public const string MergeKey = "HAR2xxx.MergeWithParameter";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.DuplicateMember, DiagnosticIds.NearDuplicateMember, DiagnosticIds.VersionedTwin);

    // Each copy carries the one report of its pair, so fixing every report never makes two members call each other.
    public override FixAllProvider GetFixAllProvider() => EveryFindingFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (await MemberPair.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not { InSameType: true } reported)
            {
                continue;
            }

            foreach (var pair in Orientations(reported))
            {
                if (await PlanAsync(pair, diagnostic.Id, context.CancellationToken).ConfigureAwait(false) is { } plan)
                {
                    context.RegisterCodeFix(CodeAction.Create(Title(plan), ct => MergeRewrite.ApplyAsync(plan, ct), MergeKey), diagnostic);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The member whose name adds words to the other's (<c>TrimToWidth</c> beside <c>Trim</c>) goes, whichever of the
    /// two carries the report, so the plain name survives; the reported member goes when the other way has no merge.
    /// A rewrite (HAR2005) is reported at itself, so the original's name survives already.
    /// </summary>
    private static IEnumerable<MemberPair> Orientations(MemberPair reported)
    {
        if (AddedWords.Of(reported.KeptSymbol.Name, reported.CopySymbol.Name) is not null && reported.Swapped() is { } swapped)
        {
            yield return swapped;
        }

        yield return reported;
    }

    /// <summary>An exact copy is HAR2001's to fix ("Remove and use"); an exact rewrite has no other fix, and merging it with no parameter is that.</summary>
    private static async Task<MergePlan?> PlanAsync(MemberPair pair, string id, CancellationToken cancellationToken) =>
        BodyAlignment.Align(pair.Kept, pair.Copy) is { } alignment && (!alignment.IsIdentical || id == DiagnosticIds.VersionedTwin)
            ? await MergePlan.CreateAsync(pair, alignment, cancellationToken).ConfigureAwait(false)
            : null;

    private static string Title(MergePlan plan)
    {
        var parameters = plan.Values.Count switch
        {
            0 => string.Empty,
            1 => $" with parameter '{plan.Values[0].Name}'",
            _ => " with parameters " + string.Join(", ", plan.Values.Select(v => $"'{v.Name}'")),
        };
        return $"Merge into '{plan.Pair.KeptSymbol.Name}'{parameters}{MethodReferences.OutsideCallersNote(plan.Pair.CopySymbol)}";
    }
}
