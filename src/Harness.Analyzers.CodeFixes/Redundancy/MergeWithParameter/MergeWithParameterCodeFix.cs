using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// The copy that changed one value: "Merge into 'X' with parameter 'p'" gives the kept method a parameter with
/// the kept value as its default, calls it from the copy's callers with the copy's value (by name, so optional
/// parameters stay optional), and deletes the copy. Offered for exact copies with another literal (HAR2001),
/// near-duplicates (HAR2002) and versioned twins (HAR2005), when the one difference is that value.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MergeWithParameterCodeFix))]
public sealed class MergeWithParameterCodeFix : CodeFixProvider
{
    public const string MergeKey = "HAR2xxx.MergeWithParameter";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.DuplicateMember, DiagnosticIds.NearDuplicateMember, DiagnosticIds.VersionedTwin);

    // Each copy carries the one report of its pair, so fixing every report never makes two members call each other.
    public override FixAllProvider GetFixAllProvider() => EveryFindingFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var pair = await MemberPair.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false);
            if (pair is null || !pair.InSameType || BodyAlignment.Align(pair.Kept, pair.Copy) is not { IsIdentical: false } alignment)
            {
                continue;
            }

            var calls = await MethodReferences.CallsAsync(pair.CopySymbol, context.Document.Project.Solution, requireInvocations: true, context.CancellationToken).ConfigureAwait(false);
            var keptModel = await pair.KeptDocument.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (calls is null || NewParameter(pair, alignment, keptModel!, context.CancellationToken) is not { } parameter)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Merge into '{pair.KeptSymbol.Name}' with parameter '{parameter.Identifier.ValueText}'{MethodReferences.OutsideCallersNote(pair.CopySymbol)}",
                    ct => MergeAsync(pair, alignment, parameter, calls, ct),
                    MergeKey),
                diagnostic);
        }
    }

    /// <summary>The parameter that carries the value: the copy's own extra parameter, or a new one of the literal's type; its default is the kept value.</summary>
    private static ParameterSyntax? NewParameter(MemberPair pair, BodyAlignment alignment, SemanticModel keptModel, CancellationToken cancellationToken)
    {
        var keptLiteral = (LiteralExpressionSyntax)alignment.KeptLiterals[0].Parent!;
        TypeSyntax? type = alignment.CopyExtraParameter?.Type;
        if (type is null && keptModel.GetTypeInfo(keptLiteral, cancellationToken).Type is { } literalType)
        {
            type = ParseTypeName(literalType.ToMinimalDisplayString(keptModel, keptLiteral.SpanStart));
        }

        if (type is null)
        {
            return null;
        }

        var name = alignment.CopyExtraParameter?.Identifier.ValueText ?? UniqueName(pair, ParameterNameFor(keptLiteral, keptModel, cancellationToken));
        return Parameter(Identifier(name))
            .WithType(type.WithoutTrivia().WithTrailingTrivia(Space))
            .WithDefault(EqualsValueClause(keptLiteral.WithoutTrivia()));
    }

    /// <summary>The name of the parameter the literal is passed to, when it is an argument; else "value".</summary>
    private static string ParameterNameFor(LiteralExpressionSyntax literal, SemanticModel model, CancellationToken cancellationToken)
    {
        if (literal.Parent is ArgumentSyntax { NameColon: { } nameColon })
        {
            return nameColon.Name.Identifier.ValueText;
        }

        if (literal.Parent is ArgumentSyntax argument
            && argument.Parent is ArgumentListSyntax list
            && list.Parent is InvocationExpressionSyntax invocation
            && model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method
            && list.Arguments.IndexOf(argument) is var index and >= 0
            && index < method.Parameters.Length)
        {
            return method.Parameters[index].Name;
        }

        return "value";
    }

    private static string UniqueName(MemberPair pair, string name)
    {
        var taken = new HashSet<string>(pair.Kept.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText));
        var unique = name;
        for (var i = 2; taken.Contains(unique); i++)
        {
            unique = name + i;
        }

        return unique;
    }

    private static async Task<Solution> MergeAsync(MemberPair pair, BodyAlignment alignment, ParameterSyntax parameter, IReadOnlyList<(DocumentId Document, SimpleNameSyntax Name)> calls, CancellationToken cancellationToken)
    {
        var editor = new SolutionEditor(pair.CopyDocument.Project.Solution);
        var copyValue = alignment.CopyExtraParameter is null ? (ExpressionSyntax)alignment.CopyValues[0].Parent! : null;
        foreach (var document in MethodReferences.ByDocument(calls))
        {
            var documentEditor = await editor.GetDocumentEditorAsync(document.Key, cancellationToken).ConfigureAwait(false);
            foreach (var name in document)
            {
                var invocation = MethodReferences.InvocationOf(name)!;
                var retargeted = invocation.ReplaceNode(name, MethodReferences.Renamed(name, pair.KeptSymbol.Name));
                if (copyValue is not null)
                {
                    retargeted = retargeted.AddArgumentListArguments(
                        Argument(NameColon(IdentifierName(parameter.Identifier.ValueText)), default, copyValue.WithoutTrivia()));
                }

                documentEditor.ReplaceNode(invocation, retargeted);
            }
        }

        var keptEditor = await editor.GetDocumentEditorAsync(pair.KeptDocument.Id, cancellationToken).ConfigureAwait(false);
        var literals = new HashSet<SyntaxNode>(alignment.KeptLiterals.Select(t => t.Parent!));
        var kept = pair.Kept.ReplaceNodes(literals, (original, _) => IdentifierName(parameter.Identifier.ValueText).WithTriviaFrom(original));
        keptEditor.ReplaceNode(pair.Kept, kept.AddParameterListParameters(parameter).WithAdditionalAnnotations(Formatter.Annotation));

        var copyEditor = await editor.GetDocumentEditorAsync(pair.CopyDocument.Id, cancellationToken).ConfigureAwait(false);
        copyEditor.RemoveNode(pair.Copy);
        return editor.GetChangedSolution();
    }
}
