using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>The names a method declares for itself: parameters, locals, <c>foreach</c>, <c>catch</c> and pattern variables.</summary>
internal static class DeclaredNames
{
    public static HashSet<string> In(SyntaxNode method) =>
        new(method.DescendantNodesAndSelf().Select(NameOf).Where(name => name.IsKind(SyntaxKind.IdentifierToken)).Select(name => name.ValueText));

    /// <summary>How many declarations in the method use this name.</summary>
    public static int Count(SyntaxNode method, string name) =>
        method.DescendantNodesAndSelf().Count(node => NameOf(node) is var declared && declared.IsKind(SyntaxKind.IdentifierToken) && declared.ValueText == name);

    private static SyntaxToken NameOf(SyntaxNode node) => node switch
    {
        VariableDeclaratorSyntax v => v.Identifier,
        ForEachStatementSyntax f => f.Identifier,
        CatchDeclarationSyntax c => c.Identifier,
        SingleVariableDesignationSyntax d => d.Identifier,
        ParameterSyntax p => p.Identifier,
        _ => default,
    };
}
