using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>The syntax an extraction writes: the new method, and the call that takes each occurrence's place.</summary>
internal static class ExtractedMethodSyntax
{
    /// <summary>The new method; its nullable reference parameters passed by reference as <paramref name="promise"/> says.</summary>
    public static MethodDeclarationSyntax NewMethod(ExtractionPlan plan, string name, ITypeSymbol? returnType, OutPromise promise, bool startRename, string newLine)
    {
        var model = plan.Canonical.Run.Model;
        var position = plan.InsertAfter.SpanStart;
        TypeSyntax TypeOf(ITypeSymbol type) => ParseTypeName(type.ToMinimalDisplayString(model, position, DisplayFormat));

        var statements = new List<StatementSyntax>();
        foreach (var local in plan.Locals)
        {
            statements.Add(LocalDeclarationStatement(VariableDeclaration(TypeOf(BlockCloneMatch.TypeOf(local)!), SingletonSeparatedList(VariableDeclarator(Name(local.Name))))));
        }

        foreach (var unassigned in plan.ReferenceOutputs.Where(r => r.NeedsDefault))
        {
            statements.Add(ExpressionStatement(AssignmentExpression(
                SyntaxKind.SimpleAssignmentExpression, IdentifierName(Name(unassigned.Variable.Name)), LiteralExpression(SyntaxKind.DefaultLiteralExpression, Token(SyntaxKind.DefaultKeyword)))));
        }

        statements.AddRange(MovedStatements(plan, newLine));
        if (plan.Output is { } output)
        {
            statements.Add(ReturnStatement(IdentifierName(Name(output.Name))).WithLeadingTrivia(SyntaxTriviaList.Empty).WithTrailingTrivia(EndOfLine(newLine)));
        }
        else if (plan.Exit.Kind == BlockExitKind.Guard)
        {
            statements.Add(ReturnStatement(LiteralExpression(SyntaxKind.TrueLiteralExpression)).WithLeadingTrivia(SyntaxTriviaList.Empty).WithTrailingTrivia(EndOfLine(newLine)));
        }

        var identifier = Identifier(name);
        if (startRename)
        {
            identifier = identifier.WithAdditionalAnnotations(RenameAnnotation.Create());
        }

        var modifiers = TokenList(Token(plan.CalledFromOtherTypes ? SyntaxKind.InternalKeyword : SyntaxKind.PrivateKeyword));
        if (plan.IsStatic)
        {
            modifiers = modifiers.Add(Token(SyntaxKind.StaticKeyword));
        }

        var attribute = promise.Attribute is not { } promised ? null : AttributeList(SingletonSeparatedList(Attribute(
            AttributeName(promised.ToMinimalDisplayString(model, position, DisplayFormat)),
            promise.WhenTrue ? AttributeArgumentList(SingletonSeparatedList(AttributeArgument(LiteralExpression(SyntaxKind.TrueLiteralExpression)))) : null)));
        var disallowNull = model.Compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.DisallowNullAttribute") is { } type
            ? AttributeList(SingletonSeparatedList(Attribute(AttributeName(type.ToMinimalDisplayString(model, position, DisplayFormat)))))
            : null;
        var parameters = plan.Parameters.Select(p => Parameter(Name(p.Name))
            .WithType(TypeOf(promise.OutParametersNotNull && p.Reference is { Kind: RefKind.Out } && promise.Covers(p.Variable)
                ? p.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)
                : p.Type))
            .WithAttributeLists(attribute is not null && p.Reference is not null && ExtractionPlan.IsNullableReference(p.Type) && promise.Covers(p.Variable)
                ? SingletonList(attribute)
                : p.DisallowNull && disallowNull is not null ? SingletonList(disallowNull) : default)
            .WithModifiers(p.Reference switch
            {
                null => default,
                { Kind: RefKind.Ref } => TokenList(Token(SyntaxKind.RefKeyword)),
                _ => TokenList(Token(SyntaxKind.OutKeyword)),
            }));
        return MethodDeclaration(returnType is null ? PredefinedType(Token(SyntaxKind.VoidKeyword)) : TypeOf(returnType), identifier)
            .WithModifiers(modifiers)
            .WithParameterList(ParameterList(SeparatedList(parameters)))
            .WithBody(Block(statements))
            .WithLeadingTrivia(EndOfLine(newLine), ElasticMarker)
            .WithTrailingTrivia(EndOfLine(newLine))
            .WithAdditionalAnnotations(Formatter.Annotation);
    }

    /// <summary><c>NotNullWhen</c> for <c>NotNullWhenAttribute</c>, as attributes are written.</summary>
    private static NameSyntax AttributeName(string typeName) =>
        ParseName(typeName.EndsWith("Attribute", System.StringComparison.Ordinal) ? typeName.Substring(0, typeName.Length - "Attribute".Length) : typeName);

    /// <summary>
    /// The canonical occurrence's statements, its differing literals replaced by their parameters, for a guard its
    /// returns by <c>return false;</c> (stop), and the declarations of the variables passed out by reference by
    /// assignments of their parameters (<c>x = …;</c>, <c>out x</c>).
    /// </summary>
    private static List<StatementSyntax> MovedStatements(ExtractionPlan plan, string newLine)
    {
        var literals = plan.Parameters.Where(p => p.LiteralIndex is not null)
            .ToDictionary(p => plan.Canonical.Symbols.Tokens[p.LiteralIndex!.Value].Token.Parent!, p => p.Name);
        var stops = new HashSet<SyntaxNode>(plan.Exit.Kind == BlockExitKind.Guard ? plan.Exit.Returns : Enumerable.Empty<SyntaxNode>());
        var declarations = new HashSet<SyntaxNode>(plan.ReferenceOutputs.Where(r => r.DeclaredInside)
            .Select(r => r.Variable.DeclaringSyntaxReferences[0].GetSyntax())
            .Select(d => d is VariableDeclaratorSyntax declarator ? declarator.Parent!.Parent! : d.Parent!));
        var moved = plan.Canonical.Run.Statements
            .Select(s => s.ReplaceNodes(
                s.DescendantNodesAndSelf().Where(n => literals.ContainsKey(n) || stops.Contains(n) || declarations.Contains(n) || n.HasAnnotations(BlockExtraction.TrackingKind)),
                (original, node) => literals.TryGetValue(original, out var parameter) ? IdentifierName(Name(parameter)).WithTriviaFrom(original)
                    : stops.Contains(original) ? ReturnStatement(LiteralExpression(SyntaxKind.FalseLiteralExpression)).WithTriviaFrom(original)
                    : declarations.Contains(original) ? AssignmentOf(node).WithTriviaFrom(original)
                    : node.WithoutAnnotations(BlockExtraction.TrackingKind)))
            .Select(s => plan.CommentPlacement.WithoutCallComments(s.WithoutAnnotations(BlockExtraction.TrackingKind)))
            .ToList();
        moved[0] = moved[0].WithLeadingTrivia(ElasticMarker);
        // Plain (not elastic) line breaks around the return statement: the formatter would put a blank line after a closing brace.
        moved[moved.Count - 1] = moved[moved.Count - 1].WithTrailingTrivia(EndOfLine(newLine));
        return moved;
    }

    /// <summary><c>x = …;</c> for <c>var x = …;</c>, <c>x</c> for <c>var x</c> in <c>out var x</c>.</summary>
    private static SyntaxNode AssignmentOf(SyntaxNode declaration) => declaration switch
    {
        LocalDeclarationStatementSyntax statement => ExpressionStatement(AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression,
            IdentifierName(statement.Declaration.Variables[0].Identifier.WithoutTrivia()),
            statement.Declaration.Variables[0].Initializer!.Value.WithLeadingTrivia(Space))),
        _ => IdentifierName(((SingleVariableDesignationSyntax)((DeclarationExpressionSyntax)declaration).Designation).Identifier.WithoutTrivia()),
    };

    /// <summary>
    /// <c>Name(a, b);</c>, <c>x = Name(a, b);</c> or <c>var x = Name(a, b);</c>, in place of the occurrence, keeping its
    /// comments: those around it, and those inside it that the new method does not hold (each on a line of its own before the call).
    /// </summary>
    public static IEnumerable<StatementSyntax> Call(ExtractionPlan plan, BlockOccurrence occurrence, string name, string newLine)
    {
        var arguments = plan.Parameters.Select(p => p.ArgumentFor(occurrence));
        var invocation = InvocationExpression(Callee(plan, occurrence, name), ArgumentList(SeparatedList(arguments)));
        var exit = occurrence.Flow.Exit;
        var calls = new List<StatementSyntax>();
        if (occurrence.Flow.Output is { } output)
        {
            calls.Add(occurrence.Flow.OutputDeclaredInside
                ? LocalDeclarationStatement(VariableDeclaration(
                    DeclaredType(output, occurrence.Run),
                    SingletonSeparatedList(VariableDeclarator(Name(output.Name)).WithInitializer(EqualsValueClause(invocation)))))
                : ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName(Name(output.Name)), invocation)));
        }
        else if (exit.Kind == BlockExitKind.Guard)
        {
            calls.Add(IfStatement(PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, invocation), ReturnStatement(exit.StopValue?.WithoutTrivia())));
        }
        else if (exit.Kind == BlockExitKind.Tail && exit.ReturnType is not null)
        {
            calls.Add(ReturnStatement(invocation));
        }
        else
        {
            calls.Add(ExpressionStatement(invocation));

            // A block that always returned from a method returning nothing: the code after it must stay skipped.
            if (exit.Kind == BlockExitKind.Tail && !EndsMethodBody(occurrence.Run))
            {
                calls.Add(ReturnStatement());
            }
        }

        calls = calls.Select(c => c is IfStatementSyntax guard ? OnOneLine(guard) : c.NormalizeWhitespace()).ToList();
        var leading = occurrence.Run.First.GetLeadingTrivia();
        var indentation = leading.LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia));
        foreach (var comment in plan.CommentPlacement.AtCall(occurrence.Run))
        {
            leading = leading.AddRange(new[] { comment, EndOfLine(newLine), indentation }.Where(t => !t.IsKind(SyntaxKind.None)));
        }

        var trailing = occurrence.Run.Last.GetTrailingTrivia();
        for (var i = 0; i < calls.Count; i++)
        {
            // Each on a line of its own, indented as the block's first statement was.
            calls[i] = calls[i]
                .WithLeadingTrivia(i == 0 ? leading : TriviaList(leading.Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse().Take(1)))
                .WithTrailingTrivia(i == calls.Count - 1 ? trailing : TriviaList(trailing.Where(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).Reverse().Take(1)));
        }

        return calls;
    }

    /// <summary><c>if (!M(…)) return x;</c></summary>
    private static StatementSyntax OnOneLine(IfStatementSyntax guard)
    {
        guard = guard.NormalizeWhitespace();
        return guard.WithCloseParenToken(guard.CloseParenToken.WithTrailingTrivia(Space)).WithStatement(guard.Statement.WithoutLeadingTrivia());
    }

    /// <summary>The run is the last thing its method's body does.</summary>
    private static bool EndsMethodBody(StatementRun run) =>
        run.Container is BlockSyntax { Parent: BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax } block
        && block.Statements.Count == run.FirstIndex + run.Count;

    /// <summary><c>Name</c>, or <c>Type.Name</c> from another type.</summary>
    private static ExpressionSyntax Callee(ExtractionPlan plan, BlockOccurrence occurrence, string name)
    {
        if (!plan.IsInOtherType(occurrence))
        {
            return IdentifierName(name);
        }

        var host = plan.Canonical.Flow.ContainingType.ToMinimalDisplayString(occurrence.Run.Model, occurrence.Run.First.SpanStart, DisplayFormat);
        return MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, ParseExpression(host), IdentifierName(name));
    }

    /// <summary><c>var</c> where the occurrence declared the variable with <c>var</c>, else its type.</summary>
    public static TypeSyntax DeclaredType(ISymbol variable, StatementRun run)
    {
        var declaration = variable.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        var typeSyntax = declaration switch
        {
            VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax d } => d.Type,
            SingleVariableDesignationSyntax { Parent: DeclarationExpressionSyntax e } => e.Type,
            _ => null,
        };
        return typeSyntax is { IsVar: true }
            ? IdentifierName("var")
            : ParseTypeName(BlockCloneMatch.TypeOf(variable)!.ToMinimalDisplayString(run.Model, run.First.SpanStart, DisplayFormat));
    }

    private static SymbolDisplayFormat DisplayFormat { get; } =
        SymbolDisplayFormat.MinimallyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>An identifier, escaped when it is a keyword.</summary>
    public static SyntaxToken Name(string name) =>
        Identifier(SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) is SyntaxKind.AwaitKeyword
            ? "@" + name
            : name);

    public static async Task<string> NewLineAsync(Document document, CancellationToken cancellationToken) =>
        NewLineOf(await document.GetTextAsync(cancellationToken).ConfigureAwait(false));

    public static string NewLineOf(SourceText text)
    {
        foreach (var line in text.Lines)
        {
            if (line.EndIncludingLineBreak > line.End)
            {
                return text.ToString(TextSpan.FromBounds(line.End, line.EndIncludingLineBreak));
            }
        }

        return "\n";
    }
}
