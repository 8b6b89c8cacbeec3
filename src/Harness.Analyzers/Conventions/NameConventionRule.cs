using System;
using System.Collections.Immutable;
using System.Linq;
using Harness.Analyzers.Configuration;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Conventions;

/// <summary>HAR3001: a selected type whose simple name (without generic arity) matches none of the convention's <c>name</c> patterns.</summary>
internal static class NameConventionRule
{
    /// <summary>The property that carries the required patterns to the code fix, separated by <see cref="Separator"/>.</summary>
    public const string PatternsProperty = "HarnessNamePatterns";

    public const char Separator = ',';

    public static void Check(ConventionRule convention, ConventionType type, Location location, Action<Diagnostic> report)
    {
        if (convention.RequiredNames is not { } patterns)
        {
            return;
        }

        foreach (var pattern in patterns)
        {
            if (pattern.Matches(type.Symbol.Name))
            {
                return;
            }
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(PatternsProperty, string.Join(Separator.ToString(), patterns.Select(p => p.Text)));
        report(Finding.Create(
            Descriptors.NameConvention, location, null, properties,
            type.Display, type.Symbol.Name, convention.Name, string.Join(" or ", patterns.Select(p => p.Text)),
            convention.LineOf("name").Origin.FileName, BecauseText.Of(convention.Because)));
    }
}
