using System;
using System.Linq;
using Harness.Analyzers.Configuration;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Conventions;

/// <summary>
/// HAR3002: a selected type that is not in one of the convention's <c>layer</c> layers, or whose namespace matches
/// none of its <c>namespace</c> patterns; each key broken is one finding.
/// </summary>
internal static class PlacementConventionRule
{
    public static void Check(ConventionState state, int index, ConventionType type, Location location, Action<Diagnostic> report)
    {
        var convention = state.Conventions[index];
        if (convention.RequiredLayers is { } layers && (type.Layer < 0 || !state.RequiredLayers[index][type.Layer]))
        {
            var actual = type.Layer < 0 ? "no layer" : "layer " + state.Layers[type.Layer].Name;
            report(Finding.Create(
                Descriptors.PlacementConvention, location,
                type.Display, actual, convention.Name, "layer " + string.Join(" or ", layers),
                convention.LineOf("layer").Origin.FileName, BecauseText.Of(convention.Because)));
        }

        if (convention.RequiredNamespaces is { } namespaces && !NamespaceName.AnyMatches(namespaces, type.Namespace.Segments))
        {
            var actual = type.Namespace.Name.Length == 0 ? "the global namespace" : "namespace " + type.Namespace.Name;
            report(Finding.Create(
                Descriptors.PlacementConvention, location,
                type.Display, actual, convention.Name, "namespace " + string.Join(" or ", namespaces.Select(p => p.Text)),
                convention.LineOf("namespace").Origin.FileName, BecauseText.Of(convention.Because)));
        }
    }
}
