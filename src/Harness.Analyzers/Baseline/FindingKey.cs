using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Baseline;

/// <summary>
/// What a baseline entry records of a finding, with no line numbers: the member or type it is in
/// (<see cref="MemberAnchor"/>), the code it is reported at when that is short (<c>-&gt; DateTime.Now</c>), and the
/// member of the other copy when it has one elsewhere (<c>~ M:Contoso.Billing.Total</c>). Two copies in one file are
/// keyed from the first of their members in ordinal order, whichever of them is reported. A finding outside C# code
/// (a rule that matches nothing, at its line of a rules file) is keyed by its message. Every HAR finding carries its key
/// as the property <see cref="PropertyName"/>, so the baseline, its suppressor and SARIF readers agree on it.
/// </summary>
internal static class FindingKey
{
    public const string PropertyName = "HarnessBaselineKey";

    /// <summary>Longer code (a duplicated block) is told apart by its member and its twin's, not by its text.</summary>
    private const int MaxCodeLength = 80;

    /// <summary>The key of a finding in C# code; null for one elsewhere, which its message keys instead.</summary>
    public static string? Of(Location location, IEnumerable<Location> additionalLocations)
    {
        if (location.SourceTree is not { } tree)
        {
            return null;
        }

        var anchor = MemberAnchor.Of(tree.GetRoot().FindNode(location.SourceSpan, getInnermostNodeForTie: true));
        var twin = additionalLocations.FirstOrDefault(other => other.SourceTree is not null);
        var other = twin is null ? anchor : MemberAnchor.Of(twin.SourceTree!.GetRoot().FindNode(twin.SourceSpan, getInnermostNodeForTie: true));
        if (other == anchor)
        {
            return At(anchor, location);
        }

        // Of two copies in one file, the analyzers report the later one, so moving members swaps the copy reported:
        // keyed from the first member in ordinal order, either report has the same key.
        return twin!.SourceTree == tree && string.CompareOrdinal(other, anchor) < 0
            ? At(other, twin) + " ~ " + anchor
            : At(anchor, location) + " ~ " + other;
    }

    /// <summary>A member's anchor and, when short, the code at the location in it.</summary>
    private static string At(string anchor, Location location)
    {
        var code = MemberAnchor.Tokens(location.SourceTree!.GetRoot().DescendantTokens(location.SourceSpan).Where(token => location.SourceSpan.Contains(token.Span)));
        return code.Length > 0 && code.Length <= MaxCodeLength ? anchor + " -> " + code : anchor;
    }

    public static string? Of(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(PropertyName, out var key) ? key : null;
}
