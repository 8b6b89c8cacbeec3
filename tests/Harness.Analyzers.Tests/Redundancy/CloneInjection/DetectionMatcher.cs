using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>
/// Which diagnostics link which two methods: a diagnostic located in one method with an additional location in
/// another links the pair, in both directions. A mutant counts as found when a member-level rule links it to its
/// original.
/// </summary>
internal sealed class DetectionMatcher
{
    public static readonly string[] MemberRuleIds = { "HAR2001", "HAR2002", "HAR2005" };

    private readonly Dictionary<(MemberKey, MemberKey), SortedSet<string>> _links = new();

    public DetectionMatcher(IEnumerable<SyntaxTree> trees, IEnumerable<Diagnostic> diagnostics)
    {
        var methods = trees.ToDictionary(t => t.FilePath, t => t.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().ToList(), StringComparer.Ordinal);
        MemberKey? MethodAt(Location location)
        {
            if (location.SourceTree is not { } tree)
            {
                return null;
            }

            var method = methods[tree.FilePath].LastOrDefault(m => m.Span.Contains(location.SourceSpan.Start));
            return method is null ? null : new MemberKey(tree.FilePath, MemberLocator.ClassOf(method).Identifier.ValueText, method.Identifier.ValueText);
        }

        foreach (var diagnostic in diagnostics)
        {
            if (MethodAt(diagnostic.Location) is not { } reported)
            {
                continue;
            }

            foreach (var counterpart in diagnostic.AdditionalLocations.Select(MethodAt).OfType<MemberKey>())
            {
                Link(reported, counterpart, diagnostic.Id);
                Link(counterpart, reported, diagnostic.Id);
            }
        }
    }

    /// <summary>The IDs of the diagnostics that link the two methods, either way round.</summary>
    public IReadOnlyCollection<string> Between(MemberKey a, MemberKey b) =>
        _links.TryGetValue((a, b), out var ids) ? ids : (IReadOnlyCollection<string>)Array.Empty<string>();

    /// <summary>The member-level IDs among <see cref="Between"/>: the ones that count as finding a clone.</summary>
    public IReadOnlyList<string> FoundBy(MemberKey mutant, MemberKey original) => Between(mutant, original).Where(id => MemberRuleIds.Contains(id)).ToList();

    private void Link(MemberKey from, MemberKey to, string id)
    {
        if (!_links.TryGetValue((from, to), out var ids))
        {
            ids = new SortedSet<string>(StringComparer.Ordinal);
            _links.Add((from, to), ids);
        }

        ids.Add(id);
    }
}
