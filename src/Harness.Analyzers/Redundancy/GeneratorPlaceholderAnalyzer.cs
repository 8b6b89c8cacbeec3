using System;
using System.Collections.Immutable;
using System.Text;
using Harness.Analyzers.Baseline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// HAR2006: what a code generator leaves where code should be, live in the editor from syntax alone:
/// placeholder comments (<see cref="PlaceholderPhrases"/>), reported at the comment (or, in a multi-line
/// <c>/* */</c> comment, at the line that is the placeholder); and <c>throw new NotImplementedException(…)</c>
/// (by name, <c>NotImplementedException</c> or <c>System.NotImplementedException</c>), reported at the throw
/// statement or expression. Documentation comments are not read.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GeneratorPlaceholderAnalyzer : DiagnosticAnalyzer
{
    private const string NotImplementedException = nameof(NotImplementedException);
    private const int MaxShownLength = 60;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.GeneratorPlaceholder, Descriptors.StaleBaselineEntry);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var scope = RedundancyScope.Load(start);
            var ledger = BaselineLedger.Start(start, SupportedDiagnostics);
            // Tree actions only: the rule needs syntax, and node actions would make the driver bind every declaration.
            start.RegisterSyntaxTreeAction(tree => AnalyzeComments(tree, scope, ledger.Counting(tree.ReportDiagnostic)));
            start.RegisterSyntaxTreeAction(tree => AnalyzeThrows(tree, scope, ledger.Counting(tree.ReportDiagnostic)));
            ledger.RegisterStaleCheck(start, SupportedDiagnostics);
        });
    }

    private static void AnalyzeComments(SyntaxTreeAnalysisContext context, RedundancyScope scope, Action<Diagnostic> report)
    {
        if (!scope.Includes(context.Tree))
        {
            return;
        }

        var root = context.Tree.GetRoot(context.CancellationToken);
        foreach (var trivia in CommentCandidates.Find(root, context.Tree.GetText(context.CancellationToken).ToString(), PlaceholderPhrases.MayMatch))
        {
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia))
            {
                AnalyzeSingleLineComment(report, trivia);
            }
            else if (trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
            {
                AnalyzeMultiLineComment(report, trivia);
            }
        }
    }

    private static void AnalyzeSingleLineComment(Action<Diagnostic> report, SyntaxTrivia trivia)
    {
        var text = trivia.ToString();
        if (IsDocumentationComment(text, "///"))
        {
            // A doc comment read as a plain comment (DocumentationMode.None, the default when no XML file is made).
            return;
        }

        var start = 0;
        while (start < text.Length && text[start] == '/')
        {
            start++;
        }

        var end = TrimEnd(text, text.Length);
        if (PlaceholderPhrases.Match(text, start, end))
        {
            var shown = text.Substring(0, end);
            Report(report, trivia, trivia.SpanStart, shown.Length, shown);
        }
    }

    private static void AnalyzeMultiLineComment(Action<Diagnostic> report, SyntaxTrivia trivia)
    {
        var text = trivia.ToString();
        if (IsDocumentationComment(text, "/**"))
        {
            return;
        }

        var contentEnd = text.EndsWith("*/", StringComparison.Ordinal) && text.Length >= 4 ? text.Length - 2 : text.Length;
        if (text.IndexOf('\n', 2, contentEnd - 2) < 0)
        {
            // One line: the whole comment is the placeholder.
            if (PlaceholderPhrases.Match(text, 2, contentEnd))
            {
                Report(report, trivia, trivia.SpanStart, text.Length, text);
            }

            return;
        }

        // Several lines: each line (without a leading '*') is judged and reported alone.
        var lineStart = 2;
        while (lineStart < contentEnd)
        {
            var lineEnd = text.IndexOf('\n', lineStart, contentEnd - lineStart);
            if (lineEnd < 0)
            {
                lineEnd = contentEnd;
            }

            var start = lineStart;
            while (start < lineEnd && (char.IsWhiteSpace(text[start]) || text[start] == '*'))
            {
                start++;
            }

            var end = TrimEnd(text, lineEnd);
            if (end > start && PlaceholderPhrases.Match(text, start, end))
            {
                Report(report, trivia, trivia.SpanStart + start, end - start, text.Substring(start, end - start));
            }

            lineStart = lineEnd + 1;
        }
    }

    /// <summary><c>///</c> or <c>/**</c>, but not <c>////</c> or <c>/**/</c>.</summary>
    private static bool IsDocumentationComment(string text, string opener) =>
        text.StartsWith(opener, StringComparison.Ordinal) && (text.Length == 3 || text[3] != '/');

    private static int TrimEnd(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static void Report(Action<Diagnostic> report, SyntaxTrivia trivia, int start, int length, string shown) =>
        report(Finding.Create(
            Descriptors.GeneratorPlaceholder,
            Location.Create(trivia.SyntaxTree!, new TextSpan(start, length)),
            Shorten(shown)));

    private static void AnalyzeThrows(SyntaxTreeAnalysisContext context, RedundancyScope scope, Action<Diagnostic> report)
    {
        var root = context.Tree.GetRoot(context.CancellationToken);
        foreach (var name in TokenCandidates.Identifiers(root, context.Tree.GetText(context.CancellationToken).ToString(), NotImplementedException))
        {
            // The name in the type of a created object (not in its arguments) that is thrown.
            var creation = name.Parent?.FirstAncestorOrSelf<ObjectCreationExpressionSyntax>();
            if (creation is not null
                && creation.Type.Span.Contains(name.Span)
                && (creation.Parent.IsKind(SyntaxKind.ThrowStatement) || creation.Parent.IsKind(SyntaxKind.ThrowExpression)))
            {
                AnalyzeThrow(creation.Parent!, report, scope);
            }
        }
    }

    private static void AnalyzeThrow(SyntaxNode node, Action<Diagnostic> report, RedundancyScope scope)
    {
        var thrown = node switch
        {
            ThrowStatementSyntax statement => statement.Expression,
            ThrowExpressionSyntax expression => expression.Expression,
            _ => null,
        };

        if (thrown is ObjectCreationExpressionSyntax creation
            && IsNotImplementedException(creation.Type)
            && IsWholeBody(node)
            && scope.Includes(node.SyntaxTree))
        {
            // Up to the last token actually written: in broken code a missing ')' or ';' sits after the line break.
            var span = TextSpan.FromBounds(node.SpanStart, node.GetLastToken().Span.End);
            report(Finding.Create(
                Descriptors.GeneratorPlaceholder,
                Location.Create(node.SyntaxTree, span),
                Shorten("throw " + creation.ToString())));
        }
    }

    /// <summary>
    /// A stub is a member, accessor, local function or lambda whose whole body is the throw. A throw in a
    /// <c>default</c> arm or behind a guard is defensive code for a state that is never produced, not missing code.
    /// </summary>
    private static bool IsWholeBody(SyntaxNode node)
    {
        var body = node.Parent is BlockSyntax { Statements.Count: 1 } block ? block : node;
        return body.Parent switch
        {
            BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax => !IsDeliberate(body.Parent),
            ArrowExpressionClauseSyntax arrow => !IsDeliberate(arrow.Parent),
            _ => false,
        };
    }

    /// <summary>
    /// A throw someone chose: a member marked <c>[SuppressMessage]</c> or <c>[Obsolete]</c> (the throw is the point, and
    /// says why), or a member of an abstract type (what derived types must override).
    /// </summary>
    private static bool IsDeliberate(SyntaxNode? owner)
    {
        var member = owner is AccessorDeclarationSyntax ? owner.Parent?.Parent : owner;
        if (member is MemberDeclarationSyntax declaration)
        {
            foreach (var list in declaration.AttributeLists)
            {
                foreach (var attribute in list.Attributes)
                {
                    var name = attribute.Name.ToString();
                    if (name.EndsWith("SuppressMessage", StringComparison.Ordinal) || name.EndsWith("SuppressMessageAttribute", StringComparison.Ordinal)
                        || name.EndsWith("Obsolete", StringComparison.Ordinal) || name.EndsWith("ObsoleteAttribute", StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }

        return member?.Parent is TypeDeclarationSyntax type && type.Modifiers.Any(SyntaxKind.AbstractKeyword);
    }

    /// <summary><c>NotImplementedException</c>, <c>System.NotImplementedException</c> or <c>global::System.NotImplementedException</c>.</summary>
    private static bool IsNotImplementedException(TypeSyntax type) => type switch
    {
        IdentifierNameSyntax name => name.Identifier.ValueText == NotImplementedException,
        QualifiedNameSyntax { Right: IdentifierNameSyntax right } qualified =>
            right.Identifier.ValueText == NotImplementedException && IsSystem(qualified.Left),
        AliasQualifiedNameSyntax alias =>
            alias.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword) && alias.Name.Identifier.ValueText == NotImplementedException,
        _ => false,
    };

    private static bool IsSystem(NameSyntax name) => name switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText == "System",
        AliasQualifiedNameSyntax { Name: var right } alias =>
            alias.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword) && right.Identifier.ValueText == "System",
        _ => false,
    };

    /// <summary>The text for the message: whitespace runs as one space, at most <see cref="MaxShownLength"/> characters.</summary>
    internal static string Shorten(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxShownLength + 1));
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
            if (builder.Length > MaxShownLength)
            {
                builder.Length = MaxShownLength - 3;
                return builder.Append("...").ToString();
            }
        }

        return builder.ToString();
    }
}
