using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Contoso.Shop.Application.Catalog;
using Contoso.Shop.Application.Ordering;
using Contoso.Shop.Domain;
using Contoso.Shop.Infrastructure;
using Contoso.Shop.Web;

namespace Contoso.Shop.Host;

/// <summary>
/// The composition root. Its namespace, Contoso.Shop.Host, is in no layer of harness.rules, so it
/// may wire Infrastructure into Web; [ban *] still applies to it.
/// </summary>
public static class Program
{
    public static async Task<int> Main()
    {
        var logger = new TextWriterLogger(Console.Out);
        var orders = new SqlOrderRepository();
        using var http = new HttpClient();
        var catalog = new CatalogService(
            new HttpPriceClient(http, "EUR"),
            new[]
            {
                new Product("TEA-01", "Green tea", new Money(4.50m, "EUR"), Discontinued: false),
                new Product("CUP-02", "Tea cup", new Money(7.90m, "EUR"), Discontinued: false),
            });
        var endpoint = new OrdersEndpoint(new PlaceOrderHandler(orders, catalog, new SystemClock(), logger), orders);

        var (status, body) = await endpoint.PostAsync(
            "customer-42",
            new[] { new PlaceOrder.Line("TEA-01", 2), new PlaceOrder.Line("CUP-02", 1) },
            CancellationToken.None);
        logger.Info($"{status} {body}");
        return status == 201 ? 0 : 1;
    }
}
