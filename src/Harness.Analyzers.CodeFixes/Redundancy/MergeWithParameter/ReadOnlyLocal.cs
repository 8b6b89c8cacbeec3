using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// A local that only holds the value (<c>var retries = 3;</c>, never written again, of the parameter's type): the
/// parameter takes its name and its place, so the merge reads <c>int retries = 3</c> rather than a second name.
/// </summary>
internal static class ReadOnlyLocal
{
    public static LocalDeclarationStatementSyntax? Of(ExpressionSyntax site, ITypeSymbol type, SemanticModel model, CancellationToken cancellationToken)
    {
        if (site.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
            || declarator.Parent is not VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax statement }
            || statement.Modifiers.Count > 0 || !statement.UsingKeyword.IsKind(SyntaxKind.None) || statement.Declaration.Type is RefTypeSyntax
            || statement.GetLeadingTrivia().Any(Comments.IsComment)
            || model.GetDeclaredSymbol(declarator, cancellationToken) is not ILocalSymbol local
            || !SymbolEqualityComparer.Default.Equals(local.Type, type))
        {
            return null;
        }

        var name = declarator.Identifier.ValueText;
        var method = statement.Ancestors().OfType<MethodDeclarationSyntax>().First();
        return method.DescendantNodes().OfType<IdentifierNameSyntax>().Any(use => use.Identifier.ValueText == name && IsWritten(use)) ? null : statement;
    }

    private static bool IsWritten(ExpressionSyntax use) => use.Parent switch
    {
        AssignmentExpressionSyntax assignment => assignment.Left == use,
        PrefixUnaryExpressionSyntax prefix => prefix.Kind() is SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression or SyntaxKind.AddressOfExpression,
        PostfixUnaryExpressionSyntax => true,
        ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
        RefExpressionSyntax => true,
        _ => false,
    };
}
