using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// The copy that changed a few values: "Merge into 'X' with parameter 'p'" gives the kept method one parameter per
/// differing value (up to <see cref="MergePlan.MaxValues"/>), with the kept value as its default where it is a
/// constant, calls it from the copy's callers with the copy's values, and deletes the copy. Offered for exact copies
/// with other literals (HAR2001), near-duplicates (HAR2002) and versioned twins (HAR2005), when the differences are
/// values that can move to the calls; see <see cref="MergePlan"/> for what keeps it from being offered.
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
            var pair = await MemberPair.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false);
            if (pair is null || !pair.InSameType || BodyAlignment.Align(pair.Kept, pair.Copy) is not { IsIdentical: false } alignment
                || await MergePlan.CreateAsync(pair, alignment, context.CancellationToken).ConfigureAwait(false) is not { } plan)
            {
                continue;
            }

            var names = string.Join(", ", plan.Values.Select(v => $"'{v.Name}'"));
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Merge into '{pair.KeptSymbol.Name}' with parameter{(plan.Values.Count > 1 ? "s" : "")} {names}{MethodReferences.OutsideCallersNote(pair.CopySymbol)}",
                    ct => MergeRewrite.ApplyAsync(plan, ct),
                    MergeKey),
                diagnostic);
        }
    }
}
