using System;
using System.Collections.Generic;
using System.Linq;

namespace Harness.Analyzers.PackageTests;

/// <summary>A diagnostic the consumer build must report, located by the code it points at.</summary>
internal sealed record ExpectedDiagnostic(string Id, string RelativePath, int Line, int Column, IReadOnlyList<string> MessageParts)
{
    public override string ToString() => $"{Id} {RelativePath}({Line},{Column}) with message containing [{string.Join(" | ", MessageParts)}]";
}

/// <summary>
/// The fresh consumer solution the end-to-end test builds against the packed Harness.Analyzers:
/// <code>
/// work/harness.rules                  above the consumer's root = true: must be ignored
/// work/consumer/harness.rules         root = true, layers domain / infrastructure / web, bans
/// work/consumer/Shop.Domain/          Order uses DateTime.Now                       (HAR1003)
/// work/consumer/Shop.Infrastructure/  SqlStore; adds ../harness.rules itself        (no duplicate)
/// work/consumer/Shop.Web/harness.rules  overrides web's because, bans GetEnvironmentVariable
/// work/consumer/Shop.Web/             news up SqlStore (HAR1001, once under #pragma), Console.WriteLine
///                                     and Environment.GetEnvironmentVariable (HAR1003)
/// </code>
/// </summary>
internal static class ConsumerSolution
{
    public const string Folder = "consumer";
    public const string SolutionFile = "Consumer.slnx";
    public const string DomainOrder = "Shop.Domain/Order.cs";
    public const string InfrastructureStore = "Shop.Infrastructure/SqlStore.cs";
    public const string WebEndpoint = "Shop.Web/OrdersEndpoint.cs";
    public const string WebRules = "Shop.Web/harness.rules";
    public const string InnerReason = "INNER-REASON the endpoint must get its store injected";
    public const string OuterReason = "OUTER-REASON";
    public const string IgnoredReason = "OUTER-IGNORED";

    /// <summary>The harness.rules in the folder that holds the consumer: above its root = true, so ignored.</summary>
    public const string AboveRootRules = """
        # Above the consumer's `root = true`: the analyzer must ignore this whole file.
        [ban *]
        M:System.Math.Max = OUTER-IGNORED this file is above root = true
        """;

    public const string RootRules = """
        # The consumer's architecture. Files in folders above this one are ignored.
        root = true

        [layer domain]
        namespaces = Shop.Domain.**
        may_use    = nothing
        because    = the domain is pure

        [layer infrastructure]
        namespaces = Shop.Infrastructure.**
        may_use    = domain

        [layer web]
        namespaces = Shop.Web.**
        may_use    = domain
        because    = OUTER-REASON (overridden by Shop.Web/harness.rules)

        [ban domain]
        P:System.DateTime.Now = inject a clock

        [ban *]
        M:System.Console.WriteLine = use a logger
        """;

    public const string WebRulesText = """
        # Shop.Web's own rules: read after ../harness.rules, so its keys win, and only Shop.Web sees them.
        [layer web]
        because = INNER-REASON the endpoint must get its store injected

        [ban *]
        M:System.Environment.GetEnvironmentVariable = read configuration instead
        """;

    public const string OrderSource = """
        using System;

        namespace Shop.Domain;

        public sealed class Order
        {
            public Order(int quantity) => Quantity = Math.Max(quantity, 1); // banned only by the ignored file above root = true

            public int Quantity { get; }

            public DateTime PlacedAt { get; private set; }

            public void Place() => PlacedAt = DateTime.Now; // expected HAR1003 [ban domain]
        }
        """;

    public const string OrderStoreSource = """
        namespace Shop.Domain;

        public interface IOrderStore
        {
            void Save(Order order);
        }
        """;

    public const string SqlStoreSource = """
        using System;
        using Shop.Domain;

        namespace Shop.Infrastructure;

        public sealed class SqlStore : IOrderStore
        {
            private readonly string _connectionString = Environment.GetEnvironmentVariable("SHOP_DB") ?? "Server=.;Database=Shop"; // Shop.Web/harness.rules does not apply here

            public int Saved { get; private set; }

            public void Save(Order order) => Saved += order.Quantity;

            public override string ToString() => _connectionString;
        }
        """;

    public const string EndpointSource = """
        using System;
        using Shop.Domain;

        namespace Shop.Web;

        public sealed class OrdersEndpoint
        {
            private readonly IOrderStore _store;

            public OrdersEndpoint(IOrderStore store) => _store = store;

            public static OrdersEndpoint CreateDefault() => new OrdersEndpoint(new Infrastructure.SqlStore()); // expected HAR1001

            public static OrdersEndpoint CreateForTests()
            {
        #pragma warning disable HAR1001 // a test double may be built here
                return new OrdersEndpoint(new Infrastructure.SqlStore()); // silenced HAR1001
        #pragma warning restore HAR1001
            }

            public void Post(int quantity)
            {
                var order = new Order(quantity);
                order.Place();
                _store.Save(order);
                Console.WriteLine("order placed"); // expected HAR1003 [ban *]
            }

            public static string Mode() => Environment.GetEnvironmentVariable("SHOP_MODE") ?? "production"; // expected HAR1003 from Shop.Web/harness.rules
        }
        """;

