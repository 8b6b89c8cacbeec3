namespace Demo;

public static class Report
{
    public static string Header(string[] columns)
    {
        var width = columns.Length * 2;
        var title = "report of " + columns.Length + " columns";
        if (width > 40) { width = 40; }
        var cleaned = new string[columns.Length];
        for (var i = 0; i < columns.Length; i++) { cleaned[i] = columns[i].Trim().ToUpperInvariant(); }
        var line = string.Join("|", cleaned);
        var ruler = new string('-', width);
        return title + "/" + line + "/" + ruler;
    }

    public static string Footer(string[] columns, int repeat)
    {
        var prefix = new string('=', repeat);
        var totals = 0;
        foreach (var column in columns) { totals += column.Length; }
        var cleaned = new string[columns.Length];
        for (var i = 0; i < columns.Length; i++) { cleaned[i] = columns[i].Trim().ToUpperInvariant(); }
        var line = string.Join("|", cleaned);
        return prefix + line + " (" + totals + ")";
    }
}
