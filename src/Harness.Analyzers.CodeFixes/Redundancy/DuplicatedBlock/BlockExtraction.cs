using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// Extracts a duplicated block into one private method of the containing type and calls it from every occurrence
/// in that type: parameters are the variables whose values flow in, the return value the one variable whose value
/// flows out. Returns null whenever that could change what the code does, or would not compile cleanly.
/// </summary>
internal static class BlockExtraction
{
    /// <summary>Annotations FixAll uses to find occurrences again after other extractions; never moved into a new method.</summary>
    public const string TrackingKind = "Harness.HAR2003.Occurrence";

    /// <summary>
    /// The solution with the block at <paramref name="span"/> and its copy at <paramref name="otherSpan"/> (and any
    /// other copy in the same type) replaced by calls to a new method; not yet formatted (see <see cref="FormatAsync"/>).
    /// </summary>
    public static async Task<Extracted?> TryExtractAsync(
        Solution solution, DocumentId documentId, TextSpan span, DocumentId otherDocumentId, TextSpan otherSpan, bool startRename, CancellationToken cancellationToken)
    {
        if (solution.GetDocument(documentId) is not { } document || solution.GetDocument(otherDocumentId) is not { } otherDocument)
        {
            return null;
        }

        var run = await FindAsync(document, span, null, cancellationToken).ConfigureAwait(false);
        var otherRun = run is null ? null : await FindAsync(otherDocument, otherSpan, run.Count, cancellationToken).ConfigureAwait(false);
        if (run is null || otherRun is null || run.Overlaps(otherRun))
        {
            return null;
        }

        var first = Occurrence.Create(run, cancellationToken);
        var second = Occurrence.Create(otherRun, cancellationToken);
        if (first is null || second is null || BlockCloneMatch.Match(first.Symbols, second.Symbols) is null
            || !SymbolEqualityComparer.Default.Equals(first.Flow.ContainingType, second.Flow.ContainingType))
        {
            return null;
        }

        var extras = await OtherCopiesAsync(solution, first, second, cancellationToken).ConfigureAwait(false);
        var plan = Plan.Create(first, second, extras);
        if (plan is null || InConditionalRegion(plan.InsertAfter) || DefinesSymbolsAcrossFiles(plan.Occurrences))
        {
            return null;
        }

        var name = ChooseName(plan, cancellationToken);
        if (name is null)
        {
            return null;
        }

        foreach (var returnType in plan.ReturnTypeCandidates())
        {
            var changed = await ApplyAsync(solution, plan, name, returnType, startRename, cancellationToken).ConfigureAwait(false);
            if (await CompilesAsCleanlyAsync(solution, changed.Solution, changed.Documents, cancellationToken).ConfigureAwait(false))
            {
                return changed;
            }
        }

        return null;
    }

    /// <summary>Formats what the extraction added (the new method) in each changed document, in the document's own line endings.</summary>
    public static async Task<Solution> FormatAsync(Solution solution, IEnumerable<DocumentId> documents, CancellationToken cancellationToken)
    {
        foreach (var id in documents.Distinct())
        {
            var document = solution.GetDocument(id)!;
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var options = (await document.GetOptionsAsync(cancellationToken).ConfigureAwait(false))
                .WithChangedOption(FormattingOptions.NewLine, LanguageNames.CSharp, NewLineOf(text));
            document = await Formatter.FormatAsync(document, Formatter.Annotation, options, cancellationToken).ConfigureAwait(false);
            var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
            root = root.ReplaceNodes(root.GetAnnotatedNodes(Formatter.Annotation), (_, node) => node.WithoutAnnotations(Formatter.Annotation));
            solution = document.WithSyntaxRoot(root).Project.Solution;
        }

        return solution;
    }