    /// <summary>The diagnostics the consumer build must report, and no other HAR diagnostic.</summary>
    public static IReadOnlyList<ExpectedDiagnostic> Expected { get; } = new[]
    {
        At("HAR1003", DomainOrder, OrderSource, "expected HAR1003 [ban domain]", "Now",
            "'Shop.Domain.Order' uses 'System.DateTime.Now', banned by P:System.DateTime.Now (harness.rules, ban domain): inject a clock"),
        At("HAR1001", WebEndpoint, EndpointSource, "// expected HAR1001", "SqlStore",
            "'Shop.Web.OrdersEndpoint' (layer web) uses 'Shop.Infrastructure.SqlStore' (layer infrastructure); web may use domain (",
            "layer web): " + InnerReason),
        At("HAR1003", WebEndpoint, EndpointSource, "expected HAR1003 [ban *]", "WriteLine",
            "'Shop.Web.OrdersEndpoint' uses 'System.Console.WriteLine",
            "banned by M:System.Console.WriteLine (", "ban *): use a logger"),
        At("HAR1003", WebEndpoint, EndpointSource, "expected HAR1003 from Shop.Web/harness.rules", "GetEnvironmentVariable",
            "'Shop.Web.OrdersEndpoint' uses 'System.Environment.GetEnvironmentVariable",
            "banned by M:System.Environment.GetEnvironmentVariable (", "ban *): read configuration instead"),
    };

    /// <summary>The violation under #pragma warning disable HAR1001.</summary>
    public static ExpectedDiagnostic Silenced { get; } =
        At("HAR1001", WebEndpoint, EndpointSource, "// silenced HAR1001", "SqlStore");

    /// <summary>The GetEnvironmentVariable call in Shop.Infrastructure, which only Shop.Web's rules ban.</summary>
    public static ExpectedDiagnostic NotBannedOutsideWeb { get; } =
        At("HAR1003", InfrastructureStore, SqlStoreSource, "Shop.Web/harness.rules does not apply here", "GetEnvironmentVariable");

    /// <summary>The Math.Max call that only the ignored file above root = true bans.</summary>
    public static ExpectedDiagnostic BannedOnlyAboveRoot { get; } =
        At("HAR1003", DomainOrder, OrderSource, "banned only by the ignored file above root = true", "Max");

    /// <summary>Writes the consumer (and the harness.rules above it) into <paramref name="work"/>.</summary>
    public static void WriteTo(TempDirectory work, string feedPath, string packageVersion)
    {
        work.Write("harness.rules", AboveRootRules);
        var root = Folder + "/";
        ConsumerSetup.WriteNugetConfig(work, root, feedPath);
        ConsumerSetup.WriteBuildProps(work, root, packageVersion);
        work.Write(root + SolutionFile, """
            <Solution>
              <Project Path="Shop.Domain/Shop.Domain.csproj" />
              <Project Path="Shop.Infrastructure/Shop.Infrastructure.csproj" />
              <Project Path="Shop.Web/Shop.Web.csproj" />
            </Solution>
            """);
        work.Write(root + "harness.rules", RootRules);

        work.Write(root + "Shop.Domain/Shop.Domain.csproj", """<Project Sdk="Microsoft.NET.Sdk" />""");
        work.Write(root + DomainOrder, OrderSource);
        work.Write(root + "Shop.Domain/IOrderStore.cs", OrderStoreSource);

        work.Write(root + "Shop.Infrastructure/Shop.Infrastructure.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ProjectReference Include="../Shop.Domain/Shop.Domain.csproj" />
                <!-- Also found by discovery: the package's props must not pass it twice. -->
                <AdditionalFiles Include="../harness.rules" />
              </ItemGroup>
            </Project>
            """);
        work.Write(root + InfrastructureStore, SqlStoreSource);

        work.Write(root + "Shop.Web/Shop.Web.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ProjectReference Include="../Shop.Domain/Shop.Domain.csproj" />
                <ProjectReference Include="../Shop.Infrastructure/Shop.Infrastructure.csproj" />
              </ItemGroup>
            </Project>
            """);
        work.Write(root + WebRules, WebRulesText);
        work.Write(root + WebEndpoint, EndpointSource);
    }

    /// <summary>Locates <paramref name="at"/> on the one line of <paramref name="source"/> that contains <paramref name="lineMarker"/>.</summary>
    internal static ExpectedDiagnostic At(string id, string relativePath, string source, string lineMarker, string at, params string[] messageParts)
    {
        var lines = source.Replace("\r\n", "\n").Split('\n');
        var matches = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(lineMarker, StringComparison.Ordinal)).ToList();
        if (matches.Count != 1)
        {
            throw new InvalidOperationException($"'{lineMarker}' is on {matches.Count} lines of {relativePath}; the test needs exactly one.");
        }

        var line = lines[matches[0]];
        var column = line.IndexOf(at, StringComparison.Ordinal);
        if (column < 0 || line.IndexOf(at, column + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"'{at}' must occur exactly once on line {matches[0] + 1} of {relativePath}.");
        }

        return new ExpectedDiagnostic(id, relativePath, matches[0] + 1, column + 1, messageParts);
    }
}
