using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// A variable whose value after the block the code after it needs, when a return value cannot carry it (several
/// flow out, or the method also says whether to go on): passed by reference.
/// </summary>
internal sealed class ReferenceOutput
{
    public ReferenceOutput(ISymbol variable, RefKind kind, bool declaredInside, bool needsDefault)
    {
        Variable = variable;
        Kind = kind;
        DeclaredInside = declaredInside;
        NeedsDefault = needsDefault;
    }

    public ISymbol Variable { get; }

    /// <summary>
    /// <see cref="RefKind.Ref"/> for a variable assigned on entry, which the block may read or keep (the call then
    /// works on the caller's variable itself); <see cref="RefKind.Out"/> for one that has no value yet.
    /// </summary>
    public RefKind Kind { get; }

    /// <summary>Declared in the block: the call declares it (<c>out var x</c>), and the new method assigns the parameter instead.</summary>
    public bool DeclaredInside { get; }

    /// <summary>
    /// An <c>out</c> parameter that some way out of the block leaves unassigned: the new method gives it its default
    /// first (the caller never reads that value: the variable had none before the call).
    /// </summary>
    public bool NeedsDefault { get; }
}
