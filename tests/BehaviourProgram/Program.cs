using System.Globalization;
using System.Text;

namespace Demo;

public static class Program
{
    public static string Run()
    {
        var log = new StringBuilder();
        var prices = new[] { 12.5m, 80m, 40m, 3m };
        log.AppendLine(Pricing.Total(prices, 2m).ToString(CultureInfo.InvariantCulture));
        log.AppendLine(Pricing.Amount(prices, 3m).ToString(CultureInfo.InvariantCulture));
        log.AppendLine(Pricing.Discount(prices).ToString(CultureInfo.InvariantCulture));
        log.AppendLine(Pricing.VipDiscount(prices).ToString(CultureInfo.InvariantCulture));
        log.AppendLine(Mailer.Send("ann@example.com", "hello").ToString(CultureInfo.InvariantCulture));
        log.AppendLine(Mailer.SendV2("bob@example.com", "hi", 5).ToString(CultureInfo.InvariantCulture));
        foreach (var score in new[] { 10, 55, 75, 95 })
        {
            log.AppendLine(Grades.Describe(score) + " " + Grades.Bucket(score) + " " + Grades.Label(score));
        }

        log.AppendLine(Report.Header(new[] { "id", " name ", "total" }));
        log.AppendLine(Report.Footer(new[] { " sum", "avg ", "max" }, 3));
        log.AppendLine(Labels.Badge(" ann ") + Labels.Banner("bob"));
        log.AppendLine(Invoices.Line(" tea ", 2.345m, 3) + " " + Invoices.TaggedLine("cake", 4.25m, 2));
        return log.ToString();
    }
}
