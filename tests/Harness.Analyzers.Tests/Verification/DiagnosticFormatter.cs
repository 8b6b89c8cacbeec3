using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Tests.Verification;

/// <summary>
/// Prints diagnostics the way the compiler does with <c>/errorendlocation</c>:
/// <c>path(line,col,endLine,endCol): warning ID: message</c>, one-based, plus the marked text.
/// </summary>
public static class DiagnosticFormatter
{
    /// <summary>One diagnostic; <paramref name="texts"/> (optional) finds a file's text by path, to quote the marked text.</summary>
    public static string Format(Diagnostic diagnostic, Func<string, SourceText?>? texts = null)
    {
        var where = Where(diagnostic.Location, texts, out var quote);
        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        return $"{where}: {severity} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}{quote}";
    }

    public static string Format(Diagnostic diagnostic) => Format(diagnostic, null);

    public static string Format(ExpectedDiagnostic expected, Func<string, SourceText?>? texts = null)
    {
        var quote = "";
        var where = expected.Location is null ? "(no location)" : Where(expected.Location, texts, out quote);
        var severity = expected.Severity is DiagnosticSeverity s ? s.ToString().ToLowerInvariant() + " " : "";
        var message = expected.Message is null ? "" : ": " + expected.Message;
        var additional = expected.AdditionalLocations is { } locations ? $" (additional locations: {locations.Length})" : "";
        return $"{where}: {severity}{expected.Id}{message}{additional}{quote}";
    }

    private static string Where(Location location, Func<string, SourceText?>? texts, out string quote)
    {
        quote = "";
        if (location == Location.None || location.Kind == LocationKind.MetadataFile)
        {
            return "(no location)";
        }

        var span = location.GetLineSpan();
        var text = location.SourceTree?.GetText() ?? texts?.Invoke(span.Path);
        quote = Quote(text, location.SourceSpan);
        return Where(span.Path, span.StartLinePosition, span.EndLinePosition);
    }

    private static string Where(ExpectedLocation location, Func<string, SourceText?>? texts, out string quote)
    {
        quote = "";
        if (location.Marker is int marker)
        {
            return $"(marker #{marker})";
        }

        var text = texts?.Invoke(location.Path);
        if (location.Span is not TextSpan span)
        {
            return location.End is LinePosition end
                ? Where(location.Path, location.Start, end)
                : $"{location.Path}({location.Start.Line + 1},{location.Start.Character + 1})";
        }

        if (text is null || span.End > text.Length)
        {
            return $"{location.Path}[{span.Start}..{span.End})";
        }

        quote = Quote(text, span);
        var lines = text.Lines.GetLinePositionSpan(span);
        return Where(location.Path, lines.Start, lines.End);
    }

    private static string Where(string path, LinePosition start, LinePosition end) =>
        $"{path}({start.Line + 1},{start.Character + 1},{end.Line + 1},{end.Character + 1})";

    /// <summary>The marked text, shortened and on one line: <c>  «Bad»</c>.</summary>
    private static string Quote(SourceText? text, TextSpan span)
    {
        if (text is null || span.End > text.Length)
        {
            return "";
        }

        var quoted = text.ToString(span).Replace("\r", "\\r").Replace("\n", "\\n");
        return "  «" + (quoted.Length > 60 ? quoted.Substring(0, 57) + "..." : quoted) + "»";
    }
}
