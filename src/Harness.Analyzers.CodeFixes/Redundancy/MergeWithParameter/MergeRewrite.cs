using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// Applies a <see cref="MergePlan"/>: the kept method reads its new parameters where the values were, the copy's
/// calls call the kept method with the copy's values (by name, so optional parameters stay optional), the kept
/// method's calls pass the kept values that could not be defaults, and the copy goes.
/// </summary>
internal static class MergeRewrite
{
    public static async Task<Solution> ApplyAsync(MergePlan plan, CancellationToken cancellationToken)
    {
        var pair = plan.Pair;
        var editor = new SolutionEditor(pair.CopyDocument.Project.Solution);
        var copyValues = plan.Values.Where(v => v.Difference.CopyParameter is null).Select(v => Named(v, v.Difference.CopyValue)).ToList();
        await EditCallsAsync(editor, plan.CopyCalls, pair.KeptSymbol.Name, copyValues, cancellationToken).ConfigureAwait(false);
        var keptValues = plan.Values.Where(v => !v.IsOptional).Select(v => Named(v, v.Difference.KeptValue)).ToList();
        if (keptValues.Count > 0)
        {
            await EditCallsAsync(editor, plan.KeptCalls, null, keptValues, cancellationToken).ConfigureAwait(false);
        }

        var copyEditor = await editor.GetDocumentEditorAsync(pair.CopyDocument.Id, cancellationToken).ConfigureAwait(false);
        MemberRemoval.Remove(copyEditor, pair.Copy);

        // An exact rewrite leaves the kept method as it is, layout included; its leading trivia is as the removal left it.
        if (plan.Values.Count > 0)
        {
            var keptEditor = await editor.GetDocumentEditorAsync(pair.KeptDocument.Id, cancellationToken).ConfigureAwait(false);
            var kept = Kept(plan).WithAdditionalAnnotations(Formatter.Annotation);
            keptEditor.ReplaceNode(pair.Kept, (current, _) => kept.WithLeadingTrivia(current.GetLeadingTrivia()));
        }

        return editor.GetChangedSolution();
    }

    private static MethodDeclarationSyntax Kept(MergePlan plan)
    {
        var names = new Dictionary<SyntaxNode, string>();
        foreach (var value in plan.Values)
        {
            foreach (var site in value.Difference.KeptSites.Where(site => !(value.ReplacedLocal?.Contains(site) ?? false)))
            {
                names[site] = value.Name;
            }
        }

        // The locals go after the values are replaced: tracking finds both in the tree each step returns.
        var locals = plan.Values.Select(v => v.ReplacedLocal).OfType<SyntaxNode>().ToList();
        var tracked = plan.Pair.Kept.TrackNodes(names.Keys.Concat(locals));
        var current = names.ToDictionary(site => (SyntaxNode)tracked.GetCurrentNode(site.Key)!, site => site.Value);
        var kept = tracked.ReplaceNodes(current.Keys, (original, _) => IdentifierName(current[original]).WithTriviaFrom(original));
        kept = kept.RemoveNodes(locals.Select(local => kept.GetCurrentNode(local)!), SyntaxRemoveOptions.KeepNoTrivia)!;
        return kept.AddParameterListParameters(plan.Values.Select(NewParameter).ToArray());
    }

    /// <summary>The new parameter, which the editor offers to rename at once; its default is the kept value where that is a constant.</summary>
    private static ParameterSyntax NewParameter(MergedValue value)
    {
        var parameter = Parameter(Identifier(value.Name).WithAdditionalAnnotations(RenameAnnotation.Create()))
            .WithType(value.TypeSyntax.WithoutTrivia().WithTrailingTrivia(Space));
        return value.IsOptional ? parameter.WithDefault(EqualsValueClause(value.Difference.KeptValue.WithoutTrivia())) : parameter;
    }

    private static ArgumentSyntax Named(MergedValue value, ExpressionSyntax expression) =>
        Argument(NameColon(IdentifierName(value.Name)), default, expression.WithoutTrivia());

    /// <summary>Each call gets the arguments, and the new name when one is given; edits compose when one call holds another.</summary>
    private static async Task EditCallsAsync(SolutionEditor editor, CallSites calls, string? newName, IReadOnlyList<ArgumentSyntax> arguments, CancellationToken cancellationToken)
    {
        foreach (var document in MethodReferences.ByDocument(calls.Names))
        {
            var documentEditor = await editor.GetDocumentEditorAsync(document.Key, cancellationToken).ConfigureAwait(false);
            foreach (var name in document)
            {
                documentEditor.ReplaceNode(MethodReferences.InvocationOf(name)!, (current, _) =>
                {
                    var call = (InvocationExpressionSyntax)current;
                    call = newName is null ? call : call.WithExpression(Retargeted(call.Expression, newName));
                    return call.AddArgumentListArguments(arguments.ToArray());
                });
            }
        }
    }

    private static ExpressionSyntax Retargeted(ExpressionSyntax target, string newName) => target switch
    {
        MemberAccessExpressionSyntax access => access.WithName(MethodReferences.Renamed(access.Name, newName)),
        SimpleNameSyntax name => MethodReferences.Renamed(name, newName),
        _ => target,
    };
}
