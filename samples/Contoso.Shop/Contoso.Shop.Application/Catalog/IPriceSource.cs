using System.Threading;
using System.Threading.Tasks;
using Contoso.Shop.Domain;

namespace Contoso.Shop.Application.Catalog;

/// <summary>Where current prices come from (the supplier's price service, in Infrastructure).</summary>
public interface IPriceSource
{
    Task<Money?> GetCurrentPriceAsync(string sku, CancellationToken cancellationToken);
}
