namespace Contoso.Shop.Domain;

public sealed record OrderLine(string Sku, int Quantity, Money UnitPrice)
{
    public Money Total => UnitPrice.Times(Quantity);
}
