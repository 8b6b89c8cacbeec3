using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>A method by file, containing type and name: how the corpus, mutants and diagnostics refer to one another.</summary>
internal sealed record MemberKey(string FilePath, string TypeName, string Name)
{
    public override string ToString() => $"{TypeName}.{Name}";
}

/// <summary>The generated source files, parsed, and the generated methods in them.</summary>
internal sealed class Corpus
{
    private readonly Dictionary<string, SyntaxTree> _byPath;

    public Corpus(ImmutableArray<SyntaxTree> trees, ImmutableArray<MemberKey> methods)
    {
        Trees = trees;
        Methods = methods;
        _byPath = trees.ToDictionary(t => t.FilePath, StringComparer.Ordinal);
    }

    public ImmutableArray<SyntaxTree> Trees { get; }

    public ImmutableArray<MemberKey> Methods { get; }

    public SyntaxTree Tree(string path) => _byPath[path];

    public MethodDeclarationSyntax Find(MemberKey key) => MemberLocator.Find(Tree(key.FilePath).GetRoot(), key);
}

/// <summary>Finds methods by <see cref="MemberKey"/> in a tree, and names the method a name token belongs to.</summary>
internal static class MemberLocator
{
    public static MethodDeclarationSyntax Find(SyntaxNode root, MemberKey key) =>
        root.DescendantNodes().OfType<ClassDeclarationSyntax>().Single(c => c.Identifier.ValueText == key.TypeName)
            .Members.OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == key.Name);

    public static ClassDeclarationSyntax ClassOf(MethodDeclarationSyntax method) => (ClassDeclarationSyntax)method.Parent!;

    /// <summary>Every method of the trees, by the start of its name: where the duplication rules report.</summary>
    public static Dictionary<(string Path, int Start), MemberKey> IndexByNameStart(IEnumerable<SyntaxTree> trees)
    {
        var index = new Dictionary<(string, int), MemberKey>();
        foreach (var tree in trees)
        {
            foreach (var method in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                index[(tree.FilePath, method.Identifier.SpanStart)] = new MemberKey(tree.FilePath, ClassOf(method).Identifier.ValueText, method.Identifier.ValueText);
            }
        }

        return index;
    }
}

internal static class MethodNames
{
    private const string Async = "Async";

    /// <summary><c>Load</c> + <c>V2</c> is <c>LoadV2</c>, <c>LoadAsync</c> + <c>V2</c> is <c>LoadV2Async</c>: the suffix goes before Async, as people name copies.</summary>
    public static string WithSuffix(string name, string suffix) =>
        name.EndsWith(Async, StringComparison.Ordinal) ? name[..^Async.Length] + suffix + Async : name + suffix;
}
