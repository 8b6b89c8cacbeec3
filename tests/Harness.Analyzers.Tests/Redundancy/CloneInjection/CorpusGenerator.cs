using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>
/// A deterministic corpus of files in the shape of a line-of-business code base: namespaces per area, one or two
/// classes a file, a handful of generated methods a class, and a shared model (records and an enum) they all use.
/// </summary>
internal static class CorpusGenerator
{
    public const string ModelPath = "/repo/src/Model/Order.cs";

    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.IO;
        using System.Linq;
        using System.Text;
        using System.Threading;
        using System.Threading.Tasks;
        using Contoso.Model;

        """;

    private const string Model = """
        using System.Collections.Generic;

        namespace Contoso.Model;

        public enum OrderStatus
        {
            Draft,
            Placed,
            Shipped,
            Cancelled,
        }

        public sealed record OrderLine(string Sku, int Quantity, decimal Price);

        public sealed record Order(int Id, string Customer, decimal Total, OrderStatus Status, IReadOnlyList<OrderLine> Lines);

        """;

    private static readonly string[] Areas = { "Billing", "Shipping", "Catalog", "Reporting", "Accounts", "Inventory", "Pricing", "Search", "Notifications", "Audit", "Loyalty", "Returns" };

    private static readonly string[] TypeNouns =
    {
        "Order", "Invoice", "Report", "Customer", "Shipment", "Catalog", "Price", "Discount", "Refund", "Payment", "Ledger", "Stock",
        "Coupon", "Account", "Quote", "Basket", "Parcel", "Route", "Review", "Subscription", "Tax", "Warehouse", "Supplier", "Ticket",
    };

    private static readonly string[] TypeRoles = { "Service", "Builder", "Formatter", "Calculator", "Aggregator", "Validator", "Planner", "Importer", "Exporter", "Reconciler" };

    private static readonly string[] Verbs =
    {
        "Compute", "Build", "Collect", "Summarize", "Format", "Parse", "Merge", "Filter", "Rank", "Score", "Normalize", "Validate",
        "Render", "Load", "Aggregate", "Estimate", "Group", "Resolve", "Count", "Describe", "Reconcile", "Index", "Balance", "Project", "Audit", "Split", "Schedule", "Price",
    };

    private static readonly string[] Nouns =
    {
        "Totals", "Orders", "Invoices", "Labels", "Lines", "Customers", "Discounts", "Refunds", "Report", "Batch", "Shipments", "Tags",
        "Scores", "Ledger", "Digest", "Summary", "Histogram", "Keys", "Segments", "Quotas", "Returns", "Payments", "Warnings", "Entries",
    };

    private static readonly string[] Qualifiers = { "", "", "", "ByRegion", "ForExport", "Daily", "Weekly", "PerCustomer", "InBulk" };

    public static Corpus Generate(int seed, int fileCount)
    {
        var random = new Random(seed);
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>();
        var methods = ImmutableArray.CreateBuilder<MemberKey>();
        var typeNames = new HashSet<string>(StringComparer.Ordinal);
        trees.Add(TestProject.Parse(ModelPath, Model));
        for (var file = 0; file < fileCount; file++)
        {
            var area = Areas[file % Areas.Length];
            var classCount = random.Next(100) < 35 ? 2 : 1;
            var classNames = Enumerable.Range(0, classCount).Select(_ => Unique(typeNames, () => Any(random, TypeNouns) + Any(random, TypeRoles))).ToList();
            var path = $"/repo/src/{area}/{classNames[0]}.cs";
            var text = new System.Text.StringBuilder(Usings).Append("namespace Contoso.").Append(area).Append(";\n");
            foreach (var className in classNames)
            {
                text.Append('\n').Append("public class ").Append(className).Append("\n{\n");
                var methodNames = new HashSet<string>(StringComparer.Ordinal);
                var methodCount = 4 + random.Next(5);
                for (var m = 0; m < methodCount; m++)
                {
                    var stem = Unique(methodNames, () => Any(random, Verbs) + Any(random, Nouns) + Any(random, Qualifiers));
                    var method = MethodGenerator.Generate(random, stem);
                    text.Append(m == 0 ? string.Empty : "\n").Append(method.Text);
                    methods.Add(new MemberKey(path, className, method.Name));
                }

                text.Append("}\n");
            }

            trees.Add(TestProject.Parse(path, text.ToString()));
        }

        return new Corpus(trees.ToImmutable(), methods.ToImmutable());
    }

    /// <summary>Draws until it draws a name not taken yet, and takes it.</summary>
    private static string Unique(HashSet<string> taken, Func<string> draw)
    {
        while (true)
        {
            var name = draw();
            if (taken.Add(name))
            {
                return name;
            }
        }
    }

    private static string Any(Random random, string[] words) => words[random.Next(words.Length)];
}
