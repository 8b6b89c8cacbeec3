namespace Contoso.Shop.Domain;

public enum OrderStatus
{
    Draft,
    Placed,
    Shipped,
}
