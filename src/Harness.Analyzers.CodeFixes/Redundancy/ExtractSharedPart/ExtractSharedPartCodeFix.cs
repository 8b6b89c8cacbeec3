using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// HAR2002, when one copy has statements the other lacks: "Extract shared part to method 'X'" moves the run of
/// statements both share (a few literals may differ; they become parameters) into one method and calls it from both.
/// The method is private to the type, or <c>internal static</c> in the kept method's type when the copy is in another
/// type and the run uses no instance state. See <see cref="SharedPartExtraction"/>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ExtractSharedPartCodeFix))]
public sealed class ExtractSharedPartCodeFix : CodeFixProvider
{
    public const string ExtractSharedPartKey = "HAR2002.ExtractSharedPart";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.NearDuplicateMember);

    public override FixAllProvider GetFixAllProvider() => SharedPartFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var extracted = await SharedPartExtraction.TryAsync(context.Document, diagnostic, startRename: true, context.CancellationToken).ConfigureAwait(false);
            if (extracted is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Extract shared part to method '{extracted.MethodName}'",
                    ct => BlockExtraction.FormatAsync(extracted.Solution, extracted.Documents, ct),
                    ExtractSharedPartKey),
                diagnostic);
        }
    }
}
