using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>How the new method's signature says that the nullable references it passes out are not null (see <see cref="ExtractionPlan.OutPromises"/>).</summary>
internal sealed class OutPromise
{
    public OutPromise(INamedTypeSymbol? attribute, bool whenTrue, bool outParametersNotNull, IReadOnlyCollection<ISymbol>? promised = null)
    {
        Attribute = attribute;
        WhenTrue = whenTrue;
        OutParametersNotNull = outParametersNotNull;
        Promised = promised;
    }

    /// <summary>
    /// <c>NotNullAttribute</c> or <c>NotNullWhenAttribute</c>, on the nullable reference parameters passed by
    /// reference; null for none.
    /// </summary>
    public INamedTypeSymbol? Attribute { get; }

    /// <summary>The attribute takes <c>(true)</c>: not null when the method returns true.</summary>
    public bool WhenTrue { get; }

    /// <summary>The <c>out</c> ones are declared without the <c>?</c>.</summary>
    public bool OutParametersNotNull { get; }

    /// <summary>The variables (the canonical occurrence's) the promise is made for; null for every one passed out.</summary>
    public IReadOnlyCollection<ISymbol>? Promised { get; }

    /// <summary>Whether the promise is made for the parameter of <paramref name="variable"/>.</summary>
    public bool Covers(ISymbol? variable) => Promised is null || (variable is not null && Promised.Contains(variable, SymbolEqualityComparer.Default));
}
