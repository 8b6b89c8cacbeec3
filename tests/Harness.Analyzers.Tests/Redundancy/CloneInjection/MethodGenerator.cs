using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

internal sealed record GeneratedMethod(string Name, string Text);

/// <summary>
/// Generates one self-contained method (it uses only its parameters, the BCL and the corpus model, so a copy compiles
/// in any class): a random signature, then statement templates drawn by weight until the body is long enough, then
/// a return of the declared kind.
/// </summary>
internal static class MethodGenerator
{
    public const int MinStatements = 6;
    public const int MaxStatements = 30;

    private static readonly ValueKind[] ParameterKinds =
    {
        ValueKind.Int, ValueKind.Real, ValueKind.Money, ValueKind.Text, ValueKind.Flag, ValueKind.Numbers, ValueKind.Words, ValueKind.Tally, ValueKind.Orders, ValueKind.Order,
    };

    private static readonly string[] Summaries =
    {
        "Used by the nightly export.", "Keeps the dashboard figures consistent.", "Called once per batch.",
        "Mirrors the rules agreed with finance.", "Feeds the customer e-mail.", "Shared by the API and the back office.",
    };

    /// <summary>A method named <paramref name="stem"/> (plus Async if it is), its source indented as a member of a top-level class.</summary>
    public static GeneratedMethod Generate(Random random, string stem)
    {
        while (true)
        {
            var method = TryGenerate(random, stem);
            var statements = CountStatements(method.Text);
            if (statements is >= MinStatements and <= MaxStatements)
            {
                return method;
            }
        }
    }

    public static int CountStatements(string memberText) =>
        SyntaxFactory.ParseMemberDeclaration(memberText)!.DescendantNodes().OfType<StatementSyntax>().Count(s => s is not BlockSyntax);

    private static GeneratedMethod TryGenerate(Random random, string stem)
    {
        var isAsync = random.Next(100) < 20;
        var isGeneric = random.Next(100) < 15;
        ValueKind? returnKind = random.Next(100) < 15 ? null : ValueKinds.Returnable[random.Next(ValueKinds.Returnable.Length)];
        var body = new CodeWriter(depth: 2);
        var b = new MethodBuilder(random, body, returnKind, isAsync);

        var parameters = new List<string>();
        void AddParameter(ValueKind kind)
        {
            var parameter = new Variable(b.Names.For(kind), kind, Assignable: Array.IndexOf(ValueKinds.Scalars, kind) >= 0, Mutable: false);
            b.AddParameter(parameter);
            parameters.Add(ValueKinds.TypeName(kind, readOnlyView: true) + " " + parameter.Name);
        }

        var dataParameters = 1 + random.Next(3);
        for (var i = 0; i < dataParameters; i++)
        {
            AddParameter(ParameterKinds[random.Next(ParameterKinds.Length)]);
        }

        if (isGeneric)
        {
            AddParameter(ValueKind.Items);
            AddParameter(ValueKind.Describer);
        }

        if (isAsync)
        {
            AddParameter(ValueKind.Token);
        }

        WriteBody(b, random);

        var header = new CodeWriter(depth: 1);
        if (random.Next(100) < 40)
        {
            header.Line($"/// <summary>{Summaries[random.Next(Summaries.Length)]}</summary>");
        }

        var access = b.OneOf("public ", "public ", "public ", "internal ", "private ");
        var modifiers = access + (b.Chance(50) ? "static " : string.Empty) + (isAsync ? "async " : string.Empty);
        var valueType = returnKind is { } kind ? ValueKinds.TypeName(kind, readOnlyView: true) : null;
        var returnType = isAsync ? (valueType is null ? "Task" : $"Task<{valueType}>") : valueType ?? "void";
        var name = stem + (isAsync ? "Async" : string.Empty);
        header.Open($"{modifiers}{returnType} {name}{(isGeneric ? "<T>" : string.Empty)}({string.Join(", ", parameters)})");
        return new GeneratedMethod(name, header.ToString() + body + "    }\n");
    }

    private static void WriteBody(MethodBuilder b, Random random)
    {
        var target = MinStatements - 1 + random.Next(MaxStatements - MinStatements - 4);
        if (b.Chance(40))
        {
            StatementTemplates.Guard.Emit(b);
        }

        var awaited = !b.IsAsync;
        var usedItems = !b.Has(ValueKind.Items);
        while (b.Statements < target || !awaited || !usedItems)
        {
            var template = !awaited && b.Chance(30) ? StatementTemplates.Await
                : !usedItems && b.Chance(30) ? StatementTemplates.Generic
                : Draw(b, random);
            if (b.Chance(12))
            {
                b.Comment();
            }

            template.Emit(b);
            awaited |= template == StatementTemplates.Await;
            usedItems |= template == StatementTemplates.Generic;
        }

        if (b.ReturnKind is { } kind)
        {
            var variable = b.Pick(kind);
            b.Line($"return {(variable is not null && b.Chance(80) ? variable.Name : b.Expr.Of(kind))};");
        }
    }

    private static StatementTemplate Draw(MethodBuilder b, Random random)
    {
        var applicable = StatementTemplates.All.Where(t => t.Applies(b)).ToList();
        var roll = random.Next(applicable.Sum(t => t.Weight));
        foreach (var template in applicable)
        {
            roll -= template.Weight;
            if (roll < 0)
            {
                return template;
            }
        }

        throw new InvalidOperationException("Weights do not add up.");
    }
}
