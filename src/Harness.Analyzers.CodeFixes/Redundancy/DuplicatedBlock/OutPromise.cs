using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>How the new method's signature says that the nullable references it passes out are not null (see <see cref="ExtractionPlan.OutPromises"/>).</summary>
internal sealed class OutPromise
{
    public OutPromise(INamedTypeSymbol? attribute, bool whenTrue, bool outParametersNotNull)
    {
        Attribute = attribute;
        WhenTrue = whenTrue;
        OutParametersNotNull = outParametersNotNull;
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
}
