using System;
using System.Collections.Immutable;
using Harness.Analyzers.Configuration;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Architecture;

/// <summary>
/// HAR1005: a layer, modules rule, ban or convention that matches nothing the compilation can see passes vacuously, a known
/// failure of architecture-test libraries. Off by default: a low project cannot see the layers above it.
/// </summary>
internal static class UnmatchedPatternRule
{
    public static void Report(Action<Diagnostic> report, ArchitectureModel model, RuleCoverage coverage)
    {
        for (var layer = 0; layer < model.Layers.Length; layer++)
        {
            if (!coverage.Layers[layer])
            {
                Report(report, model.Layers[layer].Patterns.Location, $"[layer {model.Layers[layer].Name}]");
            }
        }

        for (var rule = 0; rule < model.Modules.Length; rule++)
        {
            if (!coverage.Modules[rule])
            {
                Report(report, model.Modules[rule].Declaration.Location, $"[modules {model.Modules[rule].Name}] pattern '{model.Modules[rule].Pattern}'");
            }
        }

        foreach (var ban in model.Rules.Bans)
        {
            if (!coverage.Bans.Contains(ban))
            {
                Report(report, ban.Declaration.Location, $"[ban {ban.Scope}] {ban.SymbolId}");
            }
        }
    }

    /// <summary>HAR1005 for the conventions that select no type the compilation can see.</summary>
    public static void ReportConventions(Action<Diagnostic> report, ImmutableArray<ConventionRule> conventions, Func<int, bool> selectsNothing)
    {
        for (var i = 0; i < conventions.Length; i++)
        {
            if (selectsNothing(i))
            {
                Report(report, conventions[i].Declaration.Location, $"[convention {conventions[i].Name}]");
            }
        }
    }

    /// <summary>
    /// Whether HAR1005 may be reported: it is off by default, so unless a rule set, <c>/warnaserror</c> or a global
    /// config raises it, work that only it needs (a walk over the referenced assemblies) is skipped.
    /// </summary>
    public static bool MayReport(Compilation compilation)
    {
        var id = Descriptors.UnmatchedRule.Id;
        if (compilation.Options.SpecificDiagnosticOptions.TryGetValue(id, out var specific))
        {
            return specific != ReportDiagnostic.Suppress;
        }

        if (compilation.Options.SyntaxTreeOptionsProvider is { } provider && provider.TryGetGlobalDiagnosticValue(id, default, out var global))
        {
            return global != ReportDiagnostic.Suppress;
        }

        return Descriptors.UnmatchedRule.IsEnabledByDefault;
    }

    private static void Report(Action<Diagnostic> report, Location location, string rule) =>
        report(Finding.Create(Descriptors.UnmatchedRule, location, rule));
}
