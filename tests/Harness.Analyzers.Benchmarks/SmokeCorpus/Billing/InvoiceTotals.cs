namespace Smoke.Billing;

public sealed record Line(string Sku, int Quantity, decimal UnitPrice, decimal Discount);

public static class InvoiceTotals
{
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

    public static int CountItems(IReadOnlyList<Line> lines) => lines.Sum(line => line.Quantity);
}
