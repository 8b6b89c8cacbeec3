using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>The names code may rename without changing what it does: parameters and locals.</summary>
internal static class DeclaredNames
{
    /// <summary>The member's parameters and the locals its body declares (declarators and pattern or <c>out var</c> designations).</summary>
    public static HashSet<string> Of(SyntaxNode body)
    {
        var names = new HashSet<string>();
        var parameters = body.Parent switch
        {
            BaseMethodDeclarationSyntax method => method.ParameterList.Parameters,
            LocalFunctionStatementSyntax function => function.ParameterList.Parameters,
            _ => default,
        };
        foreach (var parameter in parameters)
        {
            names.Add(parameter.Identifier.ValueText);
        }

        names.UnionWith(body.DescendantNodes().Select(NameDeclaredBy));
        return names;
    }

    /// <summary>The locals a run of statements declares itself.</summary>
    public static HashSet<string> In(SyntaxNode root, TextSpan span) =>
        new(root.DescendantNodes(span).Where(node => span.Contains(node.Span)).Select(NameDeclaredBy));

    private static string NameDeclaredBy(SyntaxNode node) => node switch
    {
        VariableDeclaratorSyntax variable => variable.Identifier.ValueText,
        SingleVariableDesignationSyntax designation => designation.Identifier.ValueText,
        _ => string.Empty,
    };
}
