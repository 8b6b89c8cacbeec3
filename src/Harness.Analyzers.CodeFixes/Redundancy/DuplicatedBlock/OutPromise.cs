using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>How the new method's signature says that the nullable references it passes out are not null (see <see cref="ExtractionPlan.OutPromises"/>).</summary>
internal sealed class OutPromise
{
    public OutPromise(INamedTypeSymbol? notNullWhen, bool outParametersNotNull)
    {
        NotNullWhen = notNullWhen;
        OutParametersNotNull = outParametersNotNull;
    }

    /// <summary><c>NotNullWhenAttribute</c>, for <c>[NotNullWhen(true)]</c> on those parameters; null for none.</summary>
    public INamedTypeSymbol? NotNullWhen { get; }

    /// <summary>The <c>out</c> ones are declared without the <c>?</c>.</summary>
    public bool OutParametersNotNull { get; }
}
