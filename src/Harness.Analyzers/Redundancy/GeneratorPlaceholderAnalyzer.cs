using System;
using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
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

        foreach (var trivia in context.Tree.GetRoot(context.CancellationToken).DescendantTrivia())
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
        foreach (var node in context.Tree.GetRoot(context.CancellationToken).DescendantNodes())
        {
            if (node.IsKind(SyntaxKind.ThrowStatement) || node.IsKind(SyntaxKind.ThrowExpression))
            {
                AnalyzeThrow(node, report, scope);
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

/// <summary>
/// The comments that code generators leave in place of code. Each phrase has cheap keywords that must occur in the
/// comment before its regular expression runs, and the expression must match the whole comment text (without its
/// delimiters), apart from decoration such as dots, brackets and dashes: '// TODO: implement' is a placeholder,
/// '// TODO: implement retries for 503' is an ordinary TODO. To add a phrase, add a line here and a test case.
/// </summary>
internal static class PlaceholderPhrases
{
    private const string Ellipsis = @"(?:\.{2,}|…)";
    private const string Lead = @"^[\s.…\[\]()<>{}*#:\-]*";
    private const string Trail = @"[\s.…\[\]()<>{}*#:;,!\-]*$";
    private const string EllipsisLead = @"^[\s\[(<{*\-]*" + Ellipsis + @"\s*[\[(<{]?\s*(?:the\s+)?";
    /// <summary>After an ellipsis-led phrase: a few more words without a full stop, then the end (prose goes on longer).</summary>
    private const string Tail = @"[^.…]{0,60}" + Trail;
    private const string Words = @"(?:code|methods?|members?|properties|fields|logic|implementation|content|usings|imports|tests|cases)";
    private const int ShortestPhrase = 10;

    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);

    private static readonly Phrase[] Phrases =
    {
        // ... existing code ...   /   …existing methods…   /   ... existing code (unchanged) ...
        new(new[] { "existing" }, EllipsisLead + @"existing\b" + Tail),

        // existing code here   /   existing code...   /   existing code remains unchanged
        new(new[] { "existing" }, Lead + @"(?:the\s+|your\s+)?existing\s+code(?:\s*" + Ellipsis
            + @"|\s+(?:goes\s+)?here|\s+(?:is\s+)?unchanged|\s+omitted|\s+(?:remains|stays)(?:\s+(?:the\s+same|unchanged))?)" + Trail),

        // rest of the method remains unchanged   /   rest of code stays the same
        new(new[] { "rest" }, Lead + @"(?:the\s+)?rest\s+of\s+(?:the\s+)?(?:code|method|file|class|implementation|function|logic|body)"
            + @"\s+(?:remains|stays|is)\s+(?:the\s+same|unchanged)" + Trail),

        // ... rest of the class ...   /   rest of the file...   /   ... more of the same
        new(new[] { "rest", "more" }, EllipsisLead + @"(?:rest|more)\s+of\b" + Tail),
        new(new[] { "rest" }, Lead + @"(?:the\s+)?rest\s+of\s+(?:the\s+)?\w+(?:\s+\w+)?\s*" + Ellipsis + Trail),

        // ... other methods ...   /   ... remaining code ...
        new(new[] { "other", "remaining", "previous" }, EllipsisLead + @"(?:other|remaining|previous)\s+" + Words + @"\b" + Tail),

        // previous code remains   /   other code unchanged   /   remaining code here
        new(new[] { "code" }, Lead + @"(?:all\s+)?(?:the\s+)?(?:previous|other|remaining)\s+code\s+"
            + @"(?:(?:remains|stays)(?:\s+(?:the\s+same|unchanged))?|(?:is\s+)?unchanged|(?:goes\s+)?here)" + Trail),

        // same as before   /   rest is the same as before
        new(new[] { "same" }, Lead + @"(?:(?:the\s+rest|rest|everything\s+else|all|code)\s+(?:is\s+)?(?:the\s+)?)?same\s+as\s+before" + Trail),

        // unchanged code   /   ... unchanged code ...
        new(new[] { "unchanged" }, Lead + @"(?:the\s+)?unchanged\s+code(?:\s+(?:here|omitted))?" + Trail),

        // implementation goes here   /   your implementation here
        new(new[] { "here" }, Lead + @"(?:(?:your|the|actual|real|method)\s+)?implementation\s+(?:goes\s+)?here" + Trail),

        // your code here   /   put your code here
        new(new[] { "here" }, Lead + @"(?:(?:put|write|insert|add|place)\s+)?your\s+code\s+(?:goes\s+)?here" + Trail),

        // add your logic here   /   TODO: add implementation here
        new(new[] { "here" }, Lead + @"(?:todo\s*[:\-]?\s*)?add\s+(?:your\s+)?(?:own\s+)?(?:logic|implementation|code)\s+here" + Trail),

        // TODO: implement   /   TODO implement   /   TODO: Implement this method
        new(new[] { "implement" }, Lead + @"todo\s*[:\-]?\s*implement(?:\s+(?:this|the|me|it))?"
            + @"(?:\s+(?:method|function|member|property|class|constructor|logic|feature|handler|endpoint))?" + Trail),
    };

    /// <summary>Whether <c>text[start..end)</c>, a comment without its delimiters, is a placeholder.</summary>
    public static bool Match(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (end - start < ShortestPhrase)
        {
            return false;
        }

        string? content = null;
        foreach (var phrase in Phrases)
        {
            if (!phrase.MayMatch(text, start, end - start))
            {
                continue;
            }

            content ??= text.Substring(start, end - start);
            if (phrase.IsMatch(content))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Phrase
    {
        private readonly string[] _keywords;
        private readonly Regex _regex;

        public Phrase(string[] keywords, string pattern)
        {
            _keywords = keywords;
            _regex = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);
        }

        /// <summary>The cheap test: one of the keywords occurs.</summary>
        public bool MayMatch(string text, int start, int count)
        {
            foreach (var keyword in _keywords)
            {
                if (text.IndexOf(keyword, start, count, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        public bool IsMatch(string content)
        {
            try
            {
                return _regex.IsMatch(content);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }
    }
}
