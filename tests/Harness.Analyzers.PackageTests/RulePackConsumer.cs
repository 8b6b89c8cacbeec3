using System.Collections.Generic;
using System.Linq;

namespace Harness.Analyzers.PackageTests;

/// <summary>
/// The fresh consumer of the rule-pack end-to-end tests: one project whose folders hold the four layers
/// of Clean Architecture under a root namespace no pack knows (Acme.Shop), and a few leftovers of a code
/// generator. It references rule packs only (never Harness.Analyzers itself); each step of
/// <see cref="RulePackFixture"/> rewrites the references, the repository's harness.rules and .editorconfig.
/// <code>
/// work/consumer/harness.rules              root = true; overrides a key of CleanArchitecture, lifts a ban
/// work/consumer/Directory.Build.props      net10.0, SARIF log, PackageReferences to the packs of the step
/// work/consumer/Acme.Shop/Domain/          Order: DateTime.Now (HAR1003), DateTime.UtcNow (ban lifted), JsonDocument (HAR1006)
/// work/consumer/Acme.Shop/Application/     PlaceOrder: follows the rules
/// work/consumer/Acme.Shop/Infrastructure/  SqlOrderStore: follows the rules
/// work/consumer/Acme.Shop/Web/             OrdersEndpoint: news up SqlOrderStore (HAR1001), Console.WriteLine
///                                          Notifier: SendFinalAsync beside SendAsync, a NotImplementedException
/// </code>
/// </summary>
internal static class RulePackConsumer
{
    public const string Folder = "consumer";
    public const string Project = "Acme.Shop/Acme.Shop.csproj";
    public const string CleanArchitecture = "Harness.Rules.CleanArchitecture";
    public const string AiHygiene = "Harness.Rules.AiHygiene";
    public const string StrictCi = "Harness.Rules.StrictCi";
    public const string TemplatePack = "Acme.Rules";
    public const string CleanArchitectureFile = CleanArchitecture + ".harness.rules";
    public const string RepositoryReason = "REPO-REASON the web project gets its store injected";

    public const string DomainOrder = "Acme.Shop/Domain/Order.cs";
    public const string WebEndpoint = "Acme.Shop/Web/OrdersEndpoint.cs";
    public const string WebNotifier = "Acme.Shop/Web/Notifier.cs";

    /// <summary>The repository's harness.rules while it uses CleanArchitecture: one key overridden, one ban lifted.</summary>
    public const string OverridingRules = """
        # The repository's own rules: read after every rule pack, so its keys win.
        root = true

        [layer presentation]
        because = REPO-REASON the web project gets its store injected

        [ban domain]
        P:System.DateTime.UtcNow = off
        """;

    /// <summary>The repository's harness.rules once CleanArchitecture is gone (its overrides went with it).</summary>
    public const string PlainRules = """
        root = true
        """;

    /// <summary>The repository's .editorconfig from step 2 on: a [*.cs] entry wins over a pack's global config.</summary>
    public const string EditorConfig = """
        root = true

        [*.cs]
        dotnet_diagnostic.HAR1001.severity = warning
        """;

    public const string OrderSource = """
        using System;

        namespace Acme.Shop.Domain;

        public sealed class Order
        {
            public Order(int quantity) => Quantity = quantity;

            public int Quantity { get; }

            public DateTime PlacedAt { get; private set; }

            public DateTime? ShippedAt { get; private set; }

            public void Place() => PlacedAt = DateTime.Now; // expected HAR1003: CleanArchitecture bans it in the domain

            public void Ship() => ShippedAt = DateTime.UtcNow; // the repository's harness.rules lifts this ban

            public System.Text.Json.JsonDocument? Snapshot { get; set; } // expected HAR1006: not in CleanArchitecture's external list for the domain
        }

        public interface IOrderStore
        {
            void Save(Order order);
        }
        """;

