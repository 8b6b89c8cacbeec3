using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Configuration;

/// <summary>What the section kinds share while they build the merged rules: the problems found so far.</summary>
internal sealed class RulesBuild
{
    private readonly List<Diagnostic> _problems = new();

    public ImmutableArray<Diagnostic> Problems => _problems.ToImmutableArray();

    public void Report(Diagnostic problem) => _problems.Add(problem);

    /// <summary>A section without a required key is ignored; it is reported unless a rejected value for the key already was.</summary>
    public void ReportMissing(MergedSection section, string key, params string[] keys)
    {
        if (!keys.Any(section.RejectedKeys.Contains))
        {
            _problems.Add(Diagnostic.Create(Descriptors.MissingKey, section.Header.Location, section.Display, key));
        }
    }

    /// <summary>HAR0005: <paramref name="where"/> names a layer that no rules file declares.</summary>
    public void ReportUnknownLayer(RuleSpan at, string where, string name, ImmutableArray<LayerRule> layers)
    {
        var declared = layers.IsEmpty ? "none" : string.Join(", ", layers.Select(l => l.Name).OrderBy(n => n, StringComparer.Ordinal));
        _problems.Add(Diagnostic.Create(Descriptors.UnknownLayer, at.Location, where, name, declared));
    }
}
