namespace Harness.Analyzers.Configuration;

/// <summary>The characters the patterns of a rules file are made of: name characters and <c>*</c>.</summary>
internal static class PatternCharacters
{
    /// <summary>
    /// The first character of <paramref name="text"/> that is neither a name character, <c>*</c> nor one of
    /// <paramref name="alsoAllowed"/>; null when there is none.
    /// </summary>
    public static char? FirstInvalid(string text, string alsoAllowed)
    {
        foreach (var c in text)
        {
            if (c != '*' && c != '_' && !char.IsLetterOrDigit(c) && alsoAllowed.IndexOf(c) < 0)
            {
                return c;
            }
        }

        return null;
    }
}
