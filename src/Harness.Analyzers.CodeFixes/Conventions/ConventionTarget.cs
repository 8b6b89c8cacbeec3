using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.CodeFixes.Conventions;

/// <summary>The type a convention finding is about: it is reported at the name of the type's first declaration.</summary>
internal static class ConventionTarget
{
    public static async Task<INamedTypeSymbol?> FindAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var span = diagnostic.Location.SourceSpan;
        if (root is null || !diagnostic.Location.IsInSource || !root.FullSpan.Contains(span))
        {
            return null;
        }

        var declaration = root.FindToken(span.Start).Parent;
        if (declaration is not (BaseTypeDeclarationSyntax or DelegateDeclarationSyntax))
        {
            return null;
        }

        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return model?.GetDeclaredSymbol(declaration, cancellationToken) as INamedTypeSymbol;
    }
}
