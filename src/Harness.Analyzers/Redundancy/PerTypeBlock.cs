using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Two runs of statements that read alike but work on variables of other types: one builds a
/// <c>FieldDeclaration</c> from an <c>IField</c> where the other builds a <c>PropertyDeclaration</c> from an
/// <c>IProperty</c>. They are the statement-level form of typed overloads, one per kind of thing a builder or visitor
/// handles; sharing them takes a common base type or generics, and read on real code (a syntax-tree builder's
/// <c>Convert*</c> prologues) reviewers left them. One variable of another type is still a copy worth a helper
/// that takes it; it takes <see cref="MinVariables"/> to make the pair a per-type twin.
/// </summary>
internal static class PerTypeBlock
{
    private const int MinVariables = 2;

    /// <summary>
    /// Whether at least <see cref="MinVariables"/> variables stand, at the same places of the two runs, for variables
    /// declared with different types. The runs are equal apart from local names and literals, so their tokens line up.
    /// </summary>
    public static bool IsPerTypeTwin(SyntaxTree tree, TextSpan span, SyntaxTree otherTree, TextSpan otherSpan)
    {
        var tokens = tree.GetRoot().DescendantTokens(span).ToList();
        var otherTokens = otherTree.GetRoot().DescendantTokens(otherSpan).ToList();
        if (tokens.Count != otherTokens.Count || tokens.Count == 0)
        {
            return false;
        }

        var types = DeclaredTypes(tokens[0]);
        var otherTypes = DeclaredTypes(otherTokens[0]);
        var differentlyTyped = new HashSet<(string, string)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var name = tokens[i].ValueText;
            var otherName = otherTokens[i].ValueText;
            if (tokens[i].IsKind(SyntaxKind.IdentifierToken)
                && types.TryGetValue(name, out var type)
                && otherTypes.TryGetValue(otherName, out var otherType)
                && type != otherType
                && differentlyTyped.Add((name, otherName))
                && differentlyTyped.Count >= MinVariables)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The written types of the parameters and locals of the member around <paramref name="token"/>, by name, without
    /// nullable annotations; a <c>var</c> takes the type it is created with, or stays unknown.
    /// </summary>
    private static Dictionary<string, string> DeclaredTypes(SyntaxToken token)
    {
        var types = new Dictionary<string, string>();
        var member = token.Parent?.AncestorsAndSelf().FirstOrDefault(node => node is MemberDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax);
        if (member is null)
        {
            return types;
        }

        foreach (var node in member.DescendantNodes())
        {
            var (name, type) = node switch
            {
                ParameterSyntax parameter => (parameter.Identifier, parameter.Type),
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } variable =>
                    (variable.Identifier, declaration.Type.IsVar ? (variable.Initializer?.Value as ObjectCreationExpressionSyntax)?.Type : declaration.Type),
                ForEachStatementSyntax loop => (loop.Identifier, loop.Type.IsVar ? null : loop.Type),
                SingleVariableDesignationSyntax { Parent: DeclarationPatternSyntax pattern } designation => (designation.Identifier, pattern.Type),
                SingleVariableDesignationSyntax { Parent: DeclarationExpressionSyntax declaration } designation => (designation.Identifier, declaration.Type.IsVar ? null : declaration.Type),
                _ => (default, null),
            };
            if (type is not null && !name.IsMissing)
            {
                types[name.ValueText] = (type is NullableTypeSyntax nullable ? nullable.ElementType : type).ToString();
            }
        }

        return types;
    }
}
