using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Harness.Analyzers.Benchmarks.Measurement;
using Harness.Analyzers.Redundancy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Benchmarks.Corpus;

/// <summary>A method copied by <c>--inject-copies</c>: its new name, the file it comes from and the file it went into.</summary>
internal sealed record InjectedCopy(string Name, string From, string Into);

/// <summary>What <c>--layout-edits</c> wrote: per edit, the files it changed; files whose edits were undone; the copies.</summary>
internal sealed record LayoutEditRun(
    IReadOnlyList<string> Folders,
    int SourceFiles,
    int FilesChanged,
    IReadOnlyDictionary<string, int> FilesPerEdit,
    IReadOnlyList<string> Undone,
    IReadOnlyList<InjectedCopy> Copies);

/// <summary>
/// <c>--layout-edits DIR</c>: a copy of the <c>--src</c> folders under DIR with edits that move and reformat code
/// without changing what it does, for checking that a <c>harness.baseline</c> written before them still accepts
/// every finding after them (issue 9). Deterministic: file <c>i</c> of the ordinal path order gets
/// <list type="bullet">
/// <item>tabs at line starts as four spaces (even <c>i</c>), or a blank line and a comment before every method (odd);</item>
/// <item>its types' last movable member (not a field or an initialised property, whose order is run order) moved first (<c>i % 3 == 0</c>);</item>
/// <item>method and constructor braces moved up to the end of the signature line (<c>i % 4 == 1</c>);</item>
/// <item>the first type of the file or a namespace moved after the last (<c>i % 5 == 2</c>);</item>
/// <item>one local renamed in a method no baseline key names (<c>i % 6 == 5</c>; by binding, every use);</item>
/// <item>a new constant added to its first class or struct (<c>i % 7 == 3</c>).</item>
/// </list>
/// A moved node never holds a preprocessor directive. The layout edits must leave the file's tokens the same
/// multiset and add no parse error; a file where they do not is written unedited and listed. <c>--inject-copies N</c>
/// then copies N methods (5+ statements, long enough for the clone rules, named by no baseline key), renamed, to the
/// end of the first class of another file in the same folder: N findings the baseline has never seen.
/// </summary>
internal static class LayoutEdits
{
    public const string CopySuffix = "BaselineCheckCopy";
    private const int MinCopyStatements = 5;
    private const string Comment = "// baseline check: a blank line and this comment added";

    /// <param name="named">Whether a baseline key names the member (then its code is not renamed or copied).</param>
    /// <exception cref="ArgumentException">DIR would overwrite or hold a <c>--src</c> folder.</exception>
    public static LayoutEditRun Write(
        SourceFolderCorpus corpus, CompilationFactory factory, string directory, Func<SyntaxNode, bool> named, int copies, RedundancyScope scope)
    {
        var targets = CopyFolders(corpus, Path.GetFullPath(directory));
        var compilation = factory.Create(factory.Parse());
        var sources = corpus.SourceFiles.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var trees = compilation.SyntaxTrees.Where(t => sources.Contains(t.FilePath)).ToList();
        var perEdit = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var undone = new List<string>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < trees.Count; i++)
        {
            var tree = trees[i];
            var applied = new List<string>();
            var root = Step(tree.GetRoot(), i % 6 == 5, "a local renamed", applied, r => RenameLocal(r, compilation.GetSemanticModel(tree), named));
            var before = root;
            root = i % 2 == 0 ? Step(root, true, "tabs to spaces", applied, Reindent) : Step(root, true, "blank lines and comments", applied, CommentMethods);
            root = Step(root, i % 3 == 0, "members reordered", applied, new MemberRotator().Visit);
            root = Step(root, i % 4 == 1, "braces moved", applied, BracesOnSignatureLine);
            root = Step(root, i % 5 == 2, "a type moved", applied, new TypeMover().Visit);
            if (!SameTokens(before, root, tree.Options))
            {
                undone.Add(corpus.RelativePath(tree.FilePath));
                continue;
            }

            root = Step(root, i % 7 == 3, "a constant added", applied, r => AddConstant(r, i));
            foreach (var edit in applied)
            {
                perEdit[edit] = perEdit.GetValueOrDefault(edit) + 1;
            }

            if (applied.Count > 0)
            {
                texts[tree.FilePath] = root.ToFullString();
            }
        }

        var injected = Inject(corpus, texts, trees, named, copies, scope);
        foreach (var (path, text) in texts)
        {
            File.WriteAllText(Target(corpus, targets, path), text);
        }

