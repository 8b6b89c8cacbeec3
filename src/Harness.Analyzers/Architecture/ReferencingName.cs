namespace Harness.Analyzers.Architecture;

/// <summary>How messages name code that is not inside a type.</summary>
internal static class ReferencingName
{
    public const string TopLevelStatements = "<top-level statements>";

    public static string OfNamespace(string name) => name.Length == 0 ? "<global namespace>" : name;
}
