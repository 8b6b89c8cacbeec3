using System.Collections.Generic;
using System.Linq;

namespace Harness.Analyzers.PackageTests;

/// <summary>
/// The multi-project consumer of <see cref="ConventionsEndToEndTests"/>: conventions and an <c>external</c> list in its
/// harness.rules, and one planted finding of each of HAR3001, HAR3002, HAR3003 and HAR1006.
/// <code>
/// conventions/harness.rules        root = true; layers domain (external = System, System.Collections.**), infrastructure,
///                                  web; conventions repositories (where_implements = IRepository) and handlers
/// Shop.Domain/IRepository.cs       IRepository&lt;T&gt;: the generic interface the repositories convention selects by name
/// Shop.Domain/Order.cs             a property of type System.Text.StringBuilder            (HAR1006)
/// Shop.Domain/InMemoryOrderRepository.cs   a repository in the domain, judged in Shop.Domain's
///                                  build only, though two projects reference it            (HAR3002)
/// Shop.Infrastructure/SqlRepository.cs     abstract SqlRepository&lt;T&gt; : IRepository&lt;T&gt;: follows the conventions
/// Shop.Infrastructure/SqlOrderStore.cs     SqlOrderStore : SqlRepository&lt;Order&gt;, selected through its base
///                                  and an interface of the referenced Shop.Domain           (HAR3001)
/// Shop.Web/PlaceOrderHandler.cs    a partial handler, not sealed: once, at its first part (HAR3003)
/// Shop.Web/PlaceOrderHandler_Logging.cs    its second part
/// Shop.Web/ShipOrderHandler.cs     a sealed handler: follows the conventions
/// </code>
/// </summary>
internal static class ConventionsConsumer
{
    public const string Root = "conventions/";
    public const string SolutionFile = "Conventions.slnx";
    public const string OrderFile = "Shop.Domain/Order.cs";
    public const string InMemoryRepositoryFile = "Shop.Domain/InMemoryOrderRepository.cs";
    public const string OrderStoreFile = "Shop.Infrastructure/SqlOrderStore.cs";
    public const string HandlerFile = "Shop.Web/PlaceOrderHandler.cs";
    public const string HandlerPartFile = "Shop.Web/PlaceOrderHandler_Logging.cs";

    private const string Rules = """
        root = true

        [layer domain]
        namespaces = Shop.Domain.**
        may_use    = nothing
        external   = System, System.Collections.**
        because    = DOMAIN-REASON the domain is pure

        [layer infrastructure]
        namespaces = Shop.Infrastructure.**
        may_use    = domain

        [layer web]
        namespaces = Shop.Web.**
        may_use    = domain, infrastructure

        [convention repositories]
        where_implements = IRepository
        name             = *Repository
        layer            = infrastructure
        because          = REPOSITORIES-REASON storage adapters live in infrastructure

        [convention handlers]
        where_name = *Handler
        where_kind = class
        modifiers  = sealed
        because    = HANDLERS-REASON a handler ends one use case
        """;

    private const string Repository = """
        using System.Collections.Generic;

        namespace Shop.Domain;

        public interface IRepository<T>
        {
            void Add(T item);

            IReadOnlyList<T> All();
        }
        """;

    private const string Order = """
        using System;

        namespace Shop.Domain;

        public sealed class Order
        {
            public Order(Guid id) => Id = id;

            public Guid Id { get; }

            public System.Text.StringBuilder? Notes { get; set; } // expected HAR1006
        }
        """;

    private const string InMemoryRepository = """
        using System.Collections.Generic;

        namespace Shop.Domain;

        public sealed class InMemoryOrderRepository : IRepository<Order> // expected HAR3002
        {
            private readonly List<Order> _orders = new();

            public void Add(Order item) => _orders.Add(item);

            public IReadOnlyList<Order> All() => _orders;
        }
        """;

    private const string SqlRepository = """
        using System.Collections.Generic;
        using Shop.Domain;

        namespace Shop.Infrastructure;

        public abstract class SqlRepository<T> : IRepository<T>
        {
            private readonly List<T> _rows = new();

            public void Add(T item) => _rows.Add(item);

            public IReadOnlyList<T> All() => _rows;
        }
        """;

    private const string OrderStore = """
        using Shop.Domain;

        namespace Shop.Infrastructure;

        public sealed class SqlOrderStore : SqlRepository<Order> // expected HAR3001
        {
        }
        """;

