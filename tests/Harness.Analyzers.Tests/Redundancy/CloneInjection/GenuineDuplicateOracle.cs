using System;
using System.Collections.Generic;
using System.Linq;
using Harness.Analyzers.Configuration;
using Harness.Analyzers.Redundancy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>
/// Judges, independently of the analyzer, whether one of its reports names a genuine duplicate: the same shape for
/// HAR2001 (member) and HAR2003 (block), at least the threshold of shape similarity for HAR2002, and a versioned
/// name with half that for HAR2005.
/// </summary>
internal static class GenuineDuplicateOracle
{
    public static (bool Genuine, string Evidence) Judge(Diagnostic diagnostic, double threshold)
    {
        var (method, other) = (MethodAt(diagnostic.Location), MethodAt(diagnostic.AdditionalLocations[0]));
        switch (diagnostic.Id)
        {
            case "HAR2001":
                return (CodeShape.Of(method).SequenceEqual(CodeShape.Of(other)), "bodies of the same shape");
            case "HAR2002":
                var similarity = CodeShape.Similarity(CodeShape.Of(method), CodeShape.Of(other));
                return (similarity >= threshold, $"shape similarity {similarity:P1}");
            case "HAR2005":
                var twin = CodeShape.Similarity(CodeShape.Of(method), CodeShape.Of(other));
                var versioned = VersionedName.TryGetOriginal(method.Identifier.ValueText, RedundancySettings.Default.VersionedSuffixes, out var original) && original == other.Identifier.ValueText;
                return (versioned && twin >= Math.Min(0.5, threshold), $"versioned name {versioned}, shape similarity {twin:P1}");
            case "HAR2003":
                var block = CodeShape.Of(method, diagnostic.Location.SourceSpan);
                var repeat = CodeShape.Of(other, diagnostic.AdditionalLocations[0].SourceSpan);
                return (block.SequenceEqual(repeat), $"{block.Length} tokens of the same shape");
            default:
                return (false, "not a duplication rule");
        }
    }

    private static MethodDeclarationSyntax MethodAt(Location location) =>
        location.SourceTree!.GetRoot().FindToken(location.SourceSpan.Start).Parent!.FirstAncestorOrSelf<MethodDeclarationSyntax>()
        ?? throw new InvalidOperationException($"No method at {location}.");
}
