using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.CodeFixes;

/// <summary>
/// A finding moved into the solution a FixAll works on. <c>dotnet format analyzers</c> computes the findings once, then
/// runs one fix provider after another, each on the solution the previous ones left: a finding's spans are moved
/// through the edits made since, and the finding is dropped when an edit touched one of them (the next run fixes it).
/// </summary>
internal static class CurrentFinding
{
    public static async Task<Diagnostic?> InAsync(Solution solution, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var location = await MoveAsync(solution, diagnostic.Location, cancellationToken).ConfigureAwait(false);
        var additional = new List<Location>(diagnostic.AdditionalLocations.Count);
        foreach (var other in diagnostic.AdditionalLocations)
        {
            if (await MoveAsync(solution, other, cancellationToken).ConfigureAwait(false) is not { } moved)
            {
                return null;
            }

            additional.Add(moved);
        }

        if (location is null)
        {
            return null;
        }

        return location == diagnostic.Location && additional.SequenceEqual(diagnostic.AdditionalLocations)
            ? diagnostic
            : Diagnostic.Create(diagnostic.Descriptor, location, additional, diagnostic.Properties);
    }

    private static async Task<Location?> MoveAsync(Solution solution, Location location, CancellationToken cancellationToken)
    {
        if (location.SourceTree is not { } tree)
        {
            return location;
        }

        var document = solution.GetDocument(tree)
            ?? solution.GetDocumentIdsWithFilePath(tree.FilePath).Select(solution.GetDocument).FirstOrDefault(d => d is not null);
        if (document is null || await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false) is not { } current)
        {
            return null;
        }

        if (current == tree)
        {
            return location;
        }

        var span = location.SourceSpan;
        var shift = 0;
        // The trees' differ, not the texts': a fix's text comes from its new tree and records no changes of its own.
        foreach (var change in current.GetChanges(tree))
        {
            if (change.Span.Start >= span.End && change.Span.Start > span.Start)
            {
                break;
            }

            if (change.Span.End > span.Start || (change.Span.Length == 0 && change.Span.Start == span.Start))
            {
                return null;
            }

            shift += (change.NewText?.Length ?? 0) - change.Span.Length;
        }

        return Location.Create(current, new TextSpan(span.Start + shift, span.Length));
    }
}
