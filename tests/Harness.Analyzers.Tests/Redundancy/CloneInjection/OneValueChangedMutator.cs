using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>
/// One value changed: a literal of the body becomes a new parameter of the literal's type, and the copy is named
/// with a version suffix (<c>ScoreV2</c>, <c>ScoreNewAsync</c>) to live beside the original: the rewrite that never
/// replaced what it rewrote.
/// </summary>
internal sealed class OneValueChangedMutator : ICloneMutator
{
    private static readonly string[] Suffixes = { "V2", "New", "Copy", "Improved", "2" };

    private static readonly string[] ParameterNames = { "threshold", "limit", "factor", "margin", "cutoff", "separator", "fallback", "minimum", "step", "unit" };

    public CloneKind Kind => CloneKind.OneValueChanged;

    public bool NamesItself => true;

    public Mutation? Mutate(MethodDeclarationSyntax original, SemanticModel model, Random random)
    {
        var literals = original.Body!.DescendantNodes().OfType<LiteralExpressionSyntax>().Where(l => TypeOf(l) is not null && !IsConstantContext(l)).ToList();
        if (random.OneOrDefault(literals) is not { } literal)
        {
            return null;
        }

        var type = TypeOf(literal)!;
        var used = LocalRenamer.NamesUsedIn(original);
        var name = ParameterNames.Where(n => !used.Contains(n)).OrderBy(_ => random.Next()).FirstOrDefault() ?? "value" + used.Count;
        var method = original.ReplaceNode(literal, SyntaxFactory.IdentifierName(name).WithTriviaFrom(literal));
        var parameters = method.ParameterList.Parameters.Select(p => p.ToString()).ToList();
        parameters.Insert(InsertionIndex(method.ParameterList.Parameters), type + " " + name);
        method = method.WithParameterList(SyntaxFactory.ParseParameterList("(" + string.Join(", ", parameters) + ")").WithTriviaFrom(method.ParameterList));
        var newName = MethodNames.WithSuffix(original.Identifier.ValueText, Suffixes[random.Next(Suffixes.Length)]);
        method = method.WithIdentifier(SyntaxFactory.Identifier(newName).WithTriviaFrom(original.Identifier));
        return new Mutation(method, $"`{literal}` became parameter `{type} {name}`");
    }

    private static string? TypeOf(LiteralExpressionSyntax literal) => literal.Token.Value switch
    {
        int => "int",
        long => "long",
        decimal => "decimal",
        double => "double",
        string => "string",
        char => "char",
        bool => "bool",
        _ => null,
    };

    /// <summary>Case labels and patterns need constants: a parameter cannot take a literal's place there.</summary>
    private static bool IsConstantContext(LiteralExpressionSyntax literal) =>
        literal.Ancestors().Any(a => a is CaseSwitchLabelSyntax or PatternSyntax or AttributeArgumentSyntax or ParameterSyntax)
        || literal.FirstAncestorOrSelf<LocalDeclarationStatementSyntax>()?.IsConst == true;

    /// <summary>Before optional and params parameters and before a cancellation token, which by convention come last.</summary>
    private static int InsertionIndex(SeparatedSyntaxList<ParameterSyntax> parameters)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            if (parameter.Default is not null || parameter.Modifiers.Any(SyntaxKind.ParamsKeyword) || parameter.Type?.ToString() == "CancellationToken")
            {
                return i;
            }
        }

        return parameters.Count;
    }
}
