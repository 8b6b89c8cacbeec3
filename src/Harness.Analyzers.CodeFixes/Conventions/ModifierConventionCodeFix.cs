using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Harness.Analyzers.Conventions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;

namespace Harness.Analyzers.CodeFixes.Conventions;

/// <summary>
/// HAR3003: adds or removes the modifier on every part of the type, where that keeps the code compiling:
/// <list type="bullet">
/// <item><c>public</c> / <c>internal</c> required: the type gets that accessibility (any other is replaced);
/// forbidden: <c>public</c> becomes <c>internal</c>, <c>internal</c> becomes <c>public</c>.</item>
/// <item><c>sealed</c>: added when no type of the solution derives from it and it declares no virtual, abstract or
/// protected member; removed always.</item>
/// <item><c>partial</c>: added always; removed when the type has one declaration.</item>
/// <item><c>abstract</c> removed when it declares no abstract member; <c>static</c> removed when it holds no extension
/// method; <c>readonly</c> removed always.</item>
/// </list>
/// Not offered: adding <c>abstract</c>, <c>static</c> or <c>readonly</c> (the members would have to change), and
/// <c>record</c> either way (it changes equality). FixAll fixes every finding (each fix edits one type's modifiers).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ModifierConventionCodeFix))]
public sealed class ModifierConventionCodeFix : CodeFixProvider
{
    /// <summary>C#'s usual order of modifiers (IDE0036); <c>partial</c> must come last.</summary>
    private static readonly SyntaxKind[] Order =
    {
        SyntaxKind.PublicKeyword, SyntaxKind.ProtectedKeyword, SyntaxKind.InternalKeyword, SyntaxKind.PrivateKeyword, SyntaxKind.FileKeyword,
        SyntaxKind.NewKeyword, SyntaxKind.StaticKeyword, SyntaxKind.AbstractKeyword, SyntaxKind.SealedKeyword, SyntaxKind.ReadOnlyKeyword,
        SyntaxKind.UnsafeKeyword, SyntaxKind.RefKeyword, SyntaxKind.PartialKeyword,
    };

