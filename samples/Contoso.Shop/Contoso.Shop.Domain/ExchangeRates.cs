using System.Globalization;
using System.Threading.Tasks;

namespace Contoso.Shop.Domain;

/// <summary>Converts between currencies.</summary>
public static class ExchangeRates
{
    public static async Task<Money> ConvertAsync(Money money, string currency)
    {
        if (money.Currency == currency)
        {
            return money;
        }

        // HAR1003: deliberate, the domain does HTTP itself (N:System.Net.Http) instead of asking a port
        var text = await new System.Net.Http.HttpClient().GetStringAsync($"https://rates.contoso.example/{money.Currency}/{currency}");

        return new Money(money.Amount * decimal.Parse(text, CultureInfo.InvariantCulture), currency);
    }
}
