namespace Harness.Analyzers.Architecture;

/// <summary>A member whose signature is written with source types (<see cref="ValueSources"/>): using it brings values of them.</summary>
internal sealed class MemberSource
{
    /// <summary>The declaring type of an extension method: it needs no value of its own type.</summary>
    public const int AnyReceiver = -1;

    /// <summary>The name under which extension members the language calls unnamed (<c>GetEnumerator</c>, <c>Deconstruct</c>) are kept: every member may call them.</summary>
    public const string AlwaysCalled = "()";

    public MemberSource(int declaringType, int[] signatureTypes)
    {
        DeclaringType = declaringType;
        SignatureTypes = signatureTypes;
    }

    /// <summary>The type whose value (or name, for a static member) the member needs, or <see cref="AnyReceiver"/>.</summary>
    public int DeclaringType { get; }

    public int[] SignatureTypes { get; }
}
