using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>A copy of a method, changed in one kind of way, and what was changed.</summary>
internal sealed record Mutation(MethodDeclarationSyntax Method, string Description);

/// <summary>Makes one kind of clone of a corpus method.</summary>
internal interface ICloneMutator
{
    CloneKind Kind { get; }

    /// <summary>True if the copy names itself and belongs beside its original (a versioned twin).</summary>
    bool NamesItself { get; }

    /// <summary>The copy, or null if <paramref name="original"/> offers nothing this mutator can change.</summary>
    /// <param name="model">The semantic model of the original's tree, for mutations that must stay type-correct.</param>
    Mutation? Mutate(MethodDeclarationSyntax original, SemanticModel model, Random random);
}
