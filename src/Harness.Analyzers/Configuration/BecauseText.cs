namespace Harness.Analyzers.Configuration;

internal static class BecauseText
{
    /// <summary>The message tail that quotes a rule's reason, or nothing.</summary>
    public static string Of(string? because) => because is null ? string.Empty : ": " + because;
}
