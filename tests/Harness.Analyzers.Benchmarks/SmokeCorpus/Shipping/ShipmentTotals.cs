using Smoke.Billing;

namespace Smoke.Shipping;

public static class ShipmentTotals
{
    // Copied from InvoiceTotals.Total instead of calling it: the clone the smoke run must find.
    public static decimal Total(IReadOnlyList<Line> lines, decimal taxRate)
    {
        var subtotal = 0m;
        foreach (var line in lines)
        {
            if (line.Quantity <= 0)
            {
                continue;
            }

            var gross = line.Quantity * line.UnitPrice;
            subtotal += gross - Math.Min(gross, line.Discount);
        }

        var tax = Math.Round(subtotal * taxRate, 2, MidpointRounding.ToEven);
        return subtotal + tax;
    }

    public static decimal Weight(IEnumerable<(string Sku, decimal Kilograms)> parcels)
    {
        var weight = 0m;
        foreach (var parcel in parcels)
        {
            weight += parcel.Kilograms;
        }

        return weight;
    }
}
