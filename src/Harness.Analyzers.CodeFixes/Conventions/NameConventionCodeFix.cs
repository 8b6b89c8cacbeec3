using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Harness.Analyzers.Configuration;
using Harness.Analyzers.Conventions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Rename;

namespace Harness.Analyzers.CodeFixes.Conventions;

/// <summary>
/// HAR3001: renames the type so that it matches a required pattern of the form <c>*Suffix</c> (the suffix is added)
/// or <c>Prefix*</c> (the prefix is added), with the Renamer, so every reference in the solution follows. One action
/// per such pattern; none for other patterns, or when the new name is taken. FixAll renames one type after another
/// (<see cref="RenameAllProvider"/>), each in the solution the previous renames left.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NameConventionCodeFix))]
public sealed class NameConventionCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.NameConvention);

    public override FixAllProvider GetFixAllProvider() => RenameAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (await ConventionTarget.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not { } type)
            {
                continue;
            }

            var solution = context.Document.Project.Solution;
            foreach (var (pattern, newName) in NewNames(diagnostic, type))
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Rename to '{newName}'", cancellationToken => RenameAsync(solution, type, newName, cancellationToken), KeyOf(pattern)),
                    diagnostic);
            }
        }
    }

    /// <summary>The action's equivalence key: one per pattern, so FixAll renames every type by the same pattern.</summary>
    private static string KeyOf(NamePattern pattern) => $"{DiagnosticIds.NameConvention}.Rename.{pattern.Text}";

    /// <summary>For each required <c>*Suffix</c> or <c>Prefix*</c> pattern, the name the type would get, if free.</summary>
    private static IEnumerable<(NamePattern Pattern, string NewName)> NewNames(Diagnostic diagnostic, INamedTypeSymbol type)
    {
        if (!diagnostic.Properties.TryGetValue(NameConventionRule.PatternsProperty, out var patterns) || patterns is null)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in patterns.Split(NameConventionRule.Separator))
        {
            if (!NamePattern.TryParse(text, out var pattern, out _))
            {
                continue;
            }

            var newName = pattern!.RequiredSuffix is { } suffix ? type.Name + suffix
                : pattern.RequiredPrefix is { } prefix ? prefix + type.Name
                : null;
            if (newName is not null && pattern.Matches(newName) && SyntaxFacts.IsValidIdentifier(newName) && IsFree(type, newName) && seen.Add(newName))
            {
                yield return (pattern, newName);
            }
        }
    }

    /// <summary>No type of that name and arity beside it, and not the name of its containing type.</summary>
    private static bool IsFree(INamedTypeSymbol type, string newName)
    {
        var siblings = type.ContainingType is { } containing
            ? containing.GetTypeMembers(newName, type.Arity)
            : type.ContainingNamespace.GetTypeMembers(newName, type.Arity);
        return siblings.IsEmpty && type.ContainingType?.Name != newName;
    }

    private static Task<Solution> RenameAsync(Solution solution, INamedTypeSymbol type, string newName, CancellationToken cancellationToken) =>
        Renamer.RenameSymbolAsync(solution, type, new SymbolRenameOptions(), newName, cancellationToken);

    /// <summary>
    /// FixAll for HAR3001: the batch fixer merges text changes that were computed apart, which breaks when two renames
    /// touch one name (<c>Orders&lt;Customers&gt;</c>, a nested type in a renamed one). Here every type is found again
    /// by its documentation-comment ID in the solution the previous renames left, nested types before the types that
    /// contain them (renaming a container changes the IDs of its nested types, not the other way round).
    /// </summary>
    private sealed class RenameAllProvider : FixAllProvider
    {
        public static readonly RenameAllProvider Instance = new();

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var diagnostics = await FixAllScopeDiagnostics.GetAsync(fixAllContext).ConfigureAwait(false);

            var renames = new List<(ProjectId Project, string Id, int Depth, string NewName)>();
            var cancellationToken = fixAllContext.CancellationToken;
            foreach (var (project, found) in diagnostics)
            {
                if (found.Id != DiagnosticIds.NameConvention
                    || await CurrentFinding.InAsync(project.Solution, found, cancellationToken).ConfigureAwait(false) is not { } diagnostic
                    || diagnostic.Location.SourceTree is not { } tree
                    || project.GetDocument(tree) is not { } document
                    || await ConventionTarget.FindAsync(document, diagnostic, cancellationToken).ConfigureAwait(false) is not { } type
                    || type.GetDocumentationCommentId() is not { } id)
                {
                    continue;
                }

                // Without a key (dotnet format passes none when the first finding has no fix), each type's first new name.
                var chosen = NewNames(diagnostic, type).FirstOrDefault(n => fixAllContext.CodeActionEquivalenceKey is null || KeyOf(n.Pattern) == fixAllContext.CodeActionEquivalenceKey);
                if (chosen.NewName is not null && !renames.Any(r => r.Project == project.Id && r.Id == id))
                {
                    renames.Add((project.Id, id, Depth(type), chosen.NewName));
                }
            }

            var solution = fixAllContext.Solution;
            return renames.Count == 0 ? NothingToFix.In(solution, fixAllContext.CodeActionEquivalenceKey) : CodeAction.Create("Rename every type to match its convention", ct => RenameAllAsync(solution, renames, ct), fixAllContext.CodeActionEquivalenceKey);
        }

        private static async Task<Solution> RenameAllAsync(Solution solution, List<(ProjectId Project, string Id, int Depth, string NewName)> renames, CancellationToken cancellationToken)
        {
            foreach (var rename in renames.OrderByDescending(r => r.Depth).ThenBy(r => r.Id, StringComparer.Ordinal))
            {
                if (solution.GetProject(rename.Project) is not { } project
                    || await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false) is not { } compilation
                    || DocumentationCommentId.GetFirstSymbolForDeclarationId(rename.Id, compilation) is not INamedTypeSymbol type)
                {
                    continue;
                }

                solution = await Renamer.RenameSymbolAsync(solution, type, new SymbolRenameOptions(), rename.NewName, cancellationToken).ConfigureAwait(false);
            }

            return solution;
        }

        private static int Depth(INamedTypeSymbol type)
        {
            var depth = 0;
            for (var containing = type.ContainingType; containing is not null; containing = containing.ContainingType)
            {
                depth++;
            }

            return depth;
        }
    }
}
