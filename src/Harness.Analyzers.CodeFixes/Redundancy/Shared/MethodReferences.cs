using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>The references to a method that is about to go, found in the whole solution.</summary>
internal static class MethodReferences
{
    /// <summary>Every reference's name, or null when one is not a plain call (a method group cannot take a new argument).</summary>
    public static async Task<IReadOnlyList<(DocumentId Document, SimpleNameSyntax Name)>?> CallsAsync(
        IMethodSymbol method, Solution solution, bool requireInvocations, CancellationToken cancellationToken)
    {
        var names = new List<(DocumentId, SimpleNameSyntax)>();
        foreach (var symbol in await SymbolFinder.FindReferencesAsync(method, solution, cancellationToken).ConfigureAwait(false))
        {
            foreach (var location in symbol.Locations)
            {
                var root = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                if (root?.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true) is not SimpleNameSyntax name
                    || (requireInvocations && InvocationOf(name) is null))
                {
                    return null;
                }

                names.Add((location.Document.Id, name));
            }
        }

        return names;
    }

    /// <summary>The call whose target is this name, directly or as <c>x.Name(...)</c>.</summary>
    public static InvocationExpressionSyntax? InvocationOf(SimpleNameSyntax name)
    {
        var target = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? (ExpressionSyntax)access : name;
        return target.Parent is InvocationExpressionSyntax invocation && invocation.Expression == target ? invocation : null;
    }

    public static bool BreaksOutsideCallers(IMethodSymbol method) =>
        method.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal
        && method.ContainingType.DeclaredAccessibility == Accessibility.Public;

    public static string OutsideCallersNote(IMethodSymbol method) =>
        BreaksOutsideCallers(method) ? " (breaks callers outside the solution)" : string.Empty;

    public static IEnumerable<IGrouping<DocumentId, SimpleNameSyntax>> ByDocument(IEnumerable<(DocumentId Document, SimpleNameSyntax Name)> names) =>
        names.GroupBy(n => n.Document, n => n.Name);

    public static SimpleNameSyntax Renamed(SimpleNameSyntax name, string newName) =>
        name.WithIdentifier(SyntaxFactory.Identifier(newName).WithTriviaFrom(name.Identifier));
}
