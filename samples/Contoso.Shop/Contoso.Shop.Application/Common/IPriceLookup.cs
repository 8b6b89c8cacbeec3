using System.Threading;
using System.Threading.Tasks;
using Contoso.Shop.Domain;

namespace Contoso.Shop.Application.Common;

/// <summary>
/// The seam between the modules: Ordering asks for prices through this, Catalog answers.
/// Every module may use Common ([modules ordering-and-catalog] may_use = Common).
/// </summary>
public interface IPriceLookup
{
    Task<Money?> FindPriceAsync(string sku, CancellationToken cancellationToken);
}
