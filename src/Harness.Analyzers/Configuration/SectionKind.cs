using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Configuration;

/// <summary>
/// A kind of rules-file section, as one unit: its keyword, the name its header takes, its keys and how their values
/// parse, and the settings it adds to the merged <see cref="HarnessRules"/> (with the checks only the merged view can
/// make). Every kind is registered once, in <see cref="SectionKinds.All"/>: a new section is a new subclass there.
/// </summary>
internal abstract class SectionKind
{
    /// <summary>The word that opens its header: <c>layer</c> in <c>[layer domain]</c>. Compared case-insensitively.</summary>
    public abstract string Keyword { get; }

    /// <summary>How the expected-sections list of HAR0002 shows it: <c>[layer NAME]</c>.</summary>
    public virtual string Usage => $"[{Keyword} NAME]";

    /// <summary>The keys it accepts, in the order HAR0003 lists them.</summary>
    public abstract ImmutableArray<SectionSchema.Key> Keys { get; }

    /// <summary>A name used in the examples of HAR0001 when the header lacks one.</summary>
    protected virtual string ExampleName => "domain";

    /// <summary>How messages name a section of this kind: as its header, e.g. <c>[layer domain]</c>.</summary>
    public virtual string DisplayOf(string name) => $"[{Keyword} {name}]";

    /// <summary>Why the header's name is not acceptable (a HAR0001 message), or null when it is.</summary>
    public virtual string? CheckName(string name)
    {
        if (name.Length == 0)
        {
            return $"[{Keyword}] needs a name, e.g. [{Keyword} {ExampleName}]";
        }

        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('_' or '-' or '.'))
            {
                return $"'{name}' is not a valid name: use letters, digits, '_', '-' and '.'";
            }
        }

        return null;
    }

    /// <summary>Parses one <c>key = value</c> line of a section of this kind; <paramref name="display"/> names the section in messages.</summary>
    public virtual EntryParse ParseEntry(string key, string value, string display)
    {
        var definition = Keys.FirstOrDefault(k => string.Equals(k.Name, key, StringComparison.OrdinalIgnoreCase));
        if (definition is null)
        {
            return EntryParse.Problem(Descriptors.UnknownKey, key, display, string.Join(", ", Keys.Select(k => k.Name)));
        }

        var parsed = definition.Parse(value, out var error);
        if (parsed is not null)
        {
            return EntryParse.Accepted(definition.Name, parsed);
        }

        return definition.IsPattern && value.Length > 0
            ? EntryParse.Rejected(definition.Name, Descriptors.InvalidPattern, definition.Name, display, error)
            : EntryParse.Rejected(definition.Name, Descriptors.InvalidValue, value, definition.Name, display, error);
    }

    /// <summary>
    /// Adds what the sections of this kind say to the merged rules. <paramref name="sections"/> are the merged
    /// sections of this kind, in the order they first appear; kinds build in the order of <see cref="SectionKinds.All"/>,
    /// so a kind sees what the kinds before it built (a ban scope checks the layers).
    /// </summary>
    public abstract HarnessRules Build(HarnessRules rules, IReadOnlyList<MergedSection> sections, RulesBuild build);

    public override string ToString() => Keyword;
}
