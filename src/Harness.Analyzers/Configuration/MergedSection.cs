using System;
using System.Collections.Generic;

namespace Harness.Analyzers.Configuration;

/// <summary>A section as every rules file in force wrote it: later files' keys over earlier ones.</summary>
internal sealed class MergedSection
{
    public MergedSection(SectionKind kind, string name, RuleSpan header)
    {
        Kind = kind;
        Name = name;
        Header = header;
    }

    public SectionKind Kind { get; }

    public string Name { get; }

    /// <summary>The header where the section first appears.</summary>
    public RuleSpan Header { get; }

    /// <summary>How messages name it, e.g. <c>[layer domain]</c>.</summary>
    public string Display => Kind.DisplayOf(Name);

    /// <summary>Key to value and the line it came from; keys are canonical (ban keys are symbols), so the comparison is ordinal.</summary>
    public Dictionary<string, (object Value, RuleSpan Span)> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>Keys written with a value that was rejected (and reported).</summary>
    public HashSet<string> RejectedKeys { get; } = new(StringComparer.Ordinal);

    public T? Get<T>(string key) => Values.TryGetValue(key, out var value) ? (T)value.Value : default;

    public RuleSpan? SpanOf(string key) => Values.TryGetValue(key, out var value) ? value.Span : null;
}