    private const string Handler = """
        using System;
        using Shop.Domain;

        namespace Shop.Web;

        public partial class PlaceOrderHandler // expected HAR3003, once for both parts
        {
            private readonly IRepository<Order> _orders;

            public PlaceOrderHandler(IRepository<Order> orders) => _orders = orders;

            public Order Handle()
            {
                var order = new Order(Guid.NewGuid());
                _orders.Add(order);
                Log(order);
                return order;
            }

            partial void Log(Order order);
        }
        """;

    private const string HandlerPart = """
        namespace Shop.Web;

        public partial class PlaceOrderHandler // the second part: no finding of its own
        {
            public int Logged { get; private set; }

            partial void Log(Shop.Domain.Order order) => Logged++;
        }
        """;

    private const string ShipHandler = """
        namespace Shop.Web;

        public sealed class ShipOrderHandler
        {
            public Shop.Infrastructure.SqlOrderStore Store { get; } = new();
        }
        """;

    /// <summary>Every HAR diagnostic the build must report, and no other.</summary>
    public static IReadOnlyList<ExpectedDiagnostic> Expected { get; } =
    [
        ConsumerSolution.At("HAR1006", OrderFile, Order, "expected HAR1006", "StringBuilder",
            "'Shop.Domain.Order' (layer domain) uses 'System.Text.StringBuilder', which belongs to no layer; domain may use external System, System.Collections.** (harness.rules, layer domain): DOMAIN-REASON"),
        ConsumerSolution.At("HAR3002", InMemoryRepositoryFile, InMemoryRepository, "expected HAR3002", "InMemoryOrderRepository",
            "'Shop.Domain.InMemoryOrderRepository' is in layer domain; convention repositories requires layer infrastructure (harness.rules, convention repositories): REPOSITORIES-REASON"),
        ConsumerSolution.At("HAR3001", OrderStoreFile, OrderStore, "expected HAR3001", "SqlOrderStore",
            "'Shop.Infrastructure.SqlOrderStore' is named SqlOrderStore; convention repositories requires a name like *Repository (harness.rules, convention repositories): REPOSITORIES-REASON"),
        ConsumerSolution.At("HAR3003", HandlerFile, Handler, "expected HAR3003", "PlaceOrderHandler",
            "'Shop.Web.PlaceOrderHandler' is not sealed; convention handlers requires sealed (harness.rules, convention handlers): HANDLERS-REASON"),
    ];

    public static void WriteTo(TempDirectory work, string feedPath, string packageVersion)
    {
        ConsumerSetup.WriteNugetConfig(work, Root, feedPath);
        ConsumerSetup.WriteBuildProps(work, Root, packageVersion);
        work.Write(Root + SolutionFile, """
            <Solution>
              <Project Path="Shop.Domain/Shop.Domain.csproj" />
              <Project Path="Shop.Infrastructure/Shop.Infrastructure.csproj" />
              <Project Path="Shop.Web/Shop.Web.csproj" />
            </Solution>
            """);
        work.Write(Root + "harness.rules", Rules);

        work.Write(Root + "Shop.Domain/Shop.Domain.csproj", """<Project Sdk="Microsoft.NET.Sdk" />""");
        work.Write(Root + "Shop.Domain/IRepository.cs", Repository);
        work.Write(Root + OrderFile, Order);
        work.Write(Root + InMemoryRepositoryFile, InMemoryRepository);

        work.Write(Root + "Shop.Infrastructure/Shop.Infrastructure.csproj", ProjectReferencing("Shop.Domain"));
        work.Write(Root + "Shop.Infrastructure/SqlRepository.cs", SqlRepository);
        work.Write(Root + OrderStoreFile, OrderStore);

        work.Write(Root + "Shop.Web/Shop.Web.csproj", ProjectReferencing("Shop.Domain", "Shop.Infrastructure"));
        work.Write(Root + HandlerFile, Handler);
        work.Write(Root + HandlerPartFile, HandlerPart);
        work.Write(Root + "Shop.Web/ShipOrderHandler.cs", ShipHandler);
    }

    private static string ProjectReferencing(params string[] projects)
    {
        var references = string.Join("\n", projects.Select(p => $"""    <ProjectReference Include="../{p}/{p}.csproj" />"""));
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
            {references}
              </ItemGroup>
            </Project>
            """;
    }
}