    /// <summary>Inside <c>#if</c>: a method added there would not exist in every build configuration.</summary>
    private static bool InConditionalRegion(SyntaxNode node)
    {
        var depth = 0;
        for (var directive = node.SyntaxTree.GetRoot().GetFirstDirective(); directive is not null && directive.SpanStart < node.Span.End; directive = directive.GetNextDirective())
        {
            depth += directive.IsKind(SyntaxKind.IfDirectiveTrivia) ? 1 : directive.IsKind(SyntaxKind.EndIfDirectiveTrivia) ? -1 : 0;
        }

        return depth > 0;
    }

    /// <summary>
    /// Copies in several files, one of which has <c>#define</c> or <c>#undef</c>: a <c>[Conditional]</c> call could
    /// be compiled in one file and left out in another.
    /// </summary>
    private static bool DefinesSymbolsAcrossFiles(List<Occurrence> occurrences) =>
        occurrences.Select(o => o.Run.First.SyntaxTree).Distinct().Skip(1).Any()
        && occurrences.Select(o => o.Run.First.SyntaxTree).Distinct().Any(tree =>
            tree.GetRoot().GetFirstDirective(d => d.IsKind(SyntaxKind.DefineDirectiveTrivia) || d.IsKind(SyntaxKind.UndefDirectiveTrivia)) is not null);

    private static async Task<StatementRun?> FindAsync(Document document, TextSpan span, int? count, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return root is null || model is null ? null : StatementRun.Find(document, root, model, span, count);
    }

    /// <summary>Further copies of the block in the declarations of the same type (every part of a partial type).</summary>
    private static async Task<List<Occurrence>> OtherCopiesAsync(Solution solution, Occurrence first, Occurrence second, CancellationToken cancellationToken)
    {
        var copies = new List<Occurrence>();
        var shape = Shape(first.Run.Statements);
        foreach (var reference in first.Flow.ContainingType.DeclaringSyntaxReferences)
        {
            if (solution.GetDocument(reference.SyntaxTree) is not { } document || IsGenerated(document, reference.SyntaxTree, cancellationToken)
                || await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not TypeDeclarationSyntax declaration)
            {
                continue;
            }

            SemanticModel? model = null;
            foreach (var container in declaration.DescendantNodes(n => n == declaration || n is not BaseTypeDeclarationSyntax))
            {
                var statements = StatementRun.StatementsOf(container);
                for (var i = 0; i + first.Run.Count <= statements.Count; i++)
                {
                    if (statements[i].RawKind != first.Run.First.RawKind || !SameShape(shape, statements, i, first.Run.Count))
                    {
                        continue;
                    }

                    model ??= await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                    var run = StatementRun.At(document, model!, container, i, first.Run.Count);
                    if (run.Overlaps(first.Run) || run.Overlaps(second.Run) || copies.Any(c => c.Run.Overlaps(run)))
                    {
                        continue;
                    }

                    if (Occurrence.Create(run, cancellationToken) is { } copy && BlockCloneMatch.Match(first.Symbols, copy.Symbols) is not null
                        && SymbolEqualityComparer.Default.Equals(copy.Flow.ContainingType, first.Flow.ContainingType))
                    {
                        copies.Add(copy);
                    }
                }
            }
        }

        return copies;
    }

    /// <summary>Generated code (by name, header or <c>generated_code</c> option), which the analyzer skips and no fix should edit.</summary>
    private static bool IsGenerated(Document document, SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue("generated_code", out var generated))
        {
            return string.Equals(generated, "true", System.StringComparison.OrdinalIgnoreCase);
        }

