using Harness.Analyzers.Configuration;
using Xunit;

namespace Harness.Analyzers.Tests.Configuration;

public class NamespacePatternTests
{
    [Theory]
    [InlineData("Contoso.Domain", "Contoso.Domain", true)]
    [InlineData("Contoso.Domain", "Contoso.Domain.Orders", false)]
    [InlineData("Contoso.Domain.**", "Contoso.Domain", true)]
    [InlineData("Contoso.Domain.**", "Contoso.Domain.Orders.Lines", true)]
    [InlineData("Contoso.Orders.**", "Contoso.OrderSamples", false)]
    [InlineData("Contoso.Orders.**", "Contoso.OrdersX.Y", false)]
    [InlineData("Contoso.*.Domain", "Contoso.Shop.Domain", true)]
    [InlineData("Contoso.*.Domain", "Contoso.Shop.Sub.Domain", false)]
    [InlineData("Contoso.Shop*", "Contoso.Shopping", true)]
    [InlineData("Contoso.Shop*", "Contoso.Shop", true)]
    [InlineData("Contoso.*ing", "Contoso.Billing", true)]
    [InlineData("Contoso.*ing", "Contoso.Bill", false)]
    [InlineData("**.Domain.**", "A.B.Domain.C", true)]
    [InlineData("**.Domain.**", "Domain", true)]
    [InlineData("**.Domain.**", "DomainX", false)]
    [InlineData("**", "", true)]
    [InlineData("contoso.domain", "Contoso.Domain", false)]
    public void Matches_whole_segments_ordinally(string pattern, string ns, bool expected)
    {
        Assert.True(NamespacePattern.TryParse(pattern, allowCapture: false, out var parsed, out var error), error);
        Assert.Equal(expected, parsed!.Matches(NamespaceName.Split(ns)));
    }

    [Theory]
    [InlineData("Shop.Modules.{module}.**", "Shop.Modules.Catalog.Api", "Catalog")]
    [InlineData("Shop.Modules.{module}.**", "Shop.Modules.Catalog", "Catalog")]
    [InlineData("**.{module}.Features", "A.B.Orders.Features", "Orders")]
    [InlineData("Shop.Modules.{module}.**", "Shop.Modules", null)]
    public void Captures_the_module_segment(string pattern, string ns, string? module)
    {
        Assert.True(NamespacePattern.TryParse(pattern, allowCapture: true, out var parsed, out var error), error);
        Assert.Equal(module is not null, parsed!.TryMatchModule(NamespaceName.Split(ns), out var captured));
        Assert.Equal(module, captured);
    }

    [Theory]
    [InlineData("", false, "the pattern is empty")]
    [InlineData("Shop..Domain", false, "a segment between dots is empty")]
    [InlineData(".Shop", false, "a segment between dots is empty")]
    [InlineData("Shop.**x", false, "'**' must be a whole segment")]
    [InlineData("Shop/Domain", false, "'/' cannot appear in a pattern; use name characters, '*' and '**'")]
    [InlineData("Shop.{module}", false, "'{module}' is only allowed in a [modules] pattern")]
    [InlineData("Shop.**", true, "a modules pattern needs exactly one '{module}' segment, e.g. Contoso.Modules.{module}.**")]
    [InlineData("{module}.{module}", true, "a modules pattern needs exactly one '{module}' segment, e.g. Contoso.Modules.{module}.**")]
    public void Rejects_what_cannot_be_a_pattern_and_says_why(string pattern, bool allowCapture, string expectedError)
    {
        Assert.False(NamespacePattern.TryParse(pattern, allowCapture, out _, out var error));
        Assert.Equal(expectedError, error);
    }
}