    public const string PlaceOrderSource = """
        using Acme.Shop.Domain;

        namespace Acme.Shop.Application;

        public sealed class PlaceOrder
        {
            private readonly IOrderStore _store;

            public PlaceOrder(IOrderStore store) => _store = store;

            public Order Handle(int quantity)
            {
                var order = new Order(quantity);
                order.Place();
                _store.Save(order);
                return order;
            }
        }
        """;

    public const string SqlOrderStoreSource = """
        using Acme.Shop.Domain;

        namespace Acme.Shop.Infrastructure;

        public sealed class SqlOrderStore : IOrderStore
        {
            public int Saved { get; private set; }

            public void Save(Order order) => Saved += order.Quantity;
        }
        """;

    public const string EndpointSource = """
        using System;
        using Acme.Shop.Application;

        namespace Acme.Shop.Web;

        public sealed class OrdersEndpoint
        {
            private readonly PlaceOrder _placeOrder;

            public OrdersEndpoint(PlaceOrder placeOrder) => _placeOrder = placeOrder;

            public static OrdersEndpoint CreateDefault() => new OrdersEndpoint(new PlaceOrder(new Infrastructure.SqlOrderStore())); // expected HAR1001

            public void Post(int quantity)
            {
                var order = _placeOrder.Handle(quantity);
                Console.WriteLine("placed " + order.Quantity); // expected HAR1003 from the template's pack
            }
        }
        """;

    public const string NotifierSource = """
        using System;
        using System.Threading.Tasks;

        namespace Acme.Shop.Web;

        public sealed class Notifier
        {
            public async Task<int> SendAsync(string to, string body) // the original of a rewrite
            {
                var attempts = 0;
                while (attempts < 3)
                {
                    attempts++;
                    if (await TryAsync(to, body)) { return attempts; }
                }

                return -1;
            }

            public async Task<int> SendFinalAsync(string to, string body, int retries) // expected HAR2005 with AiHygiene ('Final')
            {
                var attempts = 0;
                while (attempts < retries)
                {
                    attempts++;
                    if (await TryAsync(to, body)) { return attempts; }
                }

                return -1;
            }

            public string Render(string template) => throw new NotImplementedException(); // expected HAR2006

            private Task<bool> TryAsync(string to, string body) => Task.FromResult(to.Length > body.Length);

            public static int Weigh(int[] values)
            {
                var total = 0;
                foreach (var value in values) { if (value > 0) { total += value * 2; } else { total -= 1; } }
                return total * 3 + values.Length;
            }

            public static int Rate(int[] values) // a copy, reported as one (HAR2001, a warning unless CI)
            {
                var total = 0;
                foreach (var value in values) { if (value > 0) { total += value * 2; } else { total -= 1; } }
                return total * 3 + values.Length;
            }
        }
        """;

    public static ExpectedDiagnostic LayerViolation { get; } =
        ConsumerSolution.At("HAR1001", WebEndpoint, EndpointSource, "// expected HAR1001", "SqlOrderStore",
            "'Acme.Shop.Web.OrdersEndpoint' (layer presentation) uses 'Acme.Shop.Infrastructure.SqlOrderStore' (layer infrastructure); presentation may use application, domain",
            $"({CleanArchitectureFile}, layer presentation): {RepositoryReason}");

    public static ExpectedDiagnostic ClockBan { get; } =
        ConsumerSolution.At("HAR1003", DomainOrder, OrderSource, "expected HAR1003", "Now",
            $"'Acme.Shop.Domain.Order' uses 'System.DateTime.Now', banned by P:System.DateTime.Now ({CleanArchitectureFile}, ban domain)");

    /// <summary>The same DateTime.Now, banned for all code by the pack made from the template.</summary>
    public static ExpectedDiagnostic TemplateClockBan { get; } =
        ConsumerSolution.At("HAR1003", DomainOrder, OrderSource, "expected HAR1003", "Now",
            $"banned by P:System.DateTime.Now ({TemplatePack}.harness.rules, ban *)");

