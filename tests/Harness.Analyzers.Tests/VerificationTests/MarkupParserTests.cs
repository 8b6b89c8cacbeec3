using System;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Harness.Analyzers.Tests.VerificationTests;

public sealed class MarkupParserTests
{
    [Fact]
    public void Default_id_markup_is_removed_and_spans_the_marked_text()
    {
        var parsed = MarkupParser.Parse("class [|Bad|] { }", "TST0001");

        Assert.Equal("class Bad { }", parsed.Text);
        Assert.Equal<MarkupSpan>([new MarkupSpan("TST0001", null, new TextSpan(6, 3))], parsed.Spans);
    }

    [Fact]
    public void Nested_markup_gives_spans_in_order_of_opening()
    {
        var parsed = MarkupParser.Parse("a{|X1:b{|X2:c|}d|}[|e|]", "D");

        Assert.Equal("abcde", parsed.Text);
        Assert.Equal<MarkupSpan>(
            [new MarkupSpan("X1", null, new TextSpan(1, 3)), new MarkupSpan("X2", null, new TextSpan(2, 1)), new MarkupSpan("D", null, new TextSpan(4, 1))],
            parsed.Spans);
    }

    [Fact]
    public void Empty_markup_gives_an_empty_span()
    {
        var parsed = MarkupParser.Parse("ab{|X:|}c", null);

        Assert.Equal("abc", parsed.Text);
        Assert.Equal<MarkupSpan>([new MarkupSpan("X", null, new TextSpan(2, 0))], parsed.Spans);
    }

    [Fact]
    public void Marker_names_a_location_without_expecting_a_diagnostic()
    {
        var parsed = MarkupParser.Parse("x {|#12:y|}", null);

        Assert.Equal("x y", parsed.Text);
        Assert.Equal<MarkupSpan>([new MarkupSpan(null, 12, new TextSpan(2, 1))], parsed.Spans);
    }

    [Theory]
    [InlineData("var a = new {| x };")]
    [InlineData("{|1X:y")]
    [InlineData("{|#x:y")]
    public void Brace_bar_without_a_label_is_plain_text(string code)
    {
        var parsed = MarkupParser.Parse(code, null);

        Assert.Equal(code, parsed.Text);
        Assert.Empty(parsed.Spans);
    }

    [Theory]
    [InlineData("class [|Bad { }", "line 1, column 7: markup opened here is never closed")]
    [InlineData("a\nb |] c", "line 2, column 3: unexpected '|]': no markup is open")]
    [InlineData("{|X:a|]", "line 1, column 6: unexpected '|]': expected '|}'")]
    public void Malformed_markup_is_rejected_with_its_position(string markup, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => MarkupParser.Parse(markup, "D"));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Default_markup_without_a_default_id_is_rejected()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MarkupParser.Parse("[|a|]", null));

        Assert.Contains("DefaultDiagnosticId", error.Message);
    }
}
