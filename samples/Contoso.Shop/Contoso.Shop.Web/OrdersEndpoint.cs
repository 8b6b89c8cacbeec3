using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Contoso.Shop.Application.Ordering;
using Contoso.Shop.Domain;

namespace Contoso.Shop.Web;

/// <summary>The HTTP endpoint for orders (POST /orders, GET /orders/{id}), without a web framework.</summary>
public sealed class OrdersEndpoint
{
    private readonly PlaceOrderHandler _placeOrder;
    private readonly IOrderRepository _orders;

    public OrdersEndpoint(PlaceOrderHandler placeOrder, IOrderRepository orders)
    {
        _placeOrder = placeOrder;
        _orders = orders;
    }

    public async Task<(int Status, string Body)> PostAsync(string customerId, IReadOnlyList<PlaceOrder.Line> lines, CancellationToken cancellationToken)
    {
        var result = await _placeOrder.HandleAsync(new PlaceOrder(customerId, "EUR", lines), cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return (400, result.Error!);
        }

        // HAR1003: deliberate, a debug print left behind ([ban *]: use ILogger)
        Console.WriteLine($"POST /orders -> {result.Value}");
        return (201, $"/orders/{result.Value}");
    }

    public async Task<(int Status, string Body)> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var order = await _orders.FindAsync(id, cancellationToken).ConfigureAwait(false);
        return order is null ? (404, "") : (200, OrderConfirmation.Describe(order));
    }

    /// <summary>A shortcut for the admin page, which bypasses the injected repository.</summary>
    public static async Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken)
    {
        // HAR1001: deliberate, the web layer news up an infrastructure type (and calls it) instead of using IOrderRepository
        var order = await new Infrastructure.SqlOrderRepository().FindAsync(id, cancellationToken).ConfigureAwait(false);
        return order is not null;
    }
}
