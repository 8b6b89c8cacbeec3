using System;
using System.Collections.Generic;

namespace Contoso.Shop.Domain;

/// <summary>A customer's order: lines while it is a draft, then placed and shipped.</summary>
public sealed class Order
{
    private readonly List<OrderLine> _lines = new();

    public Order(Guid id, string customerId, string currency)
    {
        Id = id;
        CustomerId = customerId;
        Currency = currency;
    }

    public Guid Id { get; }

    public string CustomerId { get; }

    public string Currency { get; }

    public OrderStatus Status { get; private set; } = OrderStatus.Draft;

    public DateTimeOffset? PlacedAt { get; private set; }

    public DateTime? ShippedAt { get; private set; }

    public IReadOnlyList<OrderLine> Lines => _lines;

    public Money Total
    {
        get
        {
            var total = Money.Zero(Currency);
            foreach (var line in _lines)
            {
                total = total.Add(line.Total);
            }

            return total;
        }
    }

    public void AddLine(string sku, int quantity, Money unitPrice)
    {
        if (Status != OrderStatus.Draft)
        {
            throw new InvalidOperationException("Only a draft order can change.");
        }

        if (quantity <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "The quantity must be positive.");
        }

        _lines.Add(new OrderLine(sku, quantity, unitPrice));
    }

    /// <summary>The right way: the time comes from an injected clock.</summary>
    public void Place(IClock clock)
    {
        if (_lines.Count == 0)
        {
            throw new InvalidOperationException("An order needs at least one line.");
        }

        Status = OrderStatus.Placed;
        PlacedAt = clock.UtcNow;
    }

    public void MarkShipped()
    {
        Status = OrderStatus.Shipped;
        // HAR1003: deliberate, the domain reads the wall clock instead of an injected IClock
        ShippedAt = DateTime.Now;
    }
}
