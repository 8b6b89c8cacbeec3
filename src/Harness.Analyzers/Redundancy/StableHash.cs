namespace Harness.Analyzers.Redundancy;

/// <summary>FNV-1a style hashing that is the same in every process, so reports never depend on hash seeds.</summary>
internal static class StableHash
{
    public const ulong Seed = 14695981039346656037UL;

    public static ulong Combine(ulong hash, int value)
    {
        unchecked
        {
            hash ^= (uint)value;
            hash *= 1099511628211UL;
            hash ^= hash >> 29;
            return hash;
        }
    }

    public static int Of(string text) => Fold(Add(Seed, text));

    /// <summary>The hash of <c>first + separator + second</c>, without building that string: it is asked for every use of a type's own member (issue 8).</summary>
    public static int Of(string first, char separator, string second) => Fold(Add(Combine(Add(Seed, first), separator), second));

    private static ulong Add(ulong hash, string text)
    {
        foreach (var c in text)
        {
            hash = Combine(hash, c);
        }

        return hash;
    }

    private static int Fold(ulong hash) => (int)hash ^ (int)(hash >> 32);
}
