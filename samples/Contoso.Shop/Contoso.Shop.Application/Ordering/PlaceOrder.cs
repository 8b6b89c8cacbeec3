using System.Collections.Generic;

namespace Contoso.Shop.Application.Ordering;

public sealed record PlaceOrder(string CustomerId, string Currency, IReadOnlyList<PlaceOrder.Line> Lines)
{
    public sealed record Line(string Sku, int Quantity);
}
