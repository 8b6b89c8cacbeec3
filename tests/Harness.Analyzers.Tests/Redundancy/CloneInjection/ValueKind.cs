namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>The kinds of value a generated method juggles; each maps to one C# type.</summary>
internal enum ValueKind
{
    Int,
    Real,
    Money,
    Text,
    Flag,
    Numbers,
    Words,
    Tally,
    Builder,
    Orders,
    Order,

    /// <summary><c>IReadOnlyList&lt;T&gt;</c> of a generic method.</summary>
    Items,

    /// <summary><c>Func&lt;T, string&gt;</c> of a generic method.</summary>
    Describer,

    /// <summary>One element of <see cref="Items"/>: a <c>T</c>.</summary>
    Item,
    Token,
}

internal static class ValueKinds
{
    public static readonly ValueKind[] Scalars = { ValueKind.Int, ValueKind.Real, ValueKind.Money, ValueKind.Text, ValueKind.Flag };

    public static readonly ValueKind[] Returnable =
    {
        ValueKind.Int, ValueKind.Real, ValueKind.Money, ValueKind.Text, ValueKind.Flag, ValueKind.Numbers, ValueKind.Words, ValueKind.Tally,
    };

    /// <summary>
    /// The declared type. Parameters and return types take collections as read-only views, as real APIs do;
    /// locals hold the concrete, mutable collection.
    /// </summary>
    public static string TypeName(ValueKind kind, bool readOnlyView) => kind switch
    {
        ValueKind.Int => "int",
        ValueKind.Real => "double",
        ValueKind.Money => "decimal",
        ValueKind.Text => "string",
        ValueKind.Flag => "bool",
        ValueKind.Numbers => readOnlyView ? "IReadOnlyList<int>" : "List<int>",
        ValueKind.Words => readOnlyView ? "IReadOnlyList<string>" : "List<string>",
        ValueKind.Tally => readOnlyView ? "IReadOnlyDictionary<string, int>" : "Dictionary<string, int>",
        ValueKind.Builder => "StringBuilder",
        ValueKind.Orders => readOnlyView ? "IReadOnlyList<Order>" : "List<Order>",
        ValueKind.Order => "Order",
        ValueKind.Items => "IReadOnlyList<T>",
        ValueKind.Describer => "Func<T, string>",
        ValueKind.Item => "T",
        ValueKind.Token => "CancellationToken",
        _ => throw new System.ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>A value to return early with.</summary>
    public static string EmptyValue(ValueKind kind) => kind switch
    {
        ValueKind.Int => "0",
        ValueKind.Real => "0.0",
        ValueKind.Money => "0m",
        ValueKind.Text => "string.Empty",
        ValueKind.Flag => "false",
        ValueKind.Numbers => "new List<int>()",
        ValueKind.Words => "new List<string>()",
        ValueKind.Tally => "new Dictionary<string, int>()",
        _ => throw new System.ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