    public static ExpectedDiagnostic ExternalUse { get; } =
        ConsumerSolution.At("HAR1006", DomainOrder, OrderSource, "expected HAR1006", "JsonDocument",
            $"'Acme.Shop.Domain.Order' (layer domain) uses 'System.Text.Json.JsonDocument', which belongs to no layer; domain may use external System, System.Collections.**",
            $"({CleanArchitectureFile}, layer domain): the domain is the core: it depends on nothing");

    public static ExpectedDiagnostic LiftedBan { get; } =
        ConsumerSolution.At("HAR1003", DomainOrder, OrderSource, "lifts this ban", "UtcNow");

    public static ExpectedDiagnostic ConsoleBan { get; } =
        ConsumerSolution.At("HAR1003", WebEndpoint, EndpointSource, "from the template's pack", "WriteLine",
            $"banned by M:System.Console.WriteLine ({TemplatePack}.harness.rules, ban *)");

    public static ExpectedDiagnostic Twin { get; } =
        ConsumerSolution.At("HAR2005", WebNotifier, NotifierSource, "expected HAR2005", "SendFinalAsync");

    /// <summary>A plain copy, reported once, on the later member; no pack raises its severity outside CI.</summary>
    public static ExpectedDiagnostic Copy { get; } =
        ConsumerSolution.At("HAR2001", WebNotifier, NotifierSource, "a copy, reported as one", "Rate");

    public static ExpectedDiagnostic Placeholder { get; } =
        ConsumerSolution.At("HAR2006", WebNotifier, NotifierSource, "expected HAR2006", "throw");

    /// <summary>Writes the consumer's sources and nuget.config; <see cref="WriteStep"/> writes what changes per step.</summary>
    public static void WriteTo(TempDirectory work, IEnumerable<string> feeds)
    {
        var root = Folder + "/";
        var sources = string.Join("\n", feeds.Select((feed, i) => $"""    <add key="feed{i}" value="{feed}" />"""));
        work.Write(root + "nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <!-- Only the local feeds the test packed into: the consumer needs nothing else (the net10.0 ref pack is in the SDK). -->
            <configuration>
              <packageSources>
                <clear />
            {sources}
              </packageSources>
              <fallbackPackageFolders>
                <clear />
              </fallbackPackageFolders>
            </configuration>
            """);
        work.Write(root + Project, """<Project Sdk="Microsoft.NET.Sdk" />""");
        work.Write(root + DomainOrder, OrderSource);
        work.Write(root + "Acme.Shop/Application/PlaceOrder.cs", PlaceOrderSource);
        work.Write(root + "Acme.Shop/Infrastructure/SqlOrderStore.cs", SqlOrderStoreSource);
        work.Write(root + WebEndpoint, EndpointSource);
        work.Write(root + WebNotifier, NotifierSource);
    }

    /// <summary>The packages the consumer references (and nothing else), its harness.rules and its .editorconfig.</summary>
    public static void WriteStep(TempDirectory work, IEnumerable<(string Id, string Version)> packs, string rules, string? editorConfig)
    {
        var root = Folder + "/";
        var references = string.Join("\n", packs.Select(p => $"""    <PackageReference Include="{p.Id}" Version="{p.Version}" />"""));
        work.Write(root + "Directory.Build.props", $$"""
            <Project>
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <ErrorLog Condition="'$(HarnessSarifFolder)' != ''">$(HarnessSarifFolder)/$(MSBuildProjectName).sarif,version=2.1</ErrorLog>
              </PropertyGroup>
              <!-- Rule packs only: each brings Harness.Analyzers as its dependency. -->
              <ItemGroup>
            {{references}}
              </ItemGroup>
            </Project>
            """);
        work.Write(root + "harness.rules", rules);
        if (editorConfig is null)
        {
            work.Delete(root + ".editorconfig");
        }
        else
        {
            work.Write(root + ".editorconfig", editorConfig);
        }
    }
}
