using System.Text;
using Contoso.Shop.Domain;

namespace Contoso.Shop.Application.Ordering;

/// <summary>The text of the confirmation the customer receives.</summary>
public static class OrderConfirmation
{
    public static string Describe(Order order)
    {
        var text = new StringBuilder().AppendLine($"Order {order.Id}");
        foreach (var line in order.Lines)
        {
            text.AppendLine($"  {line.Quantity} x {line.Sku} at {line.UnitPrice}");
        }

        return text.AppendLine($"Total {order.Total}").ToString();
    }

    // HAR1002: deliberate, Ordering reaches into Catalog's Product instead of going through Common
    public static string DescribeLine(OrderLine line, Catalog.Product product) => $"{line.Quantity} x {product.Name}";
}
