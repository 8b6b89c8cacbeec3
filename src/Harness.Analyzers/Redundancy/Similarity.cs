namespace Harness.Analyzers.Redundancy;

internal static class Similarity
{
    /// <summary>Whole percent, rounded down so that 99.6% never reads as an exact copy.</summary>
    public static string Percent(double similarity) => ((int)(similarity * 100)).ToString(System.Globalization.CultureInfo.InvariantCulture) + "%";
}
