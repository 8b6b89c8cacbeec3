using System;
using System.Collections.Immutable;
using Harness.Analyzers.Configuration;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Conventions;

/// <summary>
/// HAR1005 for conventions: one that selects no type the compilation can see passes vacuously. Off by default, as for
/// layers, modules rules and bans.
/// </summary>
internal static class UnselectingConventionRule
{
    public static void Report(Action<Diagnostic> report, ImmutableArray<ConventionRule> conventions, Func<int, bool> selectsNothing)
    {
        for (var i = 0; i < conventions.Length; i++)
        {
            if (selectsNothing(i))
            {
                report(Finding.Create(Descriptors.UnmatchedRule, conventions[i].Declaration.Location, $"[convention {conventions[i].Name}]"));
            }
        }
    }
}
