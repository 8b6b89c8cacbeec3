namespace Harness.Analyzers.Configuration;

/// <summary>
/// A pattern of a type's full name without generic arity (<c>Contoso.Domain.IRepository</c>, <c>**.IRepository</c>):
/// namespace and containing types, then the name, dot-separated, matched as namespace patterns are. A pattern
/// without a dot is a simple name in any namespace (<c>IRepository</c> is <c>**.IRepository</c>); a generic suffix
/// (<c>IRepository&lt;T&gt;</c>, <c>IRepository`1</c>) is ignored.
/// </summary>
internal sealed class FullNamePattern
{
    private const string AnySegments = "**";

    private readonly NamespacePattern _pattern;

    /// <summary>The pattern of the simple name (the last segment): <c>**</c> when any name matches.</summary>
    private readonly string _lastSegment;

    private FullNamePattern(string text, NamespacePattern pattern, string lastSegment)
    {
        Text = text;
        _pattern = pattern;
        _lastSegment = lastSegment;
    }

    public string Text { get; }

    public static bool TryParse(string text, out FullNamePattern? pattern, out string error)
    {
        pattern = null;
        var name = text;
        var generic = name.IndexOfAny(new[] { '<', '`' });
        if (generic > 0)
        {
            name = name.Substring(0, generic);
        }

        if (name.IndexOf('-') >= 0)
        {
            error = "'-' cannot appear in a type name; use name characters, '*' and '**'";
            return false;
        }

        if (!NamespacePattern.TryParse(name.IndexOf('.') < 0 ? "**." + name : name, allowCapture: false, out var parsed, out error))
        {
            return false;
        }

        pattern = new FullNamePattern(text, parsed!, name.Substring(name.LastIndexOf('.') + 1));
        return true;
    }

    /// <summary>Whether the full name, given as its segments (namespace, containing types, name), matches.</summary>
    public bool Matches(string[] segments) => _pattern.Matches(segments);

    /// <summary>Whether a type with this simple name (without generic arity) may match, whatever its namespace.</summary>
    public bool MayMatchName(string simpleName) => _lastSegment == AnySegments || NamespacePattern.WildcardMatches(_lastSegment, simpleName);

    public override string ToString() => Text;
}
