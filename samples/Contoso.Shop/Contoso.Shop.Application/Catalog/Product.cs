using Contoso.Shop.Domain;

namespace Contoso.Shop.Application.Catalog;

public sealed record Product(string Sku, string Name, Money ListPrice, bool Discontinued);
