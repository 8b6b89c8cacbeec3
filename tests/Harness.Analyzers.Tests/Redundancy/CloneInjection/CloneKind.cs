namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>The clone kinds of the Mutation and Injection Framework (Svajlenko and Roy), plus the one-value-changed rewrite.</summary>
internal enum CloneKind
{
    /// <summary>Layout and comments changed.</summary>
    Type1,

    /// <summary>Locals and parameters renamed, literal values changed.</summary>
    Type2,

    /// <summary>A statement inserted, deleted or modified, possibly with type-2 changes too.</summary>
    Type3,

    /// <summary>A literal turned into a new parameter, and the copy named with a version suffix beside the original.</summary>
    OneValueChanged,
}

internal static class CloneKinds
{
    public static string Display(this CloneKind kind) => kind switch
    {
        CloneKind.Type1 => "type-1 (layout, comments)",
        CloneKind.Type2 => "type-2 (renamed, literals changed)",
        CloneKind.Type3 => "type-3 (statement added, removed or changed)",
        _ => "one value changed (versioned twin)",
    };

    /// <summary>The recall the issue asks for.</summary>
    public static double RecallTarget(this CloneKind kind) => kind switch
    {
        CloneKind.Type1 => 1.0,
        CloneKind.Type3 => 0.85,
        _ => 0.95,
    };
}
