using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// The two methods a redundancy finding is about: the copy, which the fix removes or rewrites, and the kept method.
/// As found, the copy is where the diagnostic is reported and the kept method its counterpart (the first additional
/// location); <see cref="Swapped"/> turns them round.
/// </summary>
internal sealed class MemberPair
{
    private readonly Compilation _compilation;

    private MemberPair(Compilation compilation, Document copyDocument, MethodDeclarationSyntax copy, IMethodSymbol copySymbol, Document keptDocument, MethodDeclarationSyntax kept, IMethodSymbol keptSymbol)
    {
        _compilation = compilation;
        CopyDocument = copyDocument;
        Copy = copy;
        CopySymbol = copySymbol;
        KeptDocument = keptDocument;
        Kept = kept;
        KeptSymbol = keptSymbol;
    }

    public Document CopyDocument { get; }

    public MethodDeclarationSyntax Copy { get; }

    public IMethodSymbol CopySymbol { get; }

    public Document KeptDocument { get; }

    public MethodDeclarationSyntax Kept { get; }

    public IMethodSymbol KeptSymbol { get; }

    public bool InSameType => SymbolEqualityComparer.Default.Equals(CopySymbol.ContainingType, KeptSymbol.ContainingType);

    /// <summary>Whether the kept method's signature is its own to change: no base, interface, override or other part of a partial method has to match it.</summary>
    public bool KeptSignatureIsFree =>
        !KeptSymbol.IsVirtual && !KeptSymbol.IsOverride && !KeptSymbol.IsAbstract && !ImplementsInterface(KeptSymbol)
        && KeptSymbol.PartialDefinitionPart is null && KeptSymbol.PartialImplementationPart is null;

    public static async Task<MemberPair?> FindAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var pair = await FindAnyAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
        return pair is not null && pair.IsCompatible() ? pair : null;
    }

    /// <summary>The two methods, whether or not the kept one could stand for the copy (for fixes that keep both).</summary>
    public static async Task<MemberPair?> FindAnyAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (diagnostic.AdditionalLocations.Count == 0
            || document.Project.Solution.GetDocument(diagnostic.AdditionalLocations[0].SourceTree) is not { } keptDocument)
        {
            return null;
        }

        var compilation = await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        var copy = await MethodAtAsync(document, diagnostic.Location, cancellationToken).ConfigureAwait(false);
        var kept = await MethodAtAsync(keptDocument, diagnostic.AdditionalLocations[0], cancellationToken).ConfigureAwait(false);
        if (compilation is null || copy is null || kept is null)
        {
            return null;
        }

        return new MemberPair(compilation, document, copy.Value.Node, copy.Value.Symbol, keptDocument, kept.Value.Node, kept.Value.Symbol);
    }

    /// <summary>The same two methods the other way round: the counterpart goes and the reported member stays; null when the counterpart cannot go.</summary>
    public MemberPair? Swapped()
    {
        var swapped = new MemberPair(_compilation, KeptDocument, Kept, KeptSymbol, CopyDocument, Copy, CopySymbol);
        return swapped.IsCompatible() ? swapped : null;
    }

    /// <summary>Whether the kept method can stand for the copy: same shape of signature, and nothing outside the body that depends on the copy existing.</summary>
    private bool IsCompatible() =>
        CopySymbol.MethodKind == MethodKind.Ordinary && KeptSymbol.MethodKind == MethodKind.Ordinary
        && CopySymbol.IsStatic == KeptSymbol.IsStatic
        && CopySymbol.IsAsync == KeptSymbol.IsAsync
        && !CopySymbol.IsGenericMethod && !KeptSymbol.IsGenericMethod
        && SymbolEqualityComparer.Default.Equals(CopySymbol.ReturnType, KeptSymbol.ReturnType)
        && CopySymbol.ReturnsByRef == KeptSymbol.ReturnsByRef
        && !CopySymbol.IsVirtual && !CopySymbol.IsOverride && !CopySymbol.IsAbstract && !CopySymbol.IsExtern
        && CopySymbol.PartialDefinitionPart is null && CopySymbol.PartialImplementationPart is null
        && !ImplementsInterface(CopySymbol)
        && CopySymbol.Parameters.Concat(KeptSymbol.Parameters).All(p => !p.IsParams)
        && ParametersConvert();

    /// <summary>
    /// Whether each of the copy's parameters converts to the kept method's at its position by identity or an implicit
    /// reference conversion (identity where passed by reference): the same tokens over unrelated types (ILSpy's
    /// <c>FindModuleByAssemblyNameInfo</c> beside <c>FindModuleByReference</c>) look alike, but the copy's values
    /// cannot reach the kept method.
    /// </summary>
    private bool ParametersConvert() =>
        KeptSymbol.Parameters.All(kept => kept.Ordinal >= CopySymbol.Parameters.Length
            || (CopySymbol.Parameters[kept.Ordinal].RefKind == kept.RefKind
                && _compilation.ClassifyCommonConversion(CopySymbol.Parameters[kept.Ordinal].Type, kept.Type) is { IsImplicit: true } conversion
                && (conversion.IsIdentity || (conversion.IsReference && kept.RefKind == RefKind.None))))
        && CopySymbol.Parameters.Skip(KeptSymbol.Parameters.Length).All(p => p.RefKind == RefKind.None);

    private static bool ImplementsInterface(IMethodSymbol method) =>
        !method.ExplicitInterfaceImplementations.IsEmpty
        || method.ContainingType.AllInterfaces.SelectMany(i => i.GetMembers()).Any(member =>
            SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(member), method));

    private static async Task<(MethodDeclarationSyntax Node, IMethodSymbol Symbol)?> MethodAtAsync(Document document, Location location, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root?.FindToken(location.SourceSpan.Start).Parent is MethodDeclarationSyntax method
            && method.Identifier.Span == location.SourceSpan
            && model?.GetDeclaredSymbol(method, cancellationToken) is IMethodSymbol symbol)
        {
            return (method, symbol);
        }

        return null;
    }
}