        return new LayoutEditRun(targets, trees.Count, texts.Count, perEdit, undone, injected);
    }

    /// <summary>Every file of the folders but <c>bin</c> and <c>obj</c> (project files too: they mark template output).</summary>
    private static List<string> CopyFolders(SourceFolderCorpus corpus, string directory)
    {
        var targets = new List<string>();
        foreach (var root in corpus.Roots)
        {
            var target = Path.Combine(directory, Path.GetFileName(root));
            if (corpus.Roots.Any(r => IsWithin(target, r) || IsWithin(r, target)))
            {
                throw new ArgumentException($"--layout-edits: '{target}' would overwrite or hold a --src folder.");
            }

            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => !SourceFolderCorpus.IsBuildOutput(Path.GetRelativePath(root, f))))
            {
                var copy = Path.Combine(target, Path.GetRelativePath(root, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }

            targets.Add(target);
        }

        return targets;
    }

    private static bool IsWithin(string path, string folder)
        => !Path.GetRelativePath(folder, path).StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(Path.GetRelativePath(folder, path));

    private static string Target(SourceFolderCorpus corpus, IReadOnlyList<string> targets, string path)
    {
        var index = Enumerable.Range(0, corpus.Roots.Count).First(i => IsWithin(path, corpus.Roots[i]));
        return Path.Combine(targets[index], Path.GetRelativePath(corpus.Roots[index], path));
    }

    private static SyntaxNode Step(SyntaxNode root, bool when, string name, List<string> applied, Func<SyntaxNode, SyntaxNode?> edit)
    {
        if (!when || edit(root) is not { } edited || edited.ToFullString() == root.ToFullString())
        {
            return root;
        }

        applied.Add(name);
        return edited;
    }

    /// <summary>The same tokens in any order, and no more parse errors: code moved and reformatted, not changed.</summary>
    private static bool SameTokens(SyntaxNode before, SyntaxNode after, ParseOptions options)
    {
        var reparsed = CSharpSyntaxTree.ParseText(after.ToFullString(), (CSharpParseOptions)options).GetRoot();
        static IEnumerable<string> Tokens(SyntaxNode root) => root.DescendantTokens().Select(t => t.Text).Order(StringComparer.Ordinal);
        static int Errors(SyntaxNode root) => root.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        return Tokens(before).SequenceEqual(Tokens(reparsed)) && Errors(reparsed) <= Errors(before);
    }

    private static SyntaxNode Reindent(SyntaxNode root)
    {
        var text = root.GetText();
        return root.ReplaceTrivia(
            root.DescendantTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia) && t.ToString().Contains('\t') && (t.SpanStart == 0 || text[t.SpanStart - 1] == '\n')),
            (original, _) => SyntaxFactory.Whitespace(original.ToString().Replace("\t", "    ")));
    }

    private static SyntaxNode CommentMethods(SyntaxNode root)
    {
        var eol = EndOfLine(root);
        return root.ReplaceNodes(root.DescendantNodes().OfType<BaseMethodDeclarationSyntax>(), (original, edited) =>
        {
            var indent = original.GetLeadingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia));
            var added = indent.IsKind(SyntaxKind.WhitespaceTrivia) ? new[] { eol, indent, SyntaxFactory.Comment(Comment), eol } : [eol, SyntaxFactory.Comment(Comment), eol];
            return edited.WithLeadingTrivia(added.Concat(edited.GetLeadingTrivia()));
        });
    }

    private static SyntaxNode BracesOnSignatureLine(SyntaxNode root)
    {
        var braces = root.DescendantNodes().OfType<BaseMethodDeclarationSyntax>()
            .Select(m => m.Body?.OpenBraceToken ?? default)
            .Where(brace => brace.IsKind(SyntaxKind.OpenBraceToken)
                && brace.LeadingTrivia.All(t => t.IsKind(SyntaxKind.WhitespaceTrivia))
                && brace.GetPreviousToken().TrailingTrivia.All(t => t.IsKind(SyntaxKind.WhitespaceTrivia) || t.IsKind(SyntaxKind.EndOfLineTrivia))
                && brace.GetPreviousToken().TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia))
            .ToHashSet();
        var before = braces.Select(brace => brace.GetPreviousToken()).ToHashSet();
        return root.ReplaceTokens(braces.Concat(before), (original, edited) =>
            braces.Contains(original) ? edited.WithLeadingTrivia() : edited.WithTrailingTrivia(SyntaxFactory.Space));
    }

    /// <summary>Renames the first local it can of the first method no baseline key names: every use binds to it.</summary>
    private static SyntaxNode? RenameLocal(SyntaxNode root, SemanticModel model, Func<SyntaxNode, bool> named)
    {
        foreach (var method in root.DescendantNodes().OfType<MethodDeclarationSyntax>().Where(m => m.Body is not null && !named(m)))
        {
            foreach (var declarator in method.Body!.DescendantNodes().OfType<VariableDeclaratorSyntax>().Where(d => d.Parent?.Parent is LocalDeclarationStatementSyntax))
            {
                var local = model.GetDeclaredSymbol(declarator);
                var name = declarator.Identifier.ValueText + "Renamed";
                var uses = method.DescendantNodes().OfType<IdentifierNameSyntax>().Where(n => n.Identifier.ValueText == declarator.Identifier.ValueText).ToList();
                if (local is ILocalSymbol
                    && uses.Count > 0
                    && uses.All(use => SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(use).Symbol, local))
                    && !method.DescendantTokens().Any(t => t.ValueText == name))
                {
                    var tokens = uses.Select(use => use.Identifier).Append(declarator.Identifier);
                    return root.ReplaceTokens(tokens, (original, _) => SyntaxFactory.Identifier(original.LeadingTrivia, name, original.TrailingTrivia));
                }
            }
        }

        return null;
    }

    private static SyntaxNode? AddConstant(SyntaxNode root, int index)
    {
        var type = root.DescendantNodes().OfType<TypeDeclarationSyntax>()
            .FirstOrDefault(t => t is ClassDeclarationSyntax or StructDeclarationSyntax && t.OpenBraceToken.IsKind(SyntaxKind.OpenBraceToken) && !t.CloseBraceToken.IsMissing);
        if (type is null)
        {
            return null;
        }

        var indent = type.Members.LastOrDefault()?.GetLeadingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).ToString() ?? "\t";
        var constant = SyntaxFactory.ParseMemberDeclaration($"{indent}private const int BaselineCheckAdded{index} = {index};{EndOfLine(root)}")!;
        return root.ReplaceNode(type, type.AddMembers(constant));
    }

    private static SyntaxTrivia EndOfLine(SyntaxNode root)
        => SyntaxFactory.EndOfLine(root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToString() is { Length: > 0 } eol ? eol : "\n");

    /// <summary>
    /// Copies methods no baseline key names into the first class of another file of the same folder (the same layer,
    /// so the copy breaks no architecture rule), spread over the path order. Neither type may declare a name the method
    /// uses: the clone rules tell a type's own helpers apart from another's, so such a copy would be other code.
    /// </summary>
    private static List<InjectedCopy> Inject(
        SourceFolderCorpus corpus, Dictionary<string, string> texts, IReadOnlyList<SyntaxTree> originals, Func<SyntaxNode, bool> named, int copies, RedundancyScope scope)
    {
        if (copies == 0)
        {
            return [];
        }

        var trees = originals.Where(scope.Includes)
            .Select(t => texts.TryGetValue(t.FilePath, out var text) ? CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)t.Options, t.FilePath) : t)
            .ToList();
        var minTokens = (int)(CloneEditProbe.MinTokensMargin * scope.Settings.MinTokens);
        var methods = trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            .Where(m => CloneEditProbe.IsCopyable(m, minTokens) && m.Body!.Statements.Count >= MinCopyStatements && !named(m)
                && m.Parent is TypeDeclarationSyntax type && !type.Modifiers.Any(SyntaxKind.PartialKeyword) && !Uses(m, type))
            .ToList();
        var classes = trees.Select(t => t.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().FirstOrDefault(c => !c.ContainsDirectives && !c.CloseBraceToken.IsMissing))
            .OfType<ClassDeclarationSyntax>()
            .ToList();
        var used = new HashSet<SyntaxTree>();
        var injected = new List<InjectedCopy>();
        for (var k = 0; k < copies && methods.Count > 0; k++)
        {
            var pair = Enumerable.Range(0, methods.Count)
                .Select(o => methods[((2 * k + 1) * methods.Count / (2 * copies) + o) % methods.Count])
                .Where(m => !used.Contains(m.SyntaxTree))
                .Select(m => (Source: m, Target: classes.FirstOrDefault(c => c.SyntaxTree != m.SyntaxTree && !used.Contains(c.SyntaxTree)
                    && Path.GetDirectoryName(c.SyntaxTree.FilePath) == Path.GetDirectoryName(m.SyntaxTree.FilePath) && !Uses(m, c))))
                .FirstOrDefault(p => p.Target is not null);
            if (pair.Source is not { } source || pair.Target is not { } target)
            {
                break;
            }

            used.Add(source.SyntaxTree);
            used.Add(target.SyntaxTree);
            var name = $"{source.Identifier.ValueText}{CopySuffix}{k + 1}";
            var copy = EndOfLine(target.SyntaxTree.GetRoot()).ToString() + source.WithIdentifier(SyntaxFactory.Identifier(name)).ToFullString();
            texts[target.SyntaxTree.FilePath] = target.SyntaxTree.GetText().ToString().Insert(target.CloseBraceToken.FullSpan.Start, copy);
            injected.Add(new InjectedCopy(name, corpus.RelativePath(source.SyntaxTree.FilePath), corpus.RelativePath(target.SyntaxTree.FilePath)));
        }

        return injected;
    }

    /// <summary>Whether the method's parameters or body name the type or one of its members.</summary>
    private static bool Uses(MethodDeclarationSyntax method, TypeDeclarationSyntax type)
    {
        var names = type.Members.SelectMany(member => member switch
        {
            BaseFieldDeclarationSyntax field => field.Declaration.Variables.Select(v => v.Identifier.ValueText),
            _ => MemberName(member) is { } name ? [name] : [],
        }).Append(type.Identifier.ValueText).ToHashSet(StringComparer.Ordinal);
        return method.ParameterList.DescendantTokens().Concat(method.Body!.DescendantTokens())
            .Any(token => token.IsKind(SyntaxKind.IdentifierToken) && names.Contains(token.ValueText));
    }

    private static string? MemberName(MemberDeclarationSyntax member) => member switch
    {
        MethodDeclarationSyntax method => method.Identifier.ValueText,
        PropertyDeclarationSyntax property => property.Identifier.ValueText,
        EventDeclarationSyntax @event => @event.Identifier.ValueText,
        BaseTypeDeclarationSyntax nested => nested.Identifier.ValueText,
        DelegateDeclarationSyntax @delegate => @delegate.Identifier.ValueText,
        _ => null,
    };

    /// <summary>Moves each type's last movable member first; only members without directives move.</summary>
    private sealed class MemberRotator : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitClassDeclaration(ClassDeclarationSyntax node) => Rotate((TypeDeclarationSyntax)base.VisitClassDeclaration(node)!);

        public override SyntaxNode? VisitStructDeclaration(StructDeclarationSyntax node) => Rotate((TypeDeclarationSyntax)base.VisitStructDeclaration(node)!);

        public override SyntaxNode? VisitRecordDeclaration(RecordDeclarationSyntax node) => Rotate((TypeDeclarationSyntax)base.VisitRecordDeclaration(node)!);

        public override SyntaxNode? VisitInterfaceDeclaration(InterfaceDeclarationSyntax node) => Rotate((TypeDeclarationSyntax)base.VisitInterfaceDeclaration(node)!);

        private static TypeDeclarationSyntax Rotate(TypeDeclarationSyntax type)
        {
            var movable = Enumerable.Range(0, type.Members.Count)
                .Where(i => type.Members[i] is not BaseFieldDeclarationSyntax and not PropertyDeclarationSyntax { Initializer: not null })
                .ToList();
            if (movable.Count < 2 || type.Members[movable[^1]].ContainsDirectives)
            {
                return type;
            }

            var members = type.Members.ToList();
            var last = members[movable[^1]];
            members.RemoveAt(movable[^1]);
            members.Insert(movable[0], last);
            return type.WithMembers(SyntaxFactory.List(members));
        }
    }

    /// <summary>Moves the first type of the file, and of each namespace, after the last one, if it holds no directive.</summary>
    private sealed class TypeMover : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitCompilationUnit(CompilationUnitSyntax node)
        {
            var unit = (CompilationUnitSyntax)base.VisitCompilationUnit(node)!;
            return unit.WithMembers(Move(unit.Members));
        }

        public override SyntaxNode? VisitNamespaceDeclaration(NamespaceDeclarationSyntax node)
        {
            var ns = (NamespaceDeclarationSyntax)base.VisitNamespaceDeclaration(node)!;
            return ns.WithMembers(Move(ns.Members));
        }

        public override SyntaxNode? VisitFileScopedNamespaceDeclaration(FileScopedNamespaceDeclarationSyntax node)
        {
            var ns = (FileScopedNamespaceDeclarationSyntax)base.VisitFileScopedNamespaceDeclaration(node)!;
            return ns.WithMembers(Move(ns.Members));
        }

        // Types only: nested namespaces are visited on their own, and nothing else is written in a type's place.
        public override SyntaxNode? VisitClassDeclaration(ClassDeclarationSyntax node) => node;

        public override SyntaxNode? VisitStructDeclaration(StructDeclarationSyntax node) => node;

        public override SyntaxNode? VisitRecordDeclaration(RecordDeclarationSyntax node) => node;

        public override SyntaxNode? VisitInterfaceDeclaration(InterfaceDeclarationSyntax node) => node;

        private static SyntaxList<MemberDeclarationSyntax> Move(SyntaxList<MemberDeclarationSyntax> members)
        {
            var types = Enumerable.Range(0, members.Count).Where(i => members[i] is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax).ToList();
            if (types.Count < 2 || members[types[0]].ContainsDirectives)
            {
                return members;
            }

            var list = members.ToList();
            var first = list[types[0]];
            list.Insert(types[^1] + 1, first);
            list.RemoveAt(types[0]);
            return SyntaxFactory.List(list);
        }
    }
}
