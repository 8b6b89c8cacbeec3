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

    public static int Of(string text)
    {
        var hash = Seed;
        foreach (var c in text)
        {
            hash = Combine(hash, c);
        }

        return (int)hash ^ (int)(hash >> 32);
    }
}
