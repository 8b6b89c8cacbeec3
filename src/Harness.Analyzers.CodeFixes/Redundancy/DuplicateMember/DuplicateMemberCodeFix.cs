using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// HAR2001, for a copy that is a pure rename of its twin: "Call 'X' instead" keeps the copy's signature and makes
/// its body a call (<see cref="TwinCall"/>, also to a static twin in another type); "Remove and use 'X'" deletes it
/// and points every reference in the solution at the twin.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DuplicateMemberCodeFix))]
public sealed class DuplicateMemberCodeFix : CodeFixProvider
{
    public const string CallTwinKey = "HAR2001.CallTwin";
    public const string RemoveAndUseTwinKey = "HAR2001.RemoveAndUseTwin";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.DuplicateMember);

    // Each copy carries the one report of its pair, so fixing every report never makes two members call each other.
    public override FixAllProvider GetFixAllProvider() => EveryFindingFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var pair = await MemberPair.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false);
            if (pair is null || BodyAlignment.Align(pair.Kept, pair.Copy) is not { IsIdentical: true })
            {
                continue;
            }

            if (await TwinCall.CreateAsync(pair, context.CancellationToken).ConfigureAwait(false) is { } call)
            {
                context.RegisterCodeFix(CodeAction.Create($"Call '{call.Target}' instead", call.ApplyAsync, CallTwinKey), diagnostic);
            }

            if (pair.InSameType && await RetargetableReferencesAsync(pair, context.CancellationToken).ConfigureAwait(false) is { } references)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Remove '{pair.CopySymbol.Name}' and use '{pair.KeptSymbol.Name}'{MethodReferences.OutsideCallersNote(pair.CopySymbol)}",
                        ct => RemoveAndUseTwinAsync(pair, references, ct),
                        RemoveAndUseTwinKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The copy's references, if the kept method is accessible at every one of them.</summary>
    private static async Task<IReadOnlyList<(DocumentId Document, SimpleNameSyntax Name)>?> RetargetableReferencesAsync(MemberPair pair, CancellationToken cancellationToken)
    {
        var solution = pair.CopyDocument.Project.Solution;
        var references = await MethodReferences.CallsAsync(pair.CopySymbol, solution, requireInvocations: false, cancellationToken).ConfigureAwait(false);
        foreach (var document in MethodReferences.ByDocument(references ?? Array.Empty<(DocumentId, SimpleNameSyntax)>()))
        {
            var model = await solution.GetDocument(document.Key)!.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (document.Any(name => !model!.IsAccessible(name.SpanStart, pair.KeptSymbol)))
            {
                return null;
            }
        }

        return references;
    }

    private static async Task<Solution> RemoveAndUseTwinAsync(MemberPair pair, IReadOnlyList<(DocumentId Document, SimpleNameSyntax Name)> references, CancellationToken cancellationToken)
    {
        var editor = new SolutionEditor(pair.CopyDocument.Project.Solution);
        foreach (var document in MethodReferences.ByDocument(references))
        {
            var documentEditor = await editor.GetDocumentEditorAsync(document.Key, cancellationToken).ConfigureAwait(false);
            foreach (var name in document)
            {
                documentEditor.ReplaceNode(name, MethodReferences.Renamed(name, pair.KeptSymbol.Name));
            }
        }

        var copyEditor = await editor.GetDocumentEditorAsync(pair.CopyDocument.Id, cancellationToken).ConfigureAwait(false);
        copyEditor.RemoveNode(pair.Copy);
        return editor.GetChangedSolution();
    }
}
