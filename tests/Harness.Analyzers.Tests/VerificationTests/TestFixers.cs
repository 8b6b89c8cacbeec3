using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Tests.VerificationTests;

/// <summary>
/// Fixes TST0001 on declarations only (a reference to <c>Bad</c> gets no fix). Offers, in order:
/// "Rename to Good" (key BadToGood), "Rename to Better" (key BadToBetter), and "Add comment" (key Comment),
/// which keeps the diagnostic and so never converges. FixAll: the batch fixer.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp)]
public sealed class BadToGoodFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => [BadIdentifierAnalyzer.Id];

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root!.FindToken(context.Span.Start).Parent is IdentifierNameSyntax)
        {
            return;
        }

        var document = context.Document;
        var span = context.Span;
        context.RegisterCodeFix(CodeAction.Create("Rename to Good", ct => ReplaceAsync(document, span, "Good", ct), "BadToGood"), context.Diagnostics);
        context.RegisterCodeFix(CodeAction.Create("Rename to Better", ct => ReplaceAsync(document, span, "Better", ct), "BadToBetter"), context.Diagnostics);
        context.RegisterCodeFix(CodeAction.Create("Add comment", ct => ReplaceAsync(document, new TextSpan(span.Start, 0), "/*x*/", ct), "Comment"), context.Diagnostics);
    }

    private static async Task<Document> ReplaceAsync(Document document, TextSpan span, string text, CancellationToken cancellationToken)
    {
        var source = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.WithText(source.Replace(span, text));
    }
}
