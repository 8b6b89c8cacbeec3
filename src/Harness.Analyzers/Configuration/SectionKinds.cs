using System;
using System.Collections.Immutable;
using System.Linq;

namespace Harness.Analyzers.Configuration;

/// <summary>The one list of the sections a rules file may hold.</summary>
internal static class SectionKinds
{
    /// <summary>
    /// Every section kind, in build order: layers first, since the kinds after them check the layer names they use.
    /// </summary>
    public static readonly ImmutableArray<SectionKind> All = ImmutableArray.Create<SectionKind>(
        LayerSection.Instance,
        ModulesSection.Instance,
        BanSection.Instance,
        RedundancySection.Instance,
        ConventionSection.Instance);

    /// <summary>The expected sections, as HAR0002 lists them: <c>[layer NAME], [modules NAME], … or [redundancy]</c>.</summary>
    public static readonly string Expected =
        string.Join(", ", All.Take(All.Length - 1).Select(kind => kind.Usage)) + " or " + All[All.Length - 1].Usage;

    public static SectionKind? Find(string keyword)
    {
        foreach (var kind in All)
        {
            if (string.Equals(kind.Keyword, keyword, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return null;
    }
}
