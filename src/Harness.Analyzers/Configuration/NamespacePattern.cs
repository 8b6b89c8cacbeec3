namespace Harness.Analyzers.Configuration;

/// <summary>
/// A dot-separated namespace or assembly pattern: <c>*</c> matches within one segment, <c>**</c> matches zero or
/// more whole segments, and (in modules patterns) <c>{module}</c> matches one segment and captures it.
/// Matching is ordinal and case-sensitive, segment by segment, so <c>Orders</c> never matches <c>OrderSamples</c>.
/// </summary>
internal sealed class NamespacePattern
{
    public const string ModulePlaceholder = "{module}";
    private const string AnySegments = "**";

    private readonly string[] _segments;

    private NamespacePattern(string text, string[] segments)
    {
        Text = text;
        _segments = segments;
    }

    public string Text { get; }

    public static bool TryParse(string text, bool allowCapture, out NamespacePattern? pattern, out string error)
    {
        pattern = null;
        if (text.Length == 0)
        {
            error = "the pattern is empty";
            return false;
        }

        var segments = text.Split('.');
        var captures = 0;
        foreach (var segment in segments)
        {
            if (segment.Length == 0)
            {
                error = "a segment between dots is empty";
                return false;
            }

            if (segment == ModulePlaceholder)
            {
                if (!allowCapture)
                {
                    error = "'{module}' is only allowed in a [modules] pattern";
                    return false;
                }

                captures++;
                continue;
            }

            if (segment != AnySegments && SegmentProblem(segment) is { } problem)
            {
                error = problem;
                return false;
            }
        }

        if (allowCapture && captures != 1)
        {
            error = "a modules pattern needs exactly one '{module}' segment, e.g. Contoso.Modules.{module}.**";
            return false;
        }

        pattern = new NamespacePattern(text, segments);
        error = string.Empty;
        return true;
    }

    /// <summary>Whether the namespace (given as its segments; the global namespace has none) matches.</summary>
    public bool Matches(string[] namespaceSegments) => Match(0, namespaceSegments, 0, out _);

    /// <summary>Matches and returns the segment that <c>{module}</c> stood for.</summary>
    public bool TryMatchModule(string[] namespaceSegments, out string? module) => Match(0, namespaceSegments, 0, out module);

    public override string ToString() => Text;

    /// <summary>What is wrong with a segment other than <c>**</c>; null when nothing is.</summary>
    private static string? SegmentProblem(string segment) =>
        segment.Contains(AnySegments) ? "'**' must be a whole segment"
        : PatternCharacters.FirstInvalid(segment, alsoAllowed: "-") is { } invalid ? $"'{invalid}' cannot appear in a pattern; use name characters, '*' and '**'"
        : null;

    private bool Match(int patternIndex, string[] input, int inputIndex, out string? captured)
    {
        captured = null;
        if (patternIndex == _segments.Length)
        {
            return inputIndex == input.Length;
        }

        var segment = _segments[patternIndex];
        if (segment == AnySegments)
        {
            for (var skip = inputIndex; skip <= input.Length; skip++)
            {
                if (Match(patternIndex + 1, input, skip, out captured))
                {
                    return true;
                }
            }

            return false;
        }

        if (inputIndex == input.Length)
        {
            return false;
        }

        if (segment == ModulePlaceholder)
        {
            if (!Match(patternIndex + 1, input, inputIndex + 1, out _))
            {
                return false;
            }

            captured = input[inputIndex];
            return true;
        }

        return WildcardMatches(segment, input[inputIndex]) && Match(patternIndex + 1, input, inputIndex + 1, out captured);
    }

    /// <summary>Glob match of one segment where '*' stands for any run of characters.</summary>
    internal static bool WildcardMatches(string pattern, string text)
    {
        int p = 0, t = 0, starP = -1, starT = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                starP = p++;
                starT = t;
            }
            else if (p < pattern.Length && pattern[p] == text[t])
            {
                p++;
                t++;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                t = ++starT;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
