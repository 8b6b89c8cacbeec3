using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Configuration;

/// <summary>
/// Parses the .editorconfig-style text of a harness.rules file. Every problem is kept with the span of its line and
/// parsing goes on, so one bad line never hides the rest of the file.
/// </summary>
internal sealed class RulesFileParser
{
    /// <summary>Shared by every analyzer so that a text is parsed once, however many analyzers and compilations see it.</summary>
    public static readonly SourceTextValueProvider<RulesDocument> Cache = new(Parse);

    private readonly ImmutableArray<RulesSection>.Builder _sections = ImmutableArray.CreateBuilder<RulesSection>();
    private readonly ImmutableArray<RulesProblem>.Builder _problems = ImmutableArray.CreateBuilder<RulesProblem>();
    private readonly ImmutableArray<RulesEntry>.Builder _entries = ImmutableArray.CreateBuilder<RulesEntry>();
    private readonly ImmutableHashSet<string>.Builder _rejectedKeys = ImmutableHashSet.CreateBuilder<string>();
    private (SectionKind Kind, string Name, TextSpan Span)? _section;
    private bool _inInvalidSection;
    private bool? _root;

    private RulesFileParser()
    {
    }

    public static RulesDocument Parse(SourceText text)
    {
        var parser = new RulesFileParser();
        foreach (var line in text.Lines)
        {
            parser.ParseLine(text.ToString(line.Span), line.Start);
        }

        parser.CloseSection();
        return new RulesDocument(parser._root, parser._sections.ToImmutable(), parser._problems.ToImmutable());
    }

    private void ParseLine(string line, int lineStart)
    {
        var start = 0;
        while (start < line.Length && char.IsWhiteSpace(line[start]))
        {
            start++;
        }

        if (start == line.Length || line[start] is '#' or ';')
        {
            return;
        }

        var content = WithoutTrailingComment(line, start);
        var span = new TextSpan(lineStart + start, content.Length);
        var equals = content.IndexOf('=');
        if (content[0] == '[')
        {
            ParseHeader(content, span);
        }
        else if (equals > 0)
        {
            ParseEntry(content.Substring(0, equals).Trim(), content.Substring(equals + 1).Trim(), span);
        }
        else
        {
            Report(Descriptors.MalformedLine, span, equals == 0
                ? "a key is missing before '='"
                : $"expected '[section]', 'key = value' or a comment, found '{content}'");
        }
    }

    /// <summary>A ' #' or ' ;' after content starts a comment, as the spec says; returns the trimmed content.</summary>
    private static string WithoutTrailingComment(string line, int start)
    {
        var end = line.Length;
        for (var i = start + 1; i < line.Length; i++)
        {
            if (line[i] is '#' or ';' && char.IsWhiteSpace(line[i - 1]))
            {
                end = i;
                break;
            }
        }

        return line.Substring(start, end - start).TrimEnd();
    }

    private void ParseHeader(string content, TextSpan span)
    {
        CloseSection();
        _inInvalidSection = true;
        if (content[content.Length - 1] != ']')
        {
            Report(Descriptors.MalformedLine, span, "a section header must end with ']'");
            return;
        }

        var inner = content.Substring(1, content.Length - 2).Trim();
        var space = inner.IndexOfAny(new[] { ' ', '\t' });
        var keyword = space < 0 ? inner : inner.Substring(0, space);
        var name = space < 0 ? string.Empty : inner.Substring(space + 1).Trim();
        if (SectionKinds.Find(keyword) is not { } kind)
        {
            Report(Descriptors.UnknownSection, span, inner, SectionKinds.Expected);
            return;
        }

        var nameProblem = kind.CheckName(name);
        if (nameProblem is not null)
        {
            Report(Descriptors.MalformedLine, span, nameProblem);
            return;
        }

        _section = (kind, name, span);
        _inInvalidSection = false;
    }

    private void ParseEntry(string key, string value, TextSpan span)
    {
        if (_section is not { } section)
        {
            ParsePreambleEntry(key, value, span);
            return;
        }

        var parsed = section.Kind.ParseEntry(key, value, section.Kind.DisplayOf(section.Name));
        if (parsed.Descriptor is null)
        {
            _entries.Add(new RulesEntry(parsed.Key!, parsed.Value!, span));
            return;
        }

        if (parsed.Key is not null)
        {
            _rejectedKeys.Add(parsed.Key);
        }

        Report(parsed.Descriptor, span, parsed.Args);
    }

    private void ParsePreambleEntry(string key, string value, TextSpan span)
    {
        if (_inInvalidSection)
        {
            return; // The invalid header was reported; its keys would only repeat it.
        }

        if (!string.Equals(key, "root", StringComparison.OrdinalIgnoreCase))
        {
            Report(Descriptors.UnknownKey, span, key, RulesSection.PreambleDisplay, "root");
        }
        else if (bool.TryParse(value, out var root))
        {
            _root = root;
        }
        else
        {
            Report(Descriptors.InvalidValue, span, value, "root", RulesSection.PreambleDisplay, "expected true or false");
        }
    }

    private void CloseSection()
    {
        if (_section is { } section)
        {
            _sections.Add(new RulesSection(section.Kind, section.Name, section.Span, _entries.ToImmutable(), _rejectedKeys.ToImmutable()));
        }

        _entries.Clear();
        _rejectedKeys.Clear();
        _section = null;
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, TextSpan span, params string[] args) =>
        _problems.Add(new RulesProblem(descriptor, span, args));
}
