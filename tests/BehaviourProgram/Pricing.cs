namespace Demo;

public static class Pricing
{
    public static decimal Total(decimal[] prices, decimal rate)
    {
        var sum = 0m;
        for (var i = 0; i < prices.Length; i += 2)
        {
            sum += prices[i] * rate - i;
        }

        return decimal.Round(sum, 2);
    }

    public static decimal Amount(decimal[] lines, decimal factor)
    {
        var total = 0m;
        for (var index = 0; index < lines.Length; index += 2)
        {
            total += lines[index] * factor - index;
        }

        return decimal.Round(total, 2);
    }

    public static decimal Discount(decimal[] items)
    {
        var total = 0m;
        foreach (var item in items) { total += item; }
        return total > 100 ? total * 0.9m : total;
    }

    public static decimal VipDiscount(decimal[] items)
    {
        var sum = 0m;
        foreach (var item in items) { sum += item; }
        return sum > 100 ? sum * 0.8m : sum;
    }
}
