using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Tests.Verification;

/// <summary>
/// A span marked in test markup: an expected diagnostic (<see cref="Id"/> set) or a numbered location
/// (<see cref="Marker"/> set) that an <see cref="ExpectedDiagnostic"/> refers to with <c>AtMarker(n)</c>.
/// </summary>
public readonly record struct MarkupSpan(string? Id, int? Marker, TextSpan Span);

/// <summary>Source text with its markup removed, and the spans the markup declared, in order of their opening.</summary>
public sealed record ParsedMarkup(string Text, ImmutableArray<MarkupSpan> Spans);

/// <summary>
/// Parses test markup:
/// <c>[|text|]</c> expects a diagnostic with the default ID on <c>text</c>;
/// <c>{|HAR1001:text|}</c> expects one with that ID;
/// <c>{|#0:text|}</c> only names the location, for <see cref="ExpectedDiagnostic.AtMarker"/>.
/// Markup nests and may be empty (<c>{|HAR1001:|}</c>). A <c>{|</c> not followed by <c>ID:</c> or <c>#n:</c> is plain text.
/// </summary>
public static class MarkupParser
{
    private readonly record struct Open(int Start, string? Id, int? Marker, char Closer, int MarkupOffset);

    /// <summary>Parses <paramref name="markup"/>; <paramref name="defaultId"/> is the ID for <c>[|…|]</c> (null makes <c>[|</c> an error).</summary>
    public static ParsedMarkup Parse(string markup, string? defaultId)
    {
        var text = new StringBuilder(markup.Length);
        var open = new Stack<Open>();
        var spans = new List<(int Order, MarkupSpan Span)>();
        var i = 0;
        while (i < markup.Length)
        {
            if (IsAt(markup, i, "[|"))
            {
                if (defaultId is null)
                {
                    throw Error(markup, i, "'[|' needs a DefaultDiagnosticId (or use '{|ID:...|}')");
                }

                open.Push(new Open(text.Length, defaultId, null, ']', i));
                i += 2;
            }
            else if (IsAt(markup, i, "{|") && TryReadLabel(markup, i + 2, out var id, out var marker, out var next))
            {
                open.Push(new Open(text.Length, id, marker, '}', i));
                i = next;
            }
            else if (IsAt(markup, i, "|]") || IsAt(markup, i, "|}"))
            {
                var closer = markup[i + 1];
                if (open.Count == 0 || open.Peek().Closer != closer)
                {
                    var expected = open.Count == 0 ? "no markup is open" : $"expected '|{open.Peek().Closer}'";
                    throw Error(markup, i, $"unexpected '|{closer}': {expected}");
                }

                var o = open.Pop();
                spans.Add((o.MarkupOffset, new MarkupSpan(o.Id, o.Marker, TextSpan.FromBounds(o.Start, text.Length))));
                i += 2;
            }
            else
            {
                text.Append(markup[i]);
                i++;
            }
        }

        if (open.Count > 0)
        {
            throw Error(markup, open.Peek().MarkupOffset, "markup opened here is never closed");
        }

        spans.Sort((a, b) => a.Order.CompareTo(b.Order));
        var result = ImmutableArray.CreateBuilder<MarkupSpan>(spans.Count);
        foreach (var (_, span) in spans)
        {
            result.Add(span);
        }

        return new ParsedMarkup(text.ToString(), result.MoveToImmutable());
    }

    private static bool IsAt(string s, int index, string token) => string.CompareOrdinal(s, index, token, 0, token.Length) == 0;

    /// <summary>Reads <c>ID:</c> (a letter or '_' then letters, digits, '_') or <c>#n:</c>.</summary>
    private static bool TryReadLabel(string s, int start, out string? id, out int? marker, out int next)
    {
        id = null;
        marker = null;
        next = start;
        var isMarker = start < s.Length && s[start] == '#';
        var j = isMarker ? start + 1 : start;
        var first = j;
        while (j < s.Length && (char.IsLetterOrDigit(s[j]) || s[j] == '_'))
        {
            j++;
        }

        if (j == first || j >= s.Length || s[j] != ':')
        {
            return false;
        }

        var label = s.Substring(first, j - first);
        if (isMarker)
        {
            if (!int.TryParse(label, out var n))
            {
                return false;
            }

            marker = n;
        }
        else
        {
            if (char.IsDigit(label[0]))
            {
                return false;
            }

            id = label;
        }

        next = j + 1;
        return true;
    }

    private static InvalidOperationException Error(string markup, int offset, string problem)
    {
        var line = 1;
        var lineStart = 0;
        for (var k = 0; k < offset; k++)
        {
            if (markup[k] == '\n')
            {
                line++;
                lineStart = k + 1;
            }
        }

        return new InvalidOperationException($"Invalid test markup at line {line}, column {offset - lineStart + 1}: {problem}.");
    }
}
