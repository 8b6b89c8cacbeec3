using System;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Contoso.Shop.Application.Catalog;
using Contoso.Shop.Domain;

namespace Contoso.Shop.Infrastructure;

/// <summary>Asks the supplier's price service for current prices. Infrastructure may do HTTP.</summary>
public sealed class HttpPriceClient : IPriceSource
{
    private readonly HttpClient _http;
    private readonly string _currency;

    public HttpPriceClient(HttpClient http, string currency)
    {
        _http = http;
        _currency = currency;
    }

    public async Task<Money?> GetCurrentPriceAsync(string sku, CancellationToken cancellationToken)
    {
        if (_http.BaseAddress is null)
        {
            return null; // offline: the catalog's list price applies
        }

        using var response = await _http.GetAsync(new Uri($"prices/{Uri.EscapeDataString(sku)}", UriKind.Relative), cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return new Money(decimal.Parse(text, CultureInfo.InvariantCulture), _currency);
    }
}
