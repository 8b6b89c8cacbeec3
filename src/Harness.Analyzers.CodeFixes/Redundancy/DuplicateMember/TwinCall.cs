using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// "Call 'X' instead": the copy keeps its signature and its body becomes a call to the kept method, forwarding its
/// parameters (<c>out</c> and <c>ref</c> as they are). In another type the kept method must be static and the two
/// bodies must bind to the same symbols; a private kept method in the same project becomes internal so that the copy
/// can call it. Offered only when the call, bound where it will stand, finds the kept method.
/// </summary>
internal sealed class TwinCall
{
    private TwinCall(MemberPair pair, InvocationExpressionSyntax call, bool widensKept)
    {
        Pair = pair;
        Call = call;
        WidensKept = widensKept;
    }

    public MemberPair Pair { get; }

    public InvocationExpressionSyntax Call { get; }

    /// <summary>The kept method is private in another type, and becomes internal.</summary>
    public bool WidensKept { get; }

    public string Target => Call.Expression.ToString();

    public static async Task<TwinCall?> CreateAsync(MemberPair pair, CancellationToken cancellationToken)
    {
        var copyModel = (await pair.CopyDocument.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        var position = Position(pair.Copy);
        var widens = false;
        if (!pair.InSameType)
        {
            var keptModel = (await pair.KeptDocument.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
            widens = !copyModel.IsAccessible(position, pair.KeptSymbol);
            if (!pair.KeptSymbol.IsStatic
                || (widens && !CanWiden(pair, copyModel, position))
                || !SameSymbols.In(Body(pair.Kept), keptModel, Body(pair.Copy), copyModel, cancellationToken))
            {
                return null;
            }
        }

        var call = Invocation(pair, copyModel, position);
        var bound = copyModel.GetSpeculativeSymbolInfo(position, call, SpeculativeBindingOption.BindAsExpression);

        // Widening changes what is accessible, so a private target only binds as a candidate until it is done.
        var target = bound.Symbol ?? (widens && bound.CandidateReason == CandidateReason.Inaccessible && bound.CandidateSymbols.Length == 1 ? bound.CandidateSymbols[0] : null);
        return SymbolEqualityComparer.Default.Equals(target, pair.KeptSymbol) ? new TwinCall(pair, call, widens) : null;
    }

    public async Task<Solution> ApplyAsync(CancellationToken cancellationToken)
    {
        var editor = new SolutionEditor(Pair.CopyDocument.Project.Solution);
        var copyEditor = await editor.GetDocumentEditorAsync(Pair.CopyDocument.Id, cancellationToken).ConfigureAwait(false);
        copyEditor.ReplaceNode(Pair.Copy, Rewritten().WithAdditionalAnnotations(Formatter.Annotation));
        if (WidensKept)
        {
            var keptEditor = await editor.GetDocumentEditorAsync(Pair.KeptDocument.Id, cancellationToken).ConfigureAwait(false);
            keptEditor.SetAccessibility(Pair.Kept, Accessibility.Internal);
        }

        return editor.GetChangedSolution();
    }

    private MethodDeclarationSyntax Rewritten()
    {
        var copy = Pair.CopySymbol;
        ExpressionSyntax call = copy.IsAsync ? AwaitExpression(Call) : Call;
        var returnsNothing = copy.ReturnsVoid || (copy.IsAsync && copy.ReturnType is INamedTypeSymbol { IsGenericType: false });
        return Pair.Copy.ExpressionBody is not null
            ? Pair.Copy.WithExpressionBody(ArrowExpressionClause(call))
            : Pair.Copy.WithBody(Block(returnsNothing ? ExpressionStatement(call) : ReturnStatement(call)));
    }

    /// <summary>A private method of a type in the same project, whose type the copy can see: internal reaches it, and nothing outside the assembly changes.</summary>
    private static bool CanWiden(MemberPair pair, SemanticModel copyModel, int position) =>
        pair.KeptSymbol.DeclaredAccessibility == Accessibility.Private
        && pair.KeptDocument.Project.Id == pair.CopyDocument.Project.Id
        && copyModel.IsAccessible(position, pair.KeptSymbol.ContainingType);

    private static InvocationExpressionSyntax Invocation(MemberPair pair, SemanticModel model, int position)
    {
        ExpressionSyntax target = pair.InSameType
            ? IdentifierName(pair.KeptSymbol.Name)
            : MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                ParseTypeName(pair.KeptSymbol.ContainingType.ToMinimalDisplayString(model, position)),
                IdentifierName(pair.KeptSymbol.Name));
        var arguments = pair.Copy.ParameterList.Parameters.Select((p, i) => Argument(IdentifierName(p.Identifier.ValueText))
            .WithRefKindKeyword(RefKeyword(pair.CopySymbol.Parameters[i].RefKind)));
        return InvocationExpression(target, ArgumentList(SeparatedList(arguments)));
    }

    private static SyntaxToken RefKeyword(RefKind refKind) => refKind switch
    {
        RefKind.Ref => Token(SyntaxKind.RefKeyword).WithTrailingTrivia(Space),
        RefKind.Out => Token(SyntaxKind.OutKeyword).WithTrailingTrivia(Space),
        RefKind.In => Token(SyntaxKind.InKeyword).WithTrailingTrivia(Space),
        _ => default,
    };

    private static SyntaxNode Body(MethodDeclarationSyntax method) => (SyntaxNode?)method.Body ?? method.ExpressionBody!;

    /// <summary>A place inside the copy's body, where its parameters are in scope.</summary>
    private static int Position(MethodDeclarationSyntax copy) =>
        copy.Body is { } body ? body.OpenBraceToken.Span.End : copy.ExpressionBody!.Expression.SpanStart;
}
