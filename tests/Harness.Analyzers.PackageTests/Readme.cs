using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Harness.Analyzers.PackageTests;

/// <summary>A fenced code block of the README: its info string (<c>xml</c>, <c>sh</c>, empty...) and its text.</summary>
internal sealed record CodeBlock(string Language, string Text);

/// <summary>
/// The repository's README.md, read so that the end-to-end tests run what it says, word for word: its sections
/// (<c>## </c> headings) and their fenced code blocks.
/// </summary>
internal sealed class Readme
{
    private static readonly Regex Fence = new(@"^```(?<language>[^\n`]*)\n(?<text>.*?)^```[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline);

    private readonly string _text;

    private Readme(string text) => _text = text.Replace("\r\n", "\n");

    public static Readme Load() => new(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")));

    /// <summary>The text under <c>## <paramref name="heading"/></c>, up to the next <c>## </c> heading.</summary>
    public string Section(string heading)
    {
        var start = _text.IndexOf("\n## " + heading + "\n", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"README.md has no section '## {heading}'.");
        }

        var end = _text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? _text.Substring(start) : _text.Substring(start, end - start);
    }

    /// <summary>The fenced code blocks of <paramref name="section"/>, in order.</summary>
    public IReadOnlyList<CodeBlock> CodeBlocks(string section) =>
        Fence.Matches(Section(section)).Select(m => new CodeBlock(m.Groups["language"].Value.Trim(), m.Groups["text"].Value)).ToList();

    /// <summary>The one code block of <paramref name="section"/> in <paramref name="language"/> that contains <paramref name="marker"/>.</summary>
    public CodeBlock CodeBlock(string section, string language, string marker)
    {
        var blocks = CodeBlocks(section).Where(b => b.Language == language && b.Text.Contains(marker, StringComparison.Ordinal)).ToList();
        if (blocks.Count != 1)
        {
            throw new InvalidOperationException($"README.md, section '{section}': expected one ```{language} block containing '{marker}', found {blocks.Count}.");
        }

        return blocks[0];
    }

    /// <summary>The one inline code span (<c>`...`</c>) of <paramref name="section"/> that matches <paramref name="pattern"/>.</summary>
    public string InlineCode(string section, string pattern)
    {
        var spans = Regex.Matches(Section(section), "`([^`\n]+)`").Select(m => m.Groups[1].Value).Where(s => Regex.IsMatch(s, pattern)).ToList();
        if (spans.Count != 1)
        {
            throw new InvalidOperationException($"README.md, section '{section}': expected one `code` span matching '{pattern}', found {spans.Count}.");
        }

        return spans[0];
    }

    /// <summary>
    /// The arguments of a one-line <c>dotnet</c> command as a shell would pass them (the README's commands quote
    /// nothing), with <paramref name="placeholder"/> replaced by <paramref name="value"/>.
    /// </summary>
    public static string[] DotNetArguments(string commandLine, string? placeholder = null, string? value = null)
    {
        var words = commandLine.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words[0] != "dotnet" || commandLine.IndexOfAny(new[] { '"', '\'', '$', '\\' }) >= 0)
        {
            throw new InvalidOperationException($"Not a plain dotnet command: '{commandLine}'.");
        }

        return words.Skip(1)
            .Select(word => placeholder is null ? word : word.Replace(placeholder, value, StringComparison.Ordinal))
            .ToArray();
    }
}
