using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Baseline;

/// <summary>
/// What a baseline entry records of a finding, with no line numbers: the member or type it is in
/// (<see cref="MemberAnchor"/>), the code it is reported at when that is short (<c>-&gt; DateTime.Now</c>), and the
/// member of the other copy when it has one elsewhere (<c>~ M:Contoso.Billing.Total</c>). Copies in one file are keyed
/// by all their members in ordinal order, whichever of them are reported. A finding outside C# code
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

        var anchor = AnchorAt(location);
        var twins = additionalLocations.Where(other => other.SourceTree is not null).Select(twin => (Location: twin, Anchor: AnchorAt(twin))).ToList();
        if (twins.TrueForAll(twin => twin.Anchor == anchor))
        {
            return At(anchor, location);
        }

        if (twins.TrueForAll(twin => twin.Location.SourceTree == tree))
        {
            // Of copies in one file the analyzers report all but the first in source order, so moving members changes
            // which are reported: keyed by the whole group in ordinal order, every report of the group has one key.
            var group = twins.Prepend((Location: location, Anchor: anchor)).GroupBy(copy => copy.Anchor).OrderBy(copy => copy.Key, System.StringComparer.Ordinal).ToList();
            return At(group[0].Key, group[0].First().Location) + string.Concat(group.Skip(1).Select(copy => " ~ " + copy.Key));
        }

        return At(anchor, location) + " ~ " + twins[0].Anchor;
    }

    private static string AnchorAt(Location location) =>
        MemberAnchor.Of(location.SourceTree!.GetRoot().FindNode(location.SourceSpan, getInnermostNodeForTie: true));

    /// <summary>A member's anchor and, when short, the code at the location in it.</summary>
    private static string At(string anchor, Location location)
    {
        var code = MemberAnchor.Tokens(location.SourceTree!.GetRoot().DescendantTokens(location.SourceSpan).Where(token => location.SourceSpan.Contains(token.Span)));
        return code.Length > 0 && code.Length <= MaxCodeLength ? anchor + " -> " + code : anchor;
    }

    public static string? Of(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(PropertyName, out var key) ? key : null;
}
