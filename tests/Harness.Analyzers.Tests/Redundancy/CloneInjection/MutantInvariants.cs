using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>
/// Checks that a mutant is the kind of clone its mutator claims, so that a recall figure measures the analyzer and
/// not a mutator that did too much or nothing. Compares bodies as token texts and as <see cref="CodeShape"/>s.
/// </summary>
internal static class MutantInvariants
{
    public static void Check(CloneKind kind, MethodDeclarationSyntax original, Mutation mutation)
    {
        var copy = mutation.Method;
        var problem = kind switch
        {
            CloneKind.Type1 when !Texts(original).SequenceEqual(Texts(copy)) => "changed a token",
            CloneKind.Type1 when original.ToFullString() == copy.ToFullString() => "changed nothing",
            CloneKind.Type2 when !CodeShape.Of(original).SequenceEqual(CodeShape.Of(copy)) => "changed more than names and literal values",
            CloneKind.Type2 when original.ParameterList.ToString() == copy.ParameterList.ToString() => "renamed no parameter",
            CloneKind.Type3 when CodeShape.Of(original).SequenceEqual(CodeShape.Of(copy)) => "made a type-2 clone, not a type-3 one",
            CloneKind.OneValueChanged when copy.ParameterList.Parameters.Count != original.ParameterList.Parameters.Count + 1 => "added no parameter",
            CloneKind.OneValueChanged when Texts(original).Count() != Texts(copy).Count() => "changed more than one token",
            _ => null,
        };

        if (problem is not null)
        {
            throw new InvalidOperationException($"The {kind} mutator {problem} ({mutation.Description}):\n{original}\n----\n{copy}");
        }
    }

    private static IEnumerable<string> Texts(MethodDeclarationSyntax method) => method.Body!.DescendantTokens().Select(t => t.Text);
}
