using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>
/// Type 3, deletion: removes one simple statement (a call, an assignment, or a declaration whose variables nothing
/// else reads), with its comments. Jumps, returns and compound statements stay: they would not compile without.
/// </summary>
internal static class StatementDeleter
{
    public static (MethodDeclarationSyntax Method, string Description)? Delete(MethodDeclarationSyntax method, Random random)
    {
        var candidates = method.Body!.DescendantNodes().OfType<StatementSyntax>()
            .Where(s => s.Parent is BlockSyntax or SwitchSectionSyntax)
            .Where(s => s is ExpressionStatementSyntax || s is LocalDeclarationStatementSyntax { UsingKeyword.RawKind: 0 })
            .Where(s => !DeclaresNamesUsedElsewhere(s, method))
            .ToList();
        return random.OneOrDefault(candidates) is { } deleted
            ? (method.RemoveNode(deleted, SyntaxRemoveOptions.KeepNoTrivia)!, $"deleted `{deleted.ToString().Trim()}`")
            : null;
    }

    private static bool DeclaresNamesUsedElsewhere(StatementSyntax statement, MethodDeclarationSyntax method)
    {
        var declared = new HashSet<string>(
            statement.DescendantNodes().Select(n => n switch
            {
                VariableDeclaratorSyntax variable => variable.Identifier.ValueText,
                SingleVariableDesignationSyntax designation => designation.Identifier.ValueText,
                _ => null,
            }).OfType<string>(),
            StringComparer.Ordinal);
        return declared.Count > 0
            && method.DescendantTokens().Any(t => t.IsKind(SyntaxKind.IdentifierToken) && declared.Contains(t.ValueText) && !statement.Span.Contains(t.Span));
    }
}
