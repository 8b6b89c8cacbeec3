using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>
/// Renames every parameter, local, loop, catch, pattern, lambda and query variable of a method consistently (one new
/// name per old name) to words the generator never uses, so no new name can clash with anything in the method.
/// Member names after a dot are left alone: locals are camelCase and members PascalCase, but a dot settles it.
/// </summary>
internal sealed class LocalRenamer : CSharpSyntaxRewriter
{
    private static readonly string[] NewNames =
    {
        "buf", "tmp", "res", "cur", "val", "idx", "cnt", "txt", "lst", "map", "src", "dst", "agg", "memo", "probe", "carry", "holder",
        "bucket", "stash", "tick", "seed", "crate", "slab", "pin", "knot", "reel", "sprout", "quill", "vault", "ember", "ridge", "fable",
        "lumen", "orbit", "pivot", "quartz", "rivet", "tundra", "vortex", "whisk", "yarn", "zephyr", "acorn", "basin", "cobalt", "dune",
        "fjord", "glade", "harbor", "inlet", "jetty", "kiln", "lagoon", "mesa", "nook", "oasis", "prairie", "quay", "reef", "shoal",
    };

    private readonly Dictionary<string, string> _renames;

    private LocalRenamer(Dictionary<string, string> renames) => _renames = renames;

    public static MethodDeclarationSyntax Rename(MethodDeclarationSyntax method, Random random, out int renamed)
    {
        var used = NamesUsedIn(method);
        used.UnionWith(NameAllocator.Vocabulary);
        var fresh = NewNames.Where(n => !used.Contains(n)).OrderBy(_ => random.Next()).ToList();
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in DeclaredNames(method))
        {
            renames[name] = renames.Count < fresh.Count ? fresh[renames.Count] : "v" + renames.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        renamed = renames.Count;
        return (MethodDeclarationSyntax)new LocalRenamer(renames).Visit(method);
    }

    /// <summary>Every identifier in <paramref name="node"/>: the names a new name must not take.</summary>
    public static HashSet<string> NamesUsedIn(SyntaxNode node) =>
        new(node.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText), StringComparer.Ordinal);

    /// <summary>The names the method declares, in order of declaration.</summary>
    public static IEnumerable<string> DeclaredNames(MethodDeclarationSyntax method) =>
        method.DescendantNodes().SelectMany(DeclaredBy).Select(t => t.ValueText).Distinct(StringComparer.Ordinal);

    public override SyntaxToken VisitToken(SyntaxToken token)
    {
        if (token.IsKind(SyntaxKind.IdentifierToken) && _renames.TryGetValue(token.ValueText, out var name) && !IsMemberName(token))
        {
            return SyntaxFactory.Identifier(token.LeadingTrivia, name, token.TrailingTrivia);
        }

        return base.VisitToken(token);
    }

    private static IEnumerable<SyntaxToken> DeclaredBy(SyntaxNode node) => node switch
    {
        ParameterSyntax parameter => new[] { parameter.Identifier },
        VariableDeclaratorSyntax variable => new[] { variable.Identifier },
        ForEachStatementSyntax loop => new[] { loop.Identifier },
        CatchDeclarationSyntax { Identifier.RawKind: not 0 } caught => new[] { caught.Identifier },
        SingleVariableDesignationSyntax designation => new[] { designation.Identifier },
        FromClauseSyntax from => new[] { from.Identifier },
        LetClauseSyntax let => new[] { let.Identifier },
        JoinClauseSyntax join => new[] { join.Identifier },
        QueryContinuationSyntax into => new[] { into.Identifier },
        _ => Array.Empty<SyntaxToken>(),
    };

    private static bool IsMemberName(SyntaxToken token) =>
        token.Parent is IdentifierNameSyntax name
        && (name.Parent is MemberAccessExpressionSyntax access && access.Name == name
            || name.Parent is MemberBindingExpressionSyntax
            || name.Parent is NameColonSyntax
            || name.Parent is AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax } assignment && assignment.Left == name);
}
