using System;

namespace Harness.Analyzers.Context;

/// <summary>
/// The generated block of <c>AGENTS.md</c>: the lines between <c>&lt;!-- harness:begin --&gt;</c> and
/// <c>&lt;!-- harness:end --&gt;</c>. Text outside the markers is never touched. Shared by the analyzer that checks the
/// block and the build task that writes it.
/// </summary>
internal static class ContextBlock
{
    public const string FileName = "AGENTS.md";
    public const string Begin = "<!-- harness:begin -->";
    public const string End = "<!-- harness:end -->";

    /// <summary>The block's content (line ends as '\n') and the index of its begin marker, or null when the file has none.</summary>
    public static (string Content, int BeginIndex)? Find(string text)
    {
        var normalized = text.Replace("\r\n", "\n");
        var begin = normalized.IndexOf(Begin, StringComparison.Ordinal);
        var end = begin < 0 ? -1 : normalized.IndexOf(End, begin, StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }

        var contentStart = begin + Begin.Length;
        return (normalized.Substring(contentStart, end - contentStart).Trim('\n'), text.IndexOf(Begin, StringComparison.Ordinal));
    }

    /// <summary>The file with its block replaced by <paramref name="content"/>, or the block appended when it has none.</summary>
    public static string Replace(string text, string content)
    {
        var newLine = text.Contains("\r\n") ? "\r\n" : "\n";
        var block = Begin + newLine + content.Replace("\n", newLine) + newLine + End;
        var begin = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = begin < 0 ? -1 : text.IndexOf(End, begin, StringComparison.Ordinal);
        if (end >= 0)
        {
            return text.Substring(0, begin) + block + text.Substring(end + End.Length);
        }

        var separator = text.Length == 0 ? string.Empty : text.EndsWith(newLine, StringComparison.Ordinal) ? newLine : newLine + newLine;
        return text + separator + block + newLine;
    }
}
