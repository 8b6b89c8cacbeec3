namespace Demo;

public enum Fill
{
    Dot,
    Star,
}

public static class Labels
{
    public static string Badge(string name)
    {
        var trimmed = name.Trim();
        var upper = trimmed.ToUpperInvariant();
        var width = upper.Length + 4;
        var marker = Fill.Dot;
        var padded = upper.PadRight(width, marker == Fill.Dot ? '.' : '*');
        return "[" + padded + "]";
    }

    public static string Banner(string name)
    {
        var trimmed = name.Trim();
        var upper = trimmed.ToUpperInvariant();
        var width = upper.Length + 8;
        var marker = Fill.Star;
        var padded = upper.PadRight(width, marker == Fill.Dot ? '.' : '*');
        return "[" + padded + "]";
    }
}