        var path = tree.FilePath ?? string.Empty;
        return GeneratedSuffixes.Any(suffix => path.EndsWith(suffix, System.StringComparison.OrdinalIgnoreCase))
            || tree.GetRoot(cancellationToken).GetLeadingTrivia().Any(t => t.ToString().IndexOf("<auto-generated", System.StringComparison.OrdinalIgnoreCase) >= 0);
    }

    private static readonly string[] GeneratedSuffixes = { ".g.cs", ".g.i.cs", ".designer.cs", ".generated.cs" };

    /// <summary>
    /// The kinds of the tokens, and the text of those that are no identifiers or literals (-1: any literal): a cheap
    /// filter before binding.
    /// </summary>
    private static List<(int Kind, string? Text)> Shape(IEnumerable<StatementSyntax> statements) =>
        statements.SelectMany(s => s.DescendantTokens())
            .Select(t => BlockCloneMatch.IsLiteral(t) ? (-1, null) : (t.RawKind, t.IsKind(SyntaxKind.IdentifierToken) ? null : t.Text))
            .ToList();

    private static bool SameShape(List<(int Kind, string? Text)> shape, SyntaxList<StatementSyntax> statements, int first, int count)
    {
        var i = 0;
        for (var s = first; s < first + count; s++)
        {
            foreach (var token in statements[s].DescendantTokens())
            {
                if (i >= shape.Count || (shape[i].Kind == -1 ? !BlockCloneMatch.IsLiteral(token) : shape[i].Kind != token.RawKind)
                    || (shape[i].Text is { } text && text != token.Text))
                {
                    return false;
                }

                i++;
            }
        }

        return i == shape.Count;
    }

    /// <summary>The first free stem, else the first stem with the lowest free number (2 to 9).</summary>
    private static string? ChooseName(Plan plan, CancellationToken cancellationToken)
    {
        var stems = plan.NameStems().ToList();
        return stems.Concat(Enumerable.Range(2, 8).Select(n => stems[0] + n)).FirstOrDefault(name => IsFree(name, plan, cancellationToken));
    }

    /// <summary>No member of the type (inherited and extension methods included) and nothing in scope at any call has the name.</summary>
    private static bool IsFree(string name, Plan plan, CancellationToken cancellationToken)
    {
        var canonical = plan.Canonical.Run;
        var type = plan.Canonical.Flow.ContainingType;
        if (name == type.Name || plan.Parameters.Any(p => p.Name == name) || plan.Locals.Any(l => l.Name == name)
            || !canonical.Model.LookupSymbols(plan.InsertAfter.SpanStart, type, name, includeReducedExtensionMethods: true).IsEmpty)
        {
            return false;
        }

        foreach (var occurrence in plan.Occurrences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!occurrence.Run.Model.LookupSymbols(occurrence.Run.First.SpanStart, name: name).IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<Extracted> ApplyAsync(Solution solution, Plan plan, string name, ITypeSymbol? returnType, bool startRename, CancellationToken cancellationToken)
    {
        var canonical = plan.Canonical.Run;
        var method = NewMethod(plan, name, returnType, startRename, await NewLineAsync(canonical.Document, cancellationToken).ConfigureAwait(false));
        var changed = new List<DocumentId>();
        foreach (var group in plan.Occurrences.GroupBy(o => o.Run.Document.Id).Select(g => (Id: g.Key, Occurrences: g.ToList())))
        {
            var document = solution.GetDocument(group.Id)!;
            var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
            var anchor = new SyntaxAnnotation();
            var byContainer = group.Occurrences.GroupBy(o => o.Run.Container).ToDictionary(g => g.Key, g => g.OrderByDescending(o => o.Run.FirstIndex).ToList());
            var insertAfter = group.Id == canonical.Document.Id ? plan.InsertAfter : null;
            var nodes = byContainer.Keys.Concat(insertAfter is null ? Enumerable.Empty<SyntaxNode>() : new SyntaxNode[] { insertAfter });
            root = root.ReplaceNodes(nodes, (original, rewritten) =>
            {
                if (byContainer.TryGetValue(original, out var occurrences))
                {
                    var statements = StatementRun.StatementsOf(rewritten).ToList();
                    foreach (var occurrence in occurrences)
                    {
                        statements.RemoveRange(occurrence.Run.FirstIndex, occurrence.Run.Count);
                        statements.Insert(occurrence.Run.FirstIndex, Call(plan, occurrence, name));
                    }

                    rewritten = rewritten is BlockSyntax block
                        ? block.WithStatements(List(statements))
                        : ((SwitchSectionSyntax)rewritten).WithStatements(List(statements));
                }

                return original == insertAfter ? rewritten.WithAdditionalAnnotations(anchor) : rewritten;
            });

            if (insertAfter is not null)
            {
                root = root.InsertNodesAfter(root.GetAnnotatedNodes(anchor).Single(), new[] { method });
            }

            solution = document.WithSyntaxRoot(root).Project.Solution;
            changed.Add(group.Id);
        }

        return new Extracted(solution, name, changed.ToImmutableArray());
    }

    private static MethodDeclarationSyntax NewMethod(Plan plan, string name, ITypeSymbol? returnType, bool startRename, string newLine)
    {
        var model = plan.Canonical.Run.Model;
        var position = plan.InsertAfter.SpanStart;
        TypeSyntax TypeOf(ITypeSymbol type) => ParseTypeName(type.ToMinimalDisplayString(model, position, DisplayFormat));

        var statements = new List<StatementSyntax>();
        foreach (var local in plan.Locals)
        {
            statements.Add(LocalDeclarationStatement(VariableDeclaration(TypeOf(BlockCloneMatch.TypeOf(local)!), SingletonSeparatedList(VariableDeclarator(Name(local.Name))))));
        }

        var literals = plan.Parameters.Where(p => p.LiteralIndex is not null)
            .ToDictionary(p => plan.Canonical.Symbols.Tokens[p.LiteralIndex!.Value].Token.Parent!, p => p.Name);
        var moved = plan.Canonical.Run.Statements
            .Select(s => s.ReplaceNodes(
                s.DescendantNodes().Where(n => literals.ContainsKey(n) || n.HasAnnotations(TrackingKind)),
                (original, node) => literals.TryGetValue(original, out var parameter)
                    ? IdentifierName(Name(parameter)).WithTriviaFrom(original)
                    : node.WithoutAnnotations(TrackingKind)))
            .Select(s => s.WithoutAnnotations(TrackingKind))
            .ToList();
        moved[0] = moved[0].WithLeadingTrivia(ElasticMarker);
        // Plain (not elastic) line breaks around the return statement: the formatter would put a blank line after a closing brace.
        moved[moved.Count - 1] = moved[moved.Count - 1].WithTrailingTrivia(EndOfLine(newLine));
        statements.AddRange(moved);
        if (plan.Output is { } output)
        {
            statements.Add(ReturnStatement(IdentifierName(Name(output.Name))).WithLeadingTrivia(SyntaxTriviaList.Empty).WithTrailingTrivia(EndOfLine(newLine)));
        }

        var identifier = Identifier(name);
        if (startRename)
        {
            identifier = identifier.WithAdditionalAnnotations(RenameAnnotation.Create());
        }

        var modifiers = TokenList(Token(SyntaxKind.PrivateKeyword));
        if (plan.IsStatic)
        {
            modifiers = modifiers.Add(Token(SyntaxKind.StaticKeyword));
        }

        var parameters = plan.Parameters.Select(p => Parameter(Name(p.Name)).WithType(TypeOf(p.Type)));
        return MethodDeclaration(returnType is null ? PredefinedType(Token(SyntaxKind.VoidKeyword)) : TypeOf(returnType), identifier)
            .WithModifiers(modifiers)
            .WithParameterList(ParameterList(SeparatedList(parameters)))
            .WithBody(Block(statements))
            .WithLeadingTrivia(EndOfLine(newLine), ElasticMarker)
            .WithTrailingTrivia(EndOfLine(newLine))
            .WithAdditionalAnnotations(Formatter.Annotation);
    }

    /// <summary><c>Name(a, b);</c>, <c>x = Name(a, b);</c> or <c>var x = Name(a, b);</c>, in place of the occurrence, keeping its comments.</summary>
    private static StatementSyntax Call(Plan plan, Occurrence occurrence, string name)
    {
        var arguments = plan.Parameters.Select(p => Argument(p.ArgumentFor(occurrence)));
        var invocation = InvocationExpression(IdentifierName(name), ArgumentList(SeparatedList(arguments)));
        StatementSyntax call;
        if (occurrence.Flow.Output is { } output)
        {
            call = occurrence.Flow.OutputDeclaredInside
                ? LocalDeclarationStatement(VariableDeclaration(
                    DeclaredType(output, occurrence.Run),
                    SingletonSeparatedList(VariableDeclarator(Name(output.Name)).WithInitializer(EqualsValueClause(invocation)))))
                : ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName(Name(output.Name)), invocation));
        }
        else
        {
            call = ExpressionStatement(invocation);
        }

        return call.NormalizeWhitespace()
            .WithLeadingTrivia(occurrence.Run.First.GetLeadingTrivia())
            .WithTrailingTrivia(occurrence.Run.Last.GetTrailingTrivia());
    }

    /// <summary><c>var</c> where the occurrence declared the variable with <c>var</c>, else its type.</summary>
    private static TypeSyntax DeclaredType(ISymbol variable, StatementRun run)
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
    private static SyntaxToken Name(string name) =>
        Identifier(SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) is SyntaxKind.AwaitKeyword
            ? "@" + name
            : name);

    private static async Task<string> NewLineAsync(Document document, CancellationToken cancellationToken) =>
        NewLineOf(await document.GetTextAsync(cancellationToken).ConfigureAwait(false));

    private static string NewLineOf(SourceText text)
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

    /// <summary>No compiler error or warning (counted per ID) that the documents did not have before.</summary>
    private static async Task<bool> CompilesAsCleanlyAsync(Solution before, Solution after, IEnumerable<DocumentId> documents, CancellationToken cancellationToken)
    {
        foreach (var id in documents)
        {
            var old = await CountsAsync(before.GetDocument(id)!, cancellationToken).ConfigureAwait(false);
            var now = await CountsAsync(after.GetDocument(id)!, cancellationToken).ConfigureAwait(false);
            if (now.Any(pair => pair.Value > (old.TryGetValue(pair.Key, out var count) ? count : 0)))
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<Dictionary<string, int>> CountsAsync(Document document, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var counts = new Dictionary<string, int>();
        foreach (var diagnostic in model!.GetDiagnostics(cancellationToken: cancellationToken))
        {
            if (diagnostic.Severity >= DiagnosticSeverity.Warning && !diagnostic.IsSuppressed)
            {
                counts[diagnostic.Id] = counts.TryGetValue(diagnostic.Id, out var count) ? count + 1 : 1;
            }
        }

        return counts;
    }

    /// <summary>An occurrence with its symbols and flow; null when it cannot be extracted on its own.</summary>
    internal sealed class Occurrence
    {
        private Occurrence(StatementRun run, BlockSymbols symbols, BlockFlow flow)
        {
            Run = run;
            Symbols = symbols;
            Flow = flow;
        }

        public StatementRun Run { get; }

        public BlockSymbols Symbols { get; }

        public BlockFlow Flow { get; }

        /// <summary>How this occurrence's variables map to the canonical occurrence's (set by <see cref="Plan"/>).</summary>
        public BlockCloneMatch Match { get; set; } = null!;

        public static Occurrence? Create(StatementRun run, CancellationToken cancellationToken)
        {
            var symbols = BlockSymbols.Create(run, cancellationToken);
            return BlockFlow.Analyze(symbols, cancellationToken) is { } flow ? new Occurrence(run, symbols, flow) : null;
        }
    }

    /// <summary>A parameter of the new method: a variable from outside the block, or a literal that differs between the copies.</summary>
    private sealed class ExtractedParameter
    {
        public ExtractedParameter(string name, ITypeSymbol type, ISymbol? variable, int? literalIndex, int position)
        {
            Name = name;
            Type = type;
            Variable = variable;
            LiteralIndex = literalIndex;
            Position = position;
        }

        public string Name { get; }

        public ITypeSymbol Type { get; }

        /// <summary>The canonical occurrence's variable, or null for a literal.</summary>
        public ISymbol? Variable { get; }

        /// <summary>For a literal, its index in every occurrence's <see cref="BlockSymbols.Tokens"/>.</summary>
        public int? LiteralIndex { get; }

        /// <summary>The index of the token where the parameter first appears in the block: the parameter order.</summary>
        public int Position { get; }

        /// <summary>What an occurrence passes: its own variable, or its own literal.</summary>
        public ExpressionSyntax ArgumentFor(Occurrence occurrence) =>
            Variable is not null
                ? IdentifierName(Name(occurrence.Match.FromCanonical[Variable].Name))
                : ((ExpressionSyntax)occurrence.Symbols.Tokens[LiteralIndex!.Value].Token.Parent!).WithoutTrivia();
    }

    /// <summary>The method to create: which occurrences call it, its parameters, locals, return value and static-ness.</summary>
    private sealed class Plan
    {
        private Plan(
            List<Occurrence> occurrences, bool isStatic, List<ExtractedParameter> parameters, List<ISymbol> locals, ISymbol? output,
            MemberDeclarationSyntax insertAfter)
        {
            Occurrences = occurrences;
            IsStatic = isStatic;
            Parameters = parameters;
            Locals = locals;
            Output = output;
            InsertAfter = insertAfter;
        }

        /// <summary>In source order; the first is the canonical one, whose text and names the new method takes.</summary>
        public List<Occurrence> Occurrences { get; }

        public Occurrence Canonical => Occurrences[0];

        public bool IsStatic { get; }

        /// <summary>In order of first appearance in the block.</summary>
        public List<ExtractedParameter> Parameters { get; }

        /// <summary>Variables declared outside the block that it only uses internally: locals of the new method.</summary>
        public List<ISymbol> Locals { get; }

        /// <summary>The canonical occurrence's variable whose value the method returns.</summary>
        public ISymbol? Output { get; }

        /// <summary>The member of the type that holds the canonical occurrence; the new method goes after it.</summary>
        public MemberDeclarationSyntax InsertAfter { get; }

        public static Plan? Create(Occurrence first, Occurrence second, IEnumerable<Occurrence> extras)
        {
            var required = new[] { first, second };
            var needsInstance = first.Flow.NeedsInstance || second.Flow.NeedsInstance;
            if (needsInstance && (first.Flow.ContainingType.TypeKind != TypeKind.Class || required.Any(o => o.Flow.InStaticContext)))
            {
                return null;
            }

            // The one variable whose value flows out (in the first occurrence's terms): both required occurrences agree;
            // a further copy that needs another one, or needs `this` where there is none, stays as it is.
            var all = required.Concat(extras.Where(e => !(needsInstance && e.Flow.InStaticContext))).ToList();
            foreach (var occurrence in all)
            {
                occurrence.Match = BlockCloneMatch.Match(first.Symbols, occurrence.Symbols)!;
            }

            if (all.Any(o => o.Match is null))
            {
                return null;
            }

            ISymbol? OutputOf(Occurrence occurrence) => occurrence.Flow.Output is { } o ? occurrence.Match.ToCanonical[o] : null;
            var output = OutputOf(first) ?? OutputOf(second);
            if (OutputOf(second) is { } other && !SymbolEqualityComparer.Default.Equals(other, output))
            {
                return null;
            }

            all.RemoveAll(o => OutputOf(o) is { } mine && !SymbolEqualityComparer.Default.Equals(mine, output));
            all.Sort((x, y) => StatementRun.Compare(x.Run, y.Run));

            // The other copies go: each may only hold comments that the canonical one, which moves, also holds.
            var canonical = all[0];
            var kept = InteriorComments(canonical.Run);
            if (all.Any(o => required.Contains(o) && !InteriorComments(o.Run).IsSubsetOf(kept)))
            {
                return null;
            }

            all.RemoveAll(o => !InteriorComments(o.Run).IsSubsetOf(kept));

            // From here on, in the canonical occurrence's terms.
            var outputInFirst = output;
            foreach (var occurrence in all)
            {
                occurrence.Match = BlockCloneMatch.Match(canonical.Symbols, occurrence.Symbols)!;
                if (occurrence.Match is null)
                {
                    return null;
                }
            }

            output = outputInFirst is null ? null : first.Match.ToCanonical[outputInFirst];
            var inputs = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (var occurrence in all)
            {
                foreach (var input in occurrence.Flow.Inputs)
                {
                    inputs.Add(occurrence.Match.ToCanonical[input]);
                }
            }

            var outer = new HashSet<ISymbol>(canonical.Flow.OuterVariables, SymbolEqualityComparer.Default);
            var order = canonical.Symbols.Variables.ToList();
            var locals = order.Where(v => outer.Contains(v) && !inputs.Contains(v)).ToList();
            if (!inputs.All(order.Contains) || (output is not null && !order.Contains(output, SymbolEqualityComparer.Default)))
            {
                return null;
            }

            var parameters = order.Where(inputs.Contains)
                .Select(v => new ExtractedParameter(v.Name, ParameterType(v, all), v, null, FirstUse(canonical, v)))
                .ToList();
            if (!AddLiterals(all, parameters, locals))
            {
                return null;
            }

            parameters.Sort((x, y) => x.Position.CompareTo(y.Position));
            var typeDeclaration = canonical.Run.Container.Ancestors().OfType<TypeDeclarationSyntax>().First();
            var insertAfter = canonical.Run.Container.Ancestors().OfType<MemberDeclarationSyntax>().First(m => m.Parent == typeDeclaration);
            return new Plan(all, !needsInstance, parameters, locals, output, insertAfter);
        }

        /// <summary>
        /// The comments inside a run, not counting those before its first statement or after its last one (which stay
        /// with the call).
        /// </summary>
        private static HashSet<string> InteriorComments(StatementRun run)
        {
            var inside = new HashSet<string>();
            var span = run.Span;
            foreach (var trivia in run.Statements.SelectMany(s => s.DescendantTrivia()))
            {
                if (span.Contains(trivia.Span) && (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia)
                    || trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia)))
                {
                    inside.Add(trivia.ToString().Trim());
                }
            }

            return inside;
        }

        /// <summary>Return types to try, best first: a nullable reference type is tried without its annotation first.</summary>
        public IEnumerable<ITypeSymbol?> ReturnTypeCandidates()
        {
            if (Output is null)
            {
                yield return null;
                yield break;
            }

            var type = BlockCloneMatch.TypeOf(Output)!;
            if (type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated)
            {
                yield return type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
            }

            yield return type;
        }

        /// <summary><c>GetX</c> for a block that computes <c>x</c>; else the first method it calls; else <c>Extracted</c>.</summary>
        public IEnumerable<string> NameStems()
        {
            if (Output is not null && Pascal(Output.Name) is { Length: > 0 } noun)
            {
                yield return "Get" + noun;
            }

            foreach (var token in Canonical.Symbols.Tokens)
            {
                if (token.Symbol is IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.ReducedExtension } called
                    && token.Token.Parent is SimpleNameSyntax name && IsInvoked(name) && Pascal(called.Name) is { Length: > 0 } verb)
                {
                    yield return verb;
                    break;
                }
            }

            yield return "Extracted";
        }

        private static int FirstUse(Occurrence occurrence, ISymbol variable)
        {
            for (var i = 0; i < occurrence.Symbols.Tokens.Count; i++)
            {
                if (occurrence.Symbols.Tokens[i].IsVariable && SymbolEqualityComparer.Default.Equals(occurrence.Symbols.Tokens[i].Symbol, variable))
                {
                    return i;
                }
            }

            return int.MaxValue;
        }

        /// <summary>
        /// A parameter for each literal that differs between the copies, of the literal's own type (the same in every copy),
        /// named after the parameter it is passed to, else after its type. Not for literals inside a lambda, which could
        /// be an expression tree that a query provider reads.
        /// </summary>
        private static bool AddLiterals(List<Occurrence> occurrences, List<ExtractedParameter> parameters, List<ISymbol> locals)
        {
            var canonical = occurrences[0];
            var taken = new HashSet<string>(canonical.Symbols.Tokens.Where(t => t.Token.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.Token.ValueText));
            taken.UnionWith(parameters.Select(p => p.Name));
            taken.UnionWith(locals.Select(l => l.Name));
            foreach (var index in occurrences.SelectMany(o => o.Match.DifferentLiterals).Distinct().OrderBy(i => i))
            {
                var literal = (LiteralExpressionSyntax)canonical.Symbols.Tokens[index].Token.Parent!;
                var type = canonical.Run.Model.GetTypeInfo(literal).Type;
                if (type is null || !BlockFlow.IsPlainType(type)
                    || literal.Ancestors().TakeWhile(a => a != canonical.Run.Container).Any(a => a is AnonymousFunctionExpressionSyntax))
                {
                    return false;
                }

                foreach (var occurrence in occurrences)
                {
                    var other = (LiteralExpressionSyntax)occurrence.Symbols.Tokens[index].Token.Parent!;
                    if (!SymbolEqualityComparer.Default.Equals(occurrence.Run.Model.GetTypeInfo(other).Type, type))
                    {
                        return false;
                    }
                }

                var stem = LiteralName(literal, type, canonical.Run.Model);
                var name = stem;
                for (var suffix = 2; !taken.Add(name); suffix++)
                {
                    name = stem + suffix;
                }

                parameters.Add(new ExtractedParameter(name, type, null, index, index));
            }

            return true;
        }

        private static string LiteralName(LiteralExpressionSyntax literal, ITypeSymbol type, SemanticModel model)
        {
            if (literal.Parent is ArgumentSyntax argument && model.GetOperation(argument) is IArgumentOperation { Parameter: { } parameter }
                && parameter.Name.TrimStart('_') is { Length: > 0 } name)
            {
                return char.ToLowerInvariant(name[0]) + name.Substring(1);
            }

            return type.SpecialType switch
            {
                SpecialType.System_String => "text",
                SpecialType.System_Boolean => "flag",
                SpecialType.System_Char => "character",
                _ => "number",
            };
        }

        private static bool IsInvoked(SimpleNameSyntax name)
        {
            var target = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? (ExpressionSyntax)access : name;
            return target.Parent is InvocationExpressionSyntax invocation && invocation.Expression == target;
        }

        private static string Pascal(string name)
        {
            var trimmed = name.TrimStart('_');
            return trimmed.Length == 0 ? string.Empty : char.ToUpperInvariant(trimmed[0]) + trimmed.Substring(1);
        }

        /// <summary>
        /// The variable's declared type; a nullable reference type loses its annotation when the variable is known not to be
        /// null where every occurrence first reads it (so the new method sees the same flow state).
        /// </summary>
        private static ITypeSymbol ParameterType(ISymbol parameter, List<Occurrence> occurrences)
        {
            var type = BlockCloneMatch.TypeOf(parameter)!;
            if (!type.IsReferenceType || type.NullableAnnotation != NullableAnnotation.Annotated)
            {
                return type;
            }

            foreach (var occurrence in occurrences)
            {
                var variable = occurrence.Match.FromCanonical[parameter];
                var firstUse = occurrence.Symbols.Tokens.FirstOrDefault(t => t.IsVariable && SymbolEqualityComparer.Default.Equals(t.Symbol, variable));
                if (firstUse.Token.Parent is not IdentifierNameSyntax name || BlockFlow.IsWritten(name)
                    || occurrence.Run.Model.GetTypeInfo(name).Nullability.FlowState != NullableFlowState.NotNull)
                {
                    return type;
                }
            }

            return type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        }
    }
}

/// <summary>The solution after an extraction, the new method's name, and the documents that changed.</summary>
internal sealed class Extracted
{
    public Extracted(Solution solution, string methodName, ImmutableArray<DocumentId> documents)
    {
        Solution = solution;
        MethodName = methodName;
        Documents = documents;
    }

    public Solution Solution { get; }

    public string MethodName { get; }

    public ImmutableArray<DocumentId> Documents { get; }
}
