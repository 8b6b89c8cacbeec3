using System;
using System.Threading;
using System.Threading.Tasks;
using Contoso.Shop.Application.Common;
using Contoso.Shop.Domain;

namespace Contoso.Shop.Application.Ordering;

/// <summary>Places an order: prices every line, then saves it.</summary>
public sealed class PlaceOrderHandler
{
    private readonly IOrderRepository _orders;
    private readonly IPriceLookup _prices;
    private readonly IClock _clock;
    private readonly IAppLogger _logger;

    public PlaceOrderHandler(IOrderRepository orders, IPriceLookup prices, IClock clock, IAppLogger logger)
    {
        _orders = orders;
        _prices = prices;
        _clock = clock;
        _logger = logger;
    }

    public async Task<Result<Guid>> HandleAsync(PlaceOrder command, CancellationToken cancellationToken)
    {
        var order = new Order(Guid.NewGuid(), command.CustomerId, command.Currency);
        foreach (var line in command.Lines)
        {
            var price = await _prices.FindPriceAsync(line.Sku, cancellationToken).ConfigureAwait(false);
            if (price is null)
            {
                return Result<Guid>.Failure($"'{line.Sku}' is not for sale.");
            }

            order.AddLine(line.Sku, line.Quantity, price.Value);
        }

        order.Place(_clock);
        await _orders.SaveAsync(order, cancellationToken).ConfigureAwait(false);
        _logger.Info($"Placed order {order.Id} for {order.CustomerId}: {order.Total}");
        return Result<Guid>.Success(order.Id);
    }
}
