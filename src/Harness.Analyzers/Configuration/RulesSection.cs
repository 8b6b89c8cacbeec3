using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Configuration;

/// <param name="Kind">What the header declares: one of <see cref="SectionKinds.All"/>.</param>
/// <param name="Name">The name in the header (empty for <c>[redundancy]</c>).</param>
/// <param name="HeaderSpan">The span of the header line.</param>
/// <param name="Entries">The entries whose values parsed, in file order.</param>
/// <param name="RejectedKeys">Keys written with a value that was rejected (and reported), so they are not reported again as missing.</param>
internal sealed record RulesSection(SectionKind Kind, string Name, TextSpan HeaderSpan, ImmutableArray<RulesEntry> Entries, ImmutableHashSet<string> RejectedKeys)
{
    /// <summary>What messages say before any section header.</summary>
    public const string PreambleDisplay = "the lines before the first section";

    /// <summary>How messages name a section: as its header, e.g. <c>[layer domain]</c>.</summary>
    public static string DisplayOf(SectionKind kind, string name) => kind.DisplayOf(name);
}
