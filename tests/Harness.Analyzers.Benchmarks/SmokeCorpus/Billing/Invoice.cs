namespace Smoke.Billing;

public sealed class Invoice
{
    private readonly List<Line> _lines = new();

    public Invoice(string customer) => Customer = customer;

    public string Customer { get; }

    public IReadOnlyList<Line> Lines => _lines;

    public void Add(string sku, int quantity, decimal unitPrice)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        _lines.Add(new Line(sku, quantity, unitPrice, 0m));
    }

    public decimal Total(decimal taxRate) => InvoiceTotals.Total(_lines, taxRate);
}
