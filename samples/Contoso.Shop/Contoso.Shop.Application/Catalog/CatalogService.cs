using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Contoso.Shop.Application.Common;
using Contoso.Shop.Domain;

namespace Contoso.Shop.Application.Catalog;

/// <summary>The product catalog: list prices, overridden by the supplier's current price.</summary>
public sealed class CatalogService : IPriceLookup
{
    private readonly Dictionary<string, Product> _products = new();
    private readonly IPriceSource _prices;

    public CatalogService(IPriceSource prices, IEnumerable<Product> products)
    {
        _prices = prices;
        foreach (var product in products)
        {
            _products[product.Sku] = product;
        }
    }

    public bool IsSellable(string sku) => _products.TryGetValue(sku, out var product) && !product.Discontinued;

    public async Task<Money?> FindPriceAsync(string sku, CancellationToken cancellationToken)
    {
        if (!IsSellable(sku))
        {
            return null;
        }

        var current = await _prices.GetCurrentPriceAsync(sku, cancellationToken).ConfigureAwait(false);
        return current ?? _products[sku].ListPrice;
    }
}