    private static readonly SyntaxKind[] Accessibilities =
        { SyntaxKind.PublicKeyword, SyntaxKind.ProtectedKeyword, SyntaxKind.InternalKeyword, SyntaxKind.PrivateKeyword, SyntaxKind.FileKeyword };

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ModifierConvention);

    public override FixAllProvider GetFixAllProvider() => EveryFindingFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(ModifierConventionRule.ModifierProperty, out var word) || word is null
                || !diagnostic.Properties.TryGetValue(ModifierConventionRule.ChangeProperty, out var change)
                || await ConventionTarget.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not { } type
                || await PlanAsync(type, word, change == ModifierConventionRule.Add, context.Document.Project.Solution, context.CancellationToken).ConfigureAwait(false) is not { } plan)
            {
                continue;
            }

            var solution = context.Document.Project.Solution;
            context.RegisterCodeFix(
                CodeAction.Create(plan.Title, cancellationToken => ApplyAsync(solution, type, plan, cancellationToken), plan.Key),
                diagnostic);
        }
    }

    /// <summary>What to do to every part: remove these modifiers, then add that one (or nothing); null when not safe.</summary>
    private static async Task<Plan?> PlanAsync(INamedTypeSymbol type, string word, bool add, Solution solution, CancellationToken cancellationToken)
    {
        var key = $"{DiagnosticIds.ModifierConvention}.{(add ? "Add" : "Remove")}.{word}";
        switch (word)
        {
            case "public" or "internal":
                var target = (word == "public") == add ? SyntaxKind.PublicKeyword : SyntaxKind.InternalKeyword;
                var text = SyntaxFacts.GetText(target);
                return new Plan($"Make '{type.Name}' {text}", key, Accessibilities, target);
            case "sealed" when add:
                return await CanSealAsync(type, solution, cancellationToken).ConfigureAwait(false)
                    ? new Plan($"Make '{type.Name}' sealed", key, Array.Empty<SyntaxKind>(), SyntaxKind.SealedKeyword)
                    : null;
            case "partial" when add:
                return new Plan($"Make '{type.Name}' partial", key, Array.Empty<SyntaxKind>(), SyntaxKind.PartialKeyword);
            case "sealed" when !add:
            case "readonly" when !add:
            case "partial" when !add && type.DeclaringSyntaxReferences.Length == 1:
            case "abstract" when !add && !type.GetMembers().Any(m => m.IsAbstract):
            case "static" when !add && !type.GetMembers().OfType<IMethodSymbol>().Any(m => m.IsExtensionMethod):
                return new Plan($"Remove '{word}' from '{type.Name}'", key, new[] { KindOf(word) }, null);
            default:
                return null;
        }
    }

    /// <summary><c>partial</c> is a contextual keyword, the others reserved ones.</summary>
    private static SyntaxKind KindOf(string word) =>
        SyntaxFacts.GetKeywordKind(word) is var kind && kind != SyntaxKind.None ? kind : SyntaxFacts.GetContextualKeywordKind(word);

    private static async Task<bool> CanSealAsync(INamedTypeSymbol type, Solution solution, CancellationToken cancellationToken)
    {
        if (type.TypeKind != TypeKind.Class || type.IsAbstract || type.IsStatic)
        {
            return false;
        }

        foreach (var member in type.GetMembers())
        {
            if (member.IsImplicitlyDeclared || member.IsOverride)
            {
                continue;
            }

            if (member.IsVirtual || member.IsAbstract
                || member.DeclaredAccessibility is Accessibility.Protected or Accessibility.ProtectedOrInternal or Accessibility.ProtectedAndInternal)
            {
                return false;
            }
        }

        var derived = await SymbolFinder.FindDerivedClassesAsync(type, solution, transitive: false, cancellationToken: cancellationToken).ConfigureAwait(false);
        return !derived.Any();
    }

    private static async Task<Solution> ApplyAsync(Solution solution, INamedTypeSymbol type, Plan plan, CancellationToken cancellationToken)
    {
        foreach (var group in type.DeclaringSyntaxReferences.GroupBy(reference => reference.SyntaxTree))
        {
            if (solution.GetDocument(group.Key) is not { } document || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root)
            {
                continue;
            }

            var declarations = group.Select(reference => reference.GetSyntax(cancellationToken)).OfType<MemberDeclarationSyntax>().ToList();
            var edited = root.ReplaceNodes(declarations, (_, declaration) => Edit(declaration, plan));
            solution = solution.WithDocumentSyntaxRoot(document.Id, edited);
        }

        return solution;
    }

    /// <summary>
    /// Removes the plan's modifiers from one declaration and adds its modifier in C#'s usual order; the declaration's
    /// leading trivia (indentation, comments) stays in front of whatever now comes first after its attributes.
    /// </summary>
    private static MemberDeclarationSyntax Edit(MemberDeclarationSyntax declaration, Plan plan)
    {
        var keyword = KeywordOf(declaration);
        var modifiers = declaration.Modifiers;
        var lead = modifiers.Count > 0 ? modifiers[0].LeadingTrivia : keyword.LeadingTrivia;
        var kept = modifiers.Where(m => !plan.Remove.Contains(m.Kind())).Select(m => m.WithLeadingTrivia()).ToList();
        if (plan.Add is { } add && !kept.Any(m => m.IsKind(add)))
        {
            var rank = Array.IndexOf(Order, add);
            var at = kept.FindIndex(m => Array.IndexOf(Order, m.Kind()) > rank);
            kept.Insert(at < 0 ? kept.Count : at, SyntaxFactory.Token(add).WithTrailingTrivia(SyntaxFactory.Space));
        }

        if (kept.Count > 0)
        {
            kept[0] = kept[0].WithLeadingTrivia(lead);
            keyword = keyword.WithLeadingTrivia();
        }
        else
        {
            keyword = keyword.WithLeadingTrivia(lead);
        }

        return WithKeyword(declaration.WithModifiers(SyntaxFactory.TokenList(kept)), keyword);
    }

    private static SyntaxToken KeywordOf(MemberDeclarationSyntax declaration) => declaration switch
    {
        TypeDeclarationSyntax type => type.Keyword,
        EnumDeclarationSyntax @enum => @enum.EnumKeyword,
        DelegateDeclarationSyntax @delegate => @delegate.DelegateKeyword,
        _ => throw new ArgumentException("not a type declaration", nameof(declaration)),
    };

    private static MemberDeclarationSyntax WithKeyword(MemberDeclarationSyntax declaration, SyntaxToken keyword) => declaration switch
    {
        TypeDeclarationSyntax type => type.WithKeyword(keyword),
        EnumDeclarationSyntax @enum => @enum.WithEnumKeyword(keyword),
        DelegateDeclarationSyntax @delegate => @delegate.WithDelegateKeyword(keyword),
        _ => declaration,
    };

    private sealed record Plan(string Title, string Key, IReadOnlyCollection<SyntaxKind> Remove, SyntaxKind? Add);
}
