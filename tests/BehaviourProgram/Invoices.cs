using System.Globalization;

namespace Demo;

public static class Invoices
{
    public static string Line(string item, decimal price, int quantity)
    {
        var name = item.Trim();
        var total = price * quantity;
        var rounded = decimal.Round(total, 2);
        var text = name + ": " + rounded.ToString(CultureInfo.InvariantCulture);
        return text;
    }

    public static string TaggedLine(string item, decimal price, int quantity)
    {
        var name = item.Trim();
        var total = price * quantity;
        var rounded = decimal.Round(total, 1);
        var text = name + ": " + rounded.ToString(CultureInfo.InvariantCulture);
        var tagged = "* " + text;
        return tagged;
    }
}
