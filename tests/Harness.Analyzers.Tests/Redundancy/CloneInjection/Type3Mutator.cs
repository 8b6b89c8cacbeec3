using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>
/// Type 3: one statement inserted, deleted or modified (whichever the method allows, tried in random order), and
/// half of the time the type-2 changes on top.
/// </summary>
internal sealed class Type3Mutator : ICloneMutator
{
    public CloneKind Kind => CloneKind.Type3;

    public bool NamesItself => false;

    public Mutation? Mutate(MethodDeclarationSyntax original, SemanticModel model, Random random)
    {
        var edits = new Func<(MethodDeclarationSyntax Method, string Description)?>[]
        {
            () => StatementInserter.Insert(original, model, random),
            () => StatementDeleter.Delete(original, random),
            () => StatementModifier.Modify(original, model, random),
        };
        var edited = edits.OrderBy(_ => random.Next()).Select(edit => edit()).FirstOrDefault(result => result is not null);
        if (edited is not { } result)
        {
            return null;
        }

        if (random.Next(2) == 0)
        {
            var (renamed, renames) = Type2Mutator.Apply(result.Method, random);
            return new Mutation(renamed, result.Description + "; " + renames);
        }

        return new Mutation(result.Method, result.Description);
    }
}
