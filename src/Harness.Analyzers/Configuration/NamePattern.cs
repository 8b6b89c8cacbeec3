namespace Harness.Analyzers.Configuration;

/// <summary>
/// A pattern of a type's simple name, without its generic arity: <c>*Repository</c>, <c>I*</c>, <c>Order</c>.
/// <c>*</c> matches any run of characters; matching is ordinal and case-sensitive, like C#.
/// </summary>
internal sealed class NamePattern
{
    private NamePattern(string text) => Text = text;

    public string Text { get; }

    /// <summary>The fixed end a name must have when the pattern is <c>*End</c>, else null.</summary>
    public string? RequiredSuffix => Text.Length > 1 && Text[0] == '*' && Text.IndexOf('*', 1) < 0 ? Text.Substring(1) : null;

    /// <summary>The fixed start a name must have when the pattern is <c>Start*</c>, else null.</summary>
    public string? RequiredPrefix => Text.Length > 1 && Text[Text.Length - 1] == '*' && Text.IndexOf('*') == Text.Length - 1 ? Text.Substring(0, Text.Length - 1) : null;

    public static bool TryParse(string text, out NamePattern? pattern, out string error)
    {
        pattern = null;
        if (text.Length == 0)
        {
            error = "the pattern is empty";
            return false;
        }

        if (PatternCharacters.FirstInvalid(text, alsoAllowed: string.Empty) is { } invalid)
        {
            error = $"'{invalid}' cannot appear in a type-name pattern; use name characters and '*'";
            return false;
        }

        pattern = new NamePattern(text);
        error = string.Empty;
        return true;
    }

    public bool Matches(string name) => NamespacePattern.WildcardMatches(Text, name);

    public override string ToString() => Text;
}
