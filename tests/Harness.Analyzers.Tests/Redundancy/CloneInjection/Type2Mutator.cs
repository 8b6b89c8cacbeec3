using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>Type 2: every local and parameter renamed consistently, and literal values changed.</summary>
internal sealed class Type2Mutator : ICloneMutator
{
    public CloneKind Kind => CloneKind.Type2;

    public bool NamesItself => false;

    public Mutation? Mutate(MethodDeclarationSyntax original, SemanticModel model, Random random)
    {
        var (method, description) = Apply(original, random);
        return new Mutation(method, description);
    }

    /// <summary>The type-2 changes, also applied on top of type-3 edits.</summary>
    public static (MethodDeclarationSyntax Method, string Description) Apply(MethodDeclarationSyntax method, Random random)
    {
        var renamed = LocalRenamer.Rename(method, random, out var names);
        var changed = LiteralChanger.Change(renamed, random, out var literals);
        return (changed, $"{names} names renamed, {literals} literals changed");
    }
}
