using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// HAR2003: "Extract to method 'X'" moves the duplicated statements into one private method of the containing type
/// and calls it from every occurrence in that type; when the two occurrences the finding links are in two types of one
/// project and use no instance state, into one <c>internal static</c> method of the first copy's type. Offered only
/// when the extraction provably keeps what the code does (see <see cref="BlockFlow"/> and <see cref="BlockExtraction"/>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DuplicatedBlockCodeFix))]
public sealed class DuplicatedBlockCodeFix : CodeFixProvider
{
    public const string ExtractMethodKey = "HAR2003.ExtractMethod";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.DuplicatedBlock);

    public override FixAllProvider GetFixAllProvider() => DuplicatedBlockFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.AdditionalLocations.FirstOrDefault() is not { } repeat || DocumentOf(context.Document.Project, repeat) is not { } other)
            {
                continue;
            }

            var extracted = await BlockExtraction.TryExtractAsync(
                context.Document.Project.Solution, context.Document.Id, diagnostic.Location.SourceSpan, other.Id, repeat.SourceSpan,
                startRename: true, context.CancellationToken).ConfigureAwait(false);
            if (extracted is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Extract to method '{extracted.MethodName}'",
                    ct => BlockExtraction.FormatAsync(extracted.Solution, extracted.Documents, ct),
                    ExtractMethodKey),
                diagnostic);
        }
    }

    /// <summary>The project's document that holds the location: by syntax tree, else by path.</summary>
    internal static Document? DocumentOf(Project project, Location location)
    {
        if (!location.IsInSource || location.SourceTree is not { } tree)
        {
            return null;
        }

        return project.GetDocument(tree) ?? project.Documents.FirstOrDefault(d => d.FilePath == tree.FilePath);
    }
}
