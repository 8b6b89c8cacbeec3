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
        if (!SectionSchema.TryGetKind(keyword, out var kind))
        {
            Report(Descriptors.UnknownSection, span, inner);
            return;
        }

        var nameProblem = CheckSectionName(kind, name);
        if (nameProblem is not null)
        {
            Report(Descriptors.MalformedLine, span, nameProblem);
            return;
        }

        _section = (kind, name, span);
        _inInvalidSection = false;
    }

    private static string? CheckSectionName(SectionKind kind, string name)
    {
        if (kind == SectionKind.Redundancy)
        {
            return name.Length == 0 ? null : "[redundancy] takes no name";
        }

        if (name.Length == 0)
        {
            return kind == SectionKind.Ban
                ? "[ban] needs a scope: a layer name or '*', e.g. [ban domain]"
                : $"[{SectionSchema.KeywordOf(kind)}] needs a name, e.g. [{SectionSchema.KeywordOf(kind)} domain]";
        }

        if (kind == SectionKind.Ban && name == "*")
        {
            return null;
        }

        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('_' or '-' or '.'))
            {
                return $"'{name}' is not a valid name: use letters, digits, '_', '-' and '.'";
            }
        }

        return null;
    }

    private void ParseEntry(string key, string value, TextSpan span)
    {
        if (_section is not { } section)
        {
            ParsePreambleEntry(key, value, span);
            return;
        }

        var display = RulesSection.DisplayOf(section.Kind, section.Name);
        if (section.Kind == SectionKind.Ban)
        {
            ParseBanEntry(key, value, span, display);
            return;
        }

        if (!SectionSchema.TryGetKey(section.Kind, key, out var definition))
        {
            Report(Descriptors.UnknownKey, span, key, display, SectionSchema.ExpectedKeys(section.Kind));
            return;
        }

        var parsed = definition.Parse(value, out var error);
        if (parsed is not null)
        {
            _entries.Add(new RulesEntry(definition.Name, parsed, span));
        }
        else if (definition.IsPattern && value.Length > 0)
        {
            _rejectedKeys.Add(definition.Name);
            Report(Descriptors.InvalidPattern, span, definition.Name, display, error);
        }
        else
        {
            _rejectedKeys.Add(definition.Name);
            Report(Descriptors.InvalidValue, span, value, definition.Name, display, error);
        }
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

    private void ParseBanEntry(string symbolId, string value, TextSpan span, string display)
    {
        if (!BannedSymbolId.TryValidate(symbolId, out var idError))
        {
            Report(Descriptors.InvalidSymbolId, span, symbolId, display, idError);
        }
        else if (SectionSchema.ParseBanReason(value, out _) is { } reason)
        {
            _entries.Add(new RulesEntry(symbolId, reason, span));
        }
        else
        {
            Report(Descriptors.InvalidValue, span, value, symbolId, display, "expected the reason for the ban, or 'off'");
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
