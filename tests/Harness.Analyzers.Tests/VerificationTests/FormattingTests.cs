using System.Collections.Immutable;
using System.Linq;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Harness.Analyzers.Tests.VerificationTests;

public sealed class FormattingTests
{
    private static Diagnostic At(string id, int start, int length, SourceText text)
    {
        var descriptor = new DiagnosticDescriptor(id, "t", "m", "c", DiagnosticSeverity.Warning, isEnabledByDefault: true);
        var span = new TextSpan(start, length);
        return Diagnostic.Create(descriptor, Location.Create("/a.cs", span, text.Lines.GetLinePositionSpan(span)));
    }

    [Fact]
    public void Reported_diagnostics_are_written_as_markup_that_parses_back_to_the_same_spans()
    {
        var text = SourceText.From("abcdef\nghij");
        ImmutableArray<Diagnostic> diagnostics = [At("X1", 1, 4, text), At("X2", 1, 2, text), At("X3", 3, 0, text), At("X4", 5, 3, text), At("X5", 10, 1, text)];

        var markup = DiagnosticComparer.ToMarkup(text.ToString(), diagnostics);
        var parsed = MarkupParser.Parse(markup, null);

        Assert.Equal("a{|X1:{|X2:bc|}{|X3:|}de|}{|X4:f\ng|}hi{|X5:j|}", markup);
        Assert.Equal(text.ToString(), parsed.Text);
        Assert.Equal(
            diagnostics.Select(d => (d.Id, d.Location.SourceSpan)).Order(),
            parsed.Spans.Select(s => (s.Id!, s.Span)).Order());
    }

    [Fact]
    public void Line_diff_numbers_changed_lines_and_keeps_two_lines_of_context()
    {
        var expected = "1\n2\n3\n4\n5\n6\n7\n8\n9";
        var actual = "1\n2\n3\n4\n5\nsix\n7\n8\n9";

        var diff = LineDiff.Format(expected, actual);

        Assert.Equal("--- expected\n+++ actual\n  ...\n     4 | 4\n     5 | 5\n-    6 | 6\n+    6 | six\n     7 | 7\n     8 | 8\n  ...\n", diff);
    }

    [Fact]
    public void Line_diff_shows_added_and_removed_lines()
    {
        var diff = LineDiff.Format("a\nb", "a\nnew\nb\nend");

        Assert.Equal("--- expected\n+++ actual\n     1 | a\n+    2 | new\n     2 | b\n+    4 | end\n", diff);
    }
}
