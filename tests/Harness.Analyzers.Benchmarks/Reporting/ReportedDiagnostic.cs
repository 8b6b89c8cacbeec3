using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Harness.Analyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Benchmarks.Reporting;

/// <summary>
/// A diagnostic as a reviewer reads it: where (path relative to the corpus folder, 1-based line and column), in which
/// member, the first line of the reported text, the message, and the other copies (additional locations). (ID, file,
/// line) is also the key of a human verdict.
/// </summary>
internal sealed record ReportedDiagnostic(
    string Id,
    string File,
    int Line,
    int Column,
    string Member,
    string Text,
    string Message,
    IReadOnlyList<string> AdditionalLocations)
{
    private const int MaxTextLength = 80;

    /// <summary>Sorted by file, line, column, ID and message (ordinal), so two runs' dumps diff line by line.</summary>
    public static IReadOnlyList<ReportedDiagnostic> From(IEnumerable<Diagnostic> diagnostics, SourceFolderCorpus corpus)
        => diagnostics
            .Select(diagnostic => From(diagnostic, corpus))
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ThenBy(d => string.Join(";", d.AdditionalLocations), StringComparer.Ordinal)
            .ToList();

    private static ReportedDiagnostic From(Diagnostic diagnostic, SourceFolderCorpus corpus)
    {
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        var location = diagnostic.Location;
        if (!location.IsInSource)
        {
            return new ReportedDiagnostic(diagnostic.Id, string.Empty, 0, 0, string.Empty, string.Empty, message, []);
        }

        var span = location.GetLineSpan();
        var tree = location.SourceTree!;
        var text = tree.GetText().ToString(location.SourceSpan).Split('\n')[0].Trim();
        return new ReportedDiagnostic(
            diagnostic.Id,
            corpus.RelativePath(span.Path),
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            MemberAt(tree.GetRoot().FindNode(location.SourceSpan, getInnermostNodeForTie: true)),
            text.Length <= MaxTextLength ? text : text[..MaxTextLength] + "…",
            message,
            diagnostic.AdditionalLocations
                .Where(l => l.IsInSource)
                .Select(l => $"{corpus.RelativePath(l.GetLineSpan().Path)}:{l.GetLineSpan().StartLinePosition.Line + 1}")
                .ToList());
    }

    /// <summary>The innermost member (or local function) around the node, qualified with its types: <c>Outer.Inner.Member</c>.</summary>
    private static string MemberAt(SyntaxNode node)
    {
        var names = new List<string>();
        for (var current = node; current is not null; current = current.Parent)
        {
            if (Name(current) is { } name && (names.Count == 0 || current is BaseTypeDeclarationSyntax))
            {
                names.Add(name);
            }
        }

        names.Reverse();
        return string.Join(".", names);
    }

    private static string? Name(SyntaxNode node) => node switch
    {
        BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
        DelegateDeclarationSyntax @delegate => @delegate.Identifier.ValueText,
        MethodDeclarationSyntax method => method.Identifier.ValueText,
        ConstructorDeclarationSyntax constructor => constructor.Identifier.ValueText,
        DestructorDeclarationSyntax destructor => "~" + destructor.Identifier.ValueText,
        OperatorDeclarationSyntax @operator => $"operator {@operator.OperatorToken.ValueText}({string.Join(", ", @operator.ParameterList.Parameters.Select(p => p.Type))})",
        ConversionOperatorDeclarationSyntax conversion => $"{conversion.ImplicitOrExplicitKeyword.ValueText} operator {conversion.Type}({string.Join(", ", conversion.ParameterList.Parameters.Select(p => p.Type))})",
        PropertyDeclarationSyntax property => property.Identifier.ValueText,
        IndexerDeclarationSyntax => "this[]",
        EventDeclarationSyntax @event => @event.Identifier.ValueText,
        BaseFieldDeclarationSyntax field => string.Join(", ", field.Declaration.Variables.Select(v => v.Identifier.ValueText)),
        EnumMemberDeclarationSyntax member => member.Identifier.ValueText,
        LocalFunctionStatementSyntax local => local.Identifier.ValueText,
        _ => null,
    };
}
