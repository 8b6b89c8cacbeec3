using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

internal enum Placement
{
    /// <summary>Beside the original, in its class.</summary>
    SameClass,

    /// <summary>In a new class appended to another file.</summary>
    OtherFile,
}

/// <summary>A mutation of a corpus method and where it is to go.</summary>
internal sealed record Mutant(CloneKind Kind, MemberKey Original, Mutation Mutation, Placement Placement);

/// <summary>A mutant as injected: where it ended up.</summary>
internal sealed record InjectedMutant(Mutant Mutant, MemberKey Key, string Text);

/// <summary>The corpus with mutants injected: changed files re-parsed, the others the very same trees.</summary>
internal sealed record InjectedCorpus(ImmutableArray<SyntaxTree> Trees, IReadOnlyList<(SyntaxTree Old, SyntaxTree New)> Replaced, IReadOnlyList<InjectedMutant> Mutants);

/// <summary>
/// Puts mutants into the corpus: beside the original in its class (renamed with a neutral qualifier, unless the
/// mutant names itself), or as a new class at the end of another file.
/// </summary>
internal static class MutantInjector
{
    /// <summary>Qualifiers for same-class copies; none is a versioned suffix, so only the body can give a copy away.</summary>
    private static readonly string[] Qualifiers = { "ForAudit", "Strict", "Lenient", "Batched", "Cached", "Safely", "Quick", "Verbose", "Local", "ForReview" };

    private static readonly string[] ClassPrefixes = { "Legacy", "Shared", "Offline", "Batch", "Remote", "Internal" };

    public static InjectedCorpus Inject(Corpus corpus, IReadOnlyList<Mutant> mutants, Random random)
    {
        var roots = new Dictionary<string, CompilationUnitSyntax>(StringComparer.Ordinal);
        CompilationUnitSyntax Root(string path) => roots.TryGetValue(path, out var root) ? root : (CompilationUnitSyntax)corpus.Tree(path).GetRoot();
        var sourceFiles = corpus.Trees.Select(t => t.FilePath).Where(p => p != CorpusGenerator.ModelPath).ToList();
        var typeNames = new HashSet<string>(corpus.Trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>()).Select(c => c.Identifier.ValueText), StringComparer.Ordinal);

        var injected = new List<(Mutant Mutant, MemberKey Key)>();
        foreach (var mutant in mutants)
        {
            var method = mutant.Mutation.Method;
            if (mutant.Placement == Placement.SameClass)
            {
                var root = Root(mutant.Original.FilePath);
                var original = MemberLocator.Find(root, mutant.Original);
                var type = MemberLocator.ClassOf(original);
                if (method.Identifier.ValueText == original.Identifier.ValueText)
                {
                    method = method.WithIdentifier(SyntaxFactory.Identifier(UniqueMemberName(type, original.Identifier.ValueText, random)).WithTriviaFrom(method.Identifier));
                }

                method = AsNewMember(method);
                roots[mutant.Original.FilePath] = root.ReplaceNode(type, type.WithMembers(type.Members.Insert(type.Members.IndexOf(original) + 1, method)));
                injected.Add((mutant, mutant.Original with { Name = method.Identifier.ValueText }));
            }
            else
            {
                var path = sourceFiles.Where(p => p != mutant.Original.FilePath).ElementAt(random.Next(sourceFiles.Count - 1));
                var className = UniqueTypeName(typeNames, mutant.Original.TypeName, random);
                var type = (ClassDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration($"\npublic class {className}\n{{\n{AsNewMember(method).ToFullString().TrimStart('\n')}}}\n", options: TestProject.ParseOptions)!;
                var root = Root(path);
                var space = root.Members.OfType<BaseNamespaceDeclarationSyntax>().Single();
                roots[path] = root.ReplaceNode(space, space.AddMembers(type));
                injected.Add((mutant, new MemberKey(path, className, method.Identifier.ValueText)));
            }
        }

        var replaced = corpus.Trees.Where(t => roots.ContainsKey(t.FilePath)).Select(t => (Old: t, New: TestProject.Parse(t.FilePath, roots[t.FilePath].ToFullString()))).ToList();
        var byOld = replaced.ToDictionary(r => r.Old, r => r.New);
        var trees = corpus.Trees.Select(t => byOld.TryGetValue(t, out var changed) ? changed : t).ToImmutableArray();
        var texts = trees.ToDictionary(t => t.FilePath, t => t.GetRoot(), StringComparer.Ordinal);
        return new InjectedCorpus(trees, replaced, injected.Select(i => new InjectedMutant(i.Mutant, i.Key, MemberLocator.Find(texts[i.Key.FilePath], i.Key).ToFullString())).ToList());
    }

    /// <summary>A blank line before it, a line end after it.</summary>
    private static MethodDeclarationSyntax AsNewMember(MethodDeclarationSyntax method)
    {
        var leading = method.GetLeadingTrivia();
        var withBlankLine = leading.Count > 0 && leading[0].IsKind(SyntaxKind.EndOfLineTrivia) ? leading : leading.Insert(0, SyntaxFactory.EndOfLine("\n"));
        var trailing = method.GetTrailingTrivia();
        return method.WithLeadingTrivia(withBlankLine)
            .WithTrailingTrivia(trailing.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) ? trailing : trailing.Add(SyntaxFactory.EndOfLine("\n")));
    }

    private static string UniqueMemberName(ClassDeclarationSyntax type, string name, Random random)
    {
        var taken = type.Members.OfType<MethodDeclarationSyntax>().Select(m => m.Identifier.ValueText).ToHashSet(StringComparer.Ordinal);
        foreach (var qualifier in Qualifiers.OrderBy(_ => random.Next()))
        {
            var candidate = MethodNames.WithSuffix(name, qualifier);
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No free name for a copy of {name}.");
    }

    private static string UniqueTypeName(HashSet<string> taken, string original, Random random)
    {
        foreach (var prefix in ClassPrefixes.OrderBy(_ => random.Next()))
        {
            if (taken.Add(prefix + original))
            {
                return prefix + original;
            }
        }

        for (var n = 2; ; n++)
        {
            var numbered = original + "Mirror" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (taken.Add(numbered))
            {
                return numbered;
            }
        }
    }
}
