using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// The comments that code generators leave in place of code. Each phrase has cheap keywords that must occur in the
/// comment before its regular expression runs, and the expression must match the whole comment text (without its
/// delimiters), apart from decoration such as dots, brackets and dashes: '// TODO: implement' is a placeholder,
/// '// TODO: implement retries for 503' is an ordinary TODO. To add a phrase, add a line here and a test case.
/// </summary>
internal static class PlaceholderPhrases
{
    private const string Ellipsis = @"(?:\.{2,}|…)";
    private const string Lead = @"^[\s.…\[\]()<>{}*#:\-]*";
    private const string Trail = @"[\s.…\[\]()<>{}*#:;,!\-]*$";
    private const string EllipsisLead = @"^[\s\[(<{*\-]*" + Ellipsis + @"\s*[\[(<{]?\s*(?:the\s+)?";
    /// <summary>After an ellipsis-led phrase: a few more words without a full stop, then the end (prose goes on longer).</summary>
    private const string Tail = @"[^.…]{0,60}" + Trail;
    private const string Words = @"(?:code|methods?|members?|properties|fields|logic|implementation|content|usings|imports|tests|cases)";
    private const int ShortestPhrase = 10;

    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);

    private static readonly Phrase[] Phrases =
    {
        // ... existing code ...   /   …existing methods…   /   ... existing code (unchanged) ...
        new(new[] { "existing" }, EllipsisLead + @"existing\b" + Tail),

        // existing code here   /   existing code...   /   existing code remains unchanged
        new(new[] { "existing" }, Lead + @"(?:the\s+|your\s+)?existing\s+code(?:\s*" + Ellipsis
            + @"|\s+(?:goes\s+)?here|\s+(?:is\s+)?unchanged|\s+omitted|\s+(?:remains|stays)(?:\s+(?:the\s+same|unchanged))?)" + Trail),

        // rest of the method remains unchanged   /   rest of code stays the same
        new(new[] { "rest" }, Lead + @"(?:the\s+)?rest\s+of\s+(?:the\s+)?(?:code|method|file|class|implementation|function|logic|body)"
            + @"\s+(?:remains|stays|is)\s+(?:the\s+same|unchanged)" + Trail),

        // ... rest of the class ...   /   rest of the file...   /   ... more of the same
        new(new[] { "rest", "more" }, EllipsisLead + @"(?:rest|more)\s+of\b" + Tail),
        new(new[] { "rest" }, Lead + @"(?:the\s+)?rest\s+of\s+(?:the\s+)?\w+(?:\s+\w+)?\s*" + Ellipsis + Trail),

        // ... other methods ...   /   ... remaining code ...
        new(new[] { "other", "remaining", "previous" }, EllipsisLead + @"(?:other|remaining|previous)\s+" + Words + @"\b" + Tail),

        // previous code remains   /   other code unchanged   /   remaining code here
        new(new[] { "code" }, Lead + @"(?:all\s+)?(?:the\s+)?(?:previous|other|remaining)\s+code\s+"
            + @"(?:(?:remains|stays)(?:\s+(?:the\s+same|unchanged))?|(?:is\s+)?unchanged|(?:goes\s+)?here)" + Trail),

        // same as before   /   rest is the same as before
        new(new[] { "same" }, Lead + @"(?:(?:the\s+rest|rest|everything\s+else|all|code)\s+(?:is\s+)?(?:the\s+)?)?same\s+as\s+before" + Trail),

        // unchanged code   /   ... unchanged code ...
        new(new[] { "unchanged" }, Lead + @"(?:the\s+)?unchanged\s+code(?:\s+(?:here|omitted))?" + Trail),

        // implementation goes here   /   your implementation here
        new(new[] { "here" }, Lead + @"(?:(?:your|the|actual|real|method)\s+)?implementation\s+(?:goes\s+)?here" + Trail),

        // your code here   /   put your code here
        new(new[] { "here" }, Lead + @"(?:(?:put|write|insert|add|place)\s+)?your\s+code\s+(?:goes\s+)?here" + Trail),

        // add your logic here   /   TODO: add implementation here
        new(new[] { "here" }, Lead + @"(?:todo\s*[:\-]?\s*)?add\s+(?:your\s+)?(?:own\s+)?(?:logic|implementation|code)\s+here" + Trail),

        // TODO: implement   /   TODO implement   /   TODO: Implement this method
        new(new[] { "implement" }, Lead + @"todo\s*[:\-]?\s*implement(?:\s+(?:this|the|me|it))?"
            + @"(?:\s+(?:method|function|member|property|class|constructor|logic|feature|handler|endpoint))?" + Trail),
    };

    private static readonly string[] Keywords = Phrases.SelectMany(phrase => phrase.Keywords).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    /// <summary>Whether <c>text[start..end)</c>, a comment without its delimiters, is a placeholder.</summary>
    public static bool Match(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (end - start < ShortestPhrase)
        {
            return false;
        }

        string? content = null;
        foreach (var phrase in Phrases)
        {
            if (!phrase.MayMatch(text, start, end - start))
            {
                continue;
            }

            content ??= text.Substring(start, end - start);
            if (phrase.IsMatch(content))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The cheap test for a whole stretch of text: false when no phrase can match any comment within
    /// <c>text[start..end)</c>, since every phrase needs one of its keywords.
    /// </summary>
    public static bool MayMatch(string text, int start, int end)
    {
        foreach (var keyword in Keywords)
        {
            if (text.IndexOf(keyword, start, end - start, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Phrase
    {
        private readonly Regex _regex;

        public Phrase(string[] keywords, string pattern)
        {
            Keywords = keywords;
            _regex = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);
        }

        public string[] Keywords { get; }

        /// <summary>The cheap test: one of the keywords occurs.</summary>
        public bool MayMatch(string text, int start, int count)
        {
            foreach (var keyword in Keywords)
            {
                if (text.IndexOf(keyword, start, count, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        public bool IsMatch(string content)
        {
            try
            {
                return _regex.IsMatch(content);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }
    }
}
