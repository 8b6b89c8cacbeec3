using System;
using System.Threading;
using System.Threading.Tasks;

namespace Contoso.Shop.Domain;

public interface IOrderRepository
{
    Task<Order?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task SaveAsync(Order order, CancellationToken cancellationToken);
}
