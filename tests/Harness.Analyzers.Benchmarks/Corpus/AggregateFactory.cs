using System;
using System.Collections.Generic;
using System.Linq;

namespace Harness.Analyzers.Benchmarks.Corpus;

/// <summary>
/// Makes aggregates one at a time, round-robin over the shop's modules, with seeded random shapes
/// (properties, statuses, links) so that files differ the way real files do.
/// </summary>
internal sealed class AggregateFactory
{
    // Nouns are unique across modules and clash with no type the corpus imports (System.Attribute,
    // System.Threading.Tasks.Task, ...); their plural is noun + "s".
    private static readonly (string Module, string[] Nouns)[] Modules =
    [
        ("Ordering", ["Order", "Cart", "Quote", "Checkout", "Backorder", "Fulfillment"]),
        ("Catalog", ["Product", "Listing", "Brand", "Bundle", "Variant", "Collection"]),
        ("Billing", ["Invoice", "CreditNote", "TaxRule", "Statement", "Subscription", "Plan"]),
        ("Shipping", ["Shipment", "Parcel", "Carrier", "Manifest", "Label", "Pickup"]),
        ("Customers", ["Customer", "Contact", "Segment", "Preference", "Household", "Consent"]),
        ("Inventory", ["Warehouse", "StockItem", "Reservation", "Transfer", "Bin", "Supplier"]),
        ("Payments", ["Payment", "Refund", "Payout", "Chargeback", "Wallet", "Voucher"]),
        ("Reviews", ["Review", "Rating", "Question", "Answer", "Moderation", "Testimonial"]),
        ("Promotions", ["Coupon", "Campaign", "Discount", "Banner", "Deal", "Offer"]),
        ("Notifications", ["Notification", "Template", "Digest", "Reminder", "Alert", "Subscriber"]),
        ("Returns", ["ReturnRequest", "Exchange", "Inspection", "RestockTicket", "Claim", "Replacement"]),
        ("Loyalty", ["Member", "Reward", "Tier", "PointLedger", "Badge", "Referral"]),
    ];

    // Once a module's nouns are used up, names get a qualifier (never a number: the redundancy rules
    // treat "2", "V2", "New", ... as the mark of a left-behind rewrite).
    private static readonly string[] Qualifiers =
    [
        "Partner", "Regional", "Seasonal", "Wholesale", "Digital", "Marketplace",
        "Corporate", "Premium", "Express", "Local", "Global", "Archive",
    ];

    private static readonly string[] LineTypes = ["Line", "Entry", "Item", "Allocation", "Component", "Slot"];

    private static readonly string[] OptionalStatuses = ["Pending", "Active", "OnHold", "Completed", "Cancelled"];

    private static readonly PropertyModel[] DisplayProperties =
    [
        new("Title", PropertyType.Text), new("DisplayName", PropertyType.Text), new("Code", PropertyType.Text),
    ];

    private static readonly PropertyModel[] RankProperties =
    [
        new("Priority", PropertyType.Count), new("Position", PropertyType.Count), new("Quantity", PropertyType.Count),
    ];

    private static readonly PropertyModel[] MoneyProperties =
    [
        new("Price", PropertyType.Money), new("Budget", PropertyType.Money), new("Fee", PropertyType.Money),
    ];

    private static readonly PropertyModel[] OtherProperties =
    [
        new("Sku", PropertyType.Text), new("Region", PropertyType.Text), new("Slug", PropertyType.Text),
        new("ExternalKey", PropertyType.Text), new("Locale", PropertyType.Text),
        new("Notes", PropertyType.OptionalText), new("Description", PropertyType.OptionalText),
        new("Remarks", PropertyType.OptionalText), new("InternalMemo", PropertyType.OptionalText),
        new("Revision", PropertyType.Count), new("RetryCount", PropertyType.Count), new("Capacity", PropertyType.Count),
        new("Weight", PropertyType.Amount), new("Threshold", PropertyType.Amount), new("TaxPercent", PropertyType.Amount),
        new("DiscountPercent", PropertyType.Amount),
        new("Score", PropertyType.Ratio), new("Confidence", PropertyType.Ratio), new("Share", PropertyType.Ratio),
        new("Featured", PropertyType.Flag), new("RequiresApproval", PropertyType.Flag), new("GiftWrapped", PropertyType.Flag),
        new("Taxable", PropertyType.Flag),
        new("ScheduledForUtc", PropertyType.Timestamp), new("ExpiresAtUtc", PropertyType.Timestamp),
        new("EffectiveFromUtc", PropertyType.Timestamp),
        new("OwnerId", PropertyType.Reference), new("BatchId", PropertyType.Reference),
        new("CorrelationId", PropertyType.Reference),
        new("Deposit", PropertyType.Money), new("Surcharge", PropertyType.Money),
    ];

    private readonly Random _random;
    private readonly List<AggregateModel> _made = new();

    public AggregateFactory(Random random) => _random = random;

    public static int MaxAggregates => Modules.Sum(m => m.Nouns.Length) * (Qualifiers.Length + 1);

    public AggregateModel Next()
    {
        var index = _made.Count;
        if (index >= MaxAggregates)
        {
            throw new InvalidOperationException($"The corpus has names for at most {MaxAggregates} aggregates; ask for fewer lines.");
        }

        var (module, nouns) = Modules[index % Modules.Length];
        var round = index / Modules.Length;
        var noun = nouns[round % nouns.Length];
        var qualifier = round / nouns.Length;
        var name = qualifier == 0 ? noun : Qualifiers[qualifier - 1] + noun;

        var aggregate = new AggregateModel(
            module,
            name,
            Pick(LineTypes),
            ChooseProperties(),
            ChooseStatuses(),
            _made.Count > 0 && _random.Next(2) == 0 ? _made[_random.Next(_made.Count)] : null);
        _made.Add(aggregate);
        return aggregate;
    }

    private IReadOnlyList<PropertyModel> ChooseProperties()
    {
        var properties = new List<PropertyModel> { Pick(DisplayProperties), Pick(RankProperties), Pick(MoneyProperties) };
        properties.AddRange(OtherProperties.OrderBy(_ => _random.Next()).Take(_random.Next(2, 8)));
        return properties;
    }

    private IReadOnlyList<string> ChooseStatuses()
    {
        var statuses = new List<string> { "Draft" };
        statuses.AddRange(OptionalStatuses.Where(_ => _random.Next(3) > 0));
        statuses.Add("Archived");
        return statuses;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
