using System;
using Harness.Analyzers.Configuration;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Architecture;

/// <summary>
/// HAR1005: a layer, modules rule or ban that matches nothing the compilation can see passes vacuously, a known failure
/// of architecture-test libraries. Off by default: a low project cannot see the layers above it. (Conventions that select
/// nothing: <c>UnselectingConventionRule</c>.)
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

    private static void Report(Action<Diagnostic> report, Location location, string rule) =>
        report(Finding.Create(Descriptors.UnmatchedRule, location, rule));
}
