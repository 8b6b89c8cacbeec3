using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Xml.Linq;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Harness.Analyzers.Tests.RulePacks;

/// <summary>
/// The shipped rule packs (rules/&lt;PackId&gt;/), fed to every analyzer as a consumer gets them: the pack's
/// <c>*.harness.rules</c> as an additional file under the package folder, its <c>.globalconfig</c> as a global
/// analyzer config, the repository's own <c>harness.rules</c> / <c>.editorconfig</c> / <c>.globalconfig</c> where a
/// test adds them. Each pack: a sample that follows its conventions (nothing reported) and one that breaks them
/// (exactly the expected diagnostics, with the pack's severities). The end-to-end tests in
/// Harness.Analyzers.PackageTests check the same through NuGet and <c>dotnet build</c>.
/// </summary>
public class RulePackTests
{
    private const string CleanArchitecture = "Harness.Rules.CleanArchitecture";
    private const string AiHygiene = "Harness.Rules.AiHygiene";
    private const string StrictCi = "Harness.Rules.StrictCi";
    private const string CleanArchitectureFile = CleanArchitecture + ".harness.rules";

    private static readonly Lazy<string> RepositoryRoot = new(FindRepositoryRoot);

    // ---------------------------------------------------------------- Harness.Rules.CleanArchitecture

    /// <summary>Layers in a solution whose root namespace the pack does not know, plus a composition root in no layer: a file per namespace.</summary>
    private static readonly string[] CleanSolution =
    {
        """
        using System;

        namespace Acme.Shop.Domain;

        public sealed class Order
        {
            public Order(int quantity, DateTimeOffset placedAt) { Quantity = quantity; PlacedAt = placedAt; }
            public int Quantity { get; }
            public DateTimeOffset PlacedAt { get; }
            public static Order Place(int quantity, DateTimeOffset now) => new Order(Math.Max(quantity, 1), now);
        }

        public interface IOrderRepository { void Add(Order order); System.Collections.Generic.IReadOnlyList<Order> All(); }
        """,
        """
        using System;
        using Acme.Shop.Domain;

        namespace Acme.Shop.Application.Orders;

        public sealed class PlaceOrder
        {
            private readonly IOrderRepository _orders;
            private readonly TimeProvider _clock;
            public PlaceOrder(IOrderRepository orders, TimeProvider clock) { _orders = orders; _clock = clock; }
            public Order Handle(int quantity) { var order = Order.Place(quantity, _clock.GetUtcNow()); _orders.Add(order); return order; }
        }
        """,
        """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using Acme.Shop.Domain;

        namespace Acme.Shop.Infrastructure.Persistence;

        public sealed class FileOrderRepository : IOrderRepository
        {
            private readonly List<Order> _orders = new();
            public void Add(Order order) { _orders.Add(order); File.AppendAllText("orders.log", order.Quantity + Environment.NewLine); }
            public IReadOnlyList<Order> All() => _orders;
        }
        """,
        """
        namespace Acme.Shop.Web.Infrastructure;

        // A web project's own plumbing folder: presentation, since presentation comes first in the pack.
        public static class Responses { public static string Created(int id) => "/orders/" + id; }
        """,
        """
        using Acme.Shop.Application.Orders;
        using Acme.Shop.Web.Infrastructure;

        namespace Acme.Shop.Web.Endpoints;

        public sealed class OrdersEndpoint
        {
            private readonly PlaceOrder _placeOrder;
            public OrdersEndpoint(PlaceOrder placeOrder) => _placeOrder = placeOrder;
            public string Post(int quantity) => Responses.Created(_placeOrder.Handle(quantity).Quantity);
        }
        """,
        """
        using System;
        using Acme.Shop.Application.Orders;
        using Acme.Shop.Infrastructure.Persistence;
        using Acme.Shop.Web.Endpoints;

        namespace Acme.Shop.Host;

        // The composition root is in no layer: it wires everything.
        public static class CompositionRoot
        {
            public static OrdersEndpoint Create() => new OrdersEndpoint(new PlaceOrder(new FileOrderRepository(), TimeProvider.System));
        }
        """,
    };

    /// <summary>Stand-ins for framework types that the test references do not hold; the bans match them by namespace.</summary>
    private const string Frameworks = """
        namespace Microsoft.EntityFrameworkCore { public class DbContext { } }
        namespace Microsoft.AspNetCore.Http { public abstract class HttpContext { } }
        """;

    [Fact]
    public Task CleanArchitecture_a_solution_that_follows_it_has_no_findings() =>
        Consumer(CleanArchitecture).WithSources(CleanSolution).WithSources(Frameworks).RunAsync();

    [Fact]
    public Task CleanArchitecture_reports_each_broken_direction_as_an_error_and_each_banned_api_as_a_warning()
    {
        var domain = """
            using System;
            using {|#11:System.Net.Http|};

            namespace Acme.Shop.Domain
            {
                public sealed class Order
                {
                    public DateTime Stamp() => DateTime.{|#0:Now|};
                    public DateTime Utc() => DateTime.{|#1:UtcNow|};
                    public string Load(string path) => System.IO.{|#2:File|}.ReadAllText(path);
                    public {|#3:HttpClient|}? Client { get; set; }
                    public void Log() => {|#4:Console|}.WriteLine("placed");
                    public Microsoft.EntityFrameworkCore.{|#5:DbContext|}? Context { get; set; }
                    public Acme.Shop.Application.{|#6:Checkout|}? Back { get; set; }
                }
            }

            """;
        var otherRoot = """
            using System;

            // Another root namespace, deeper: still the domain.
            namespace Contoso.Billing.Domain.Invoices;

            public sealed class Invoice { public DateTimeOffset Issued() => DateTimeOffset.{|#7:Now|}; }
            """;
        var application = """
            namespace Acme.Shop.Application
            {
                public sealed class Checkout
                {
                    public void Run(Microsoft.AspNetCore.Http.{|#8:HttpContext|} context) => new Acme.Shop.Infrastructure.{|#9:SqlStore|}().Save();
                }
            }

            namespace Acme.Shop.Infrastructure
            {
                public sealed class SqlStore { public void Save() { } }
            }

            namespace Acme.Shop.Web
            {
                public sealed class OrdersEndpoint
                {
                    public void Post() => new Acme.Shop.Infrastructure.{|#10:SqlStore|}().Save();
                }
            }
            """;

        var test = Consumer(CleanArchitecture).WithSources(domain, otherRoot, application, Frameworks);
        const string Clock = "the domain reads no clock: pass the time in, or inject TimeProvider";
        test.ExpectedDiagnostics.Add(Warning("HAR1003", 0,
            $"'Acme.Shop.Domain.Order' uses 'System.DateTime.Now', banned by P:System.DateTime.Now ({CleanArchitectureFile}, ban domain): {Clock}"));
        test.ExpectedDiagnostics.Add(Warning("HAR1003", 1,
            $"'Acme.Shop.Domain.Order' uses 'System.DateTime.UtcNow', banned by P:System.DateTime.UtcNow ({CleanArchitectureFile}, ban domain): {Clock}"));
        test.ExpectedDiagnostics.Add(Warning("HAR1003", 2,
            $"'Acme.Shop.Domain.Order' uses 'System.IO.File', banned by N:System.IO ({CleanArchitectureFile}, ban domain): the domain does no I/O"));
        // A using directive is a use of the namespace.
        test.ExpectedDiagnostics.Add(Warning("HAR1003", 11,
            $"'Acme.Shop.Domain' uses 'System.Net.Http', banned by N:System.Net ({CleanArchitectureFile}, ban domain): the domain does no I/O"));
        test.ExpectedDiagnostics.Add(Warning("HAR1003", 3,
            $"'Acme.Shop.Domain.Order' uses 'System.Net.Http.HttpClient', banned by N:System.Net ({CleanArchitectureFile}, ban domain): the domain does no I/O"));
        test.ExpectedDiagnostics.Add(Warning("HAR1003", 4,
            $"'Acme.Shop.Domain.Order' uses 'System.Console', banned by T:System.Console ({CleanArchitectureFile}, ban domain): the domain does no I/O"));
        test.ExpectedDiagnostics.Add(Warning("HAR1003", 5,
            $"'Acme.Shop.Domain.Order' uses 'Microsoft.EntityFrameworkCore.DbContext', banned by N:Microsoft.EntityFrameworkCore ({CleanArchitectureFile}, ban domain): the domain knows no persistence framework: map it in infrastructure"));
        test.ExpectedDiagnostics.Add(Error("HAR1001", 6,
            $"'Acme.Shop.Domain.Order' (layer domain) uses 'Acme.Shop.Application.Checkout' (layer application); domain may use nothing ({CleanArchitectureFile}, layer domain): the domain is the core: it depends on nothing"));
        test.ExpectedDiagnostics.Add(Warning("HAR1003", 7,
            $"'Contoso.Billing.Domain.Invoices.Invoice' uses 'System.DateTimeOffset.Now', banned by P:System.DateTimeOffset.Now ({CleanArchitectureFile}, ban domain): {Clock}"));
        test.ExpectedDiagnostics.Add(Warning("HAR1003", 8,
            $"'Acme.Shop.Application.Checkout' uses 'Microsoft.AspNetCore.Http.HttpContext', banned by N:Microsoft.AspNetCore ({CleanArchitectureFile}, ban application): the application knows no web framework: presentation adapts HTTP to it"));
        test.ExpectedDiagnostics.Add(Error("HAR1001", 9,
            $"'Acme.Shop.Application.Checkout' (layer application) uses 'Acme.Shop.Infrastructure.SqlStore' (layer infrastructure); application may use domain ({CleanArchitectureFile}, layer application): the application depends only on the domain; infrastructure implements its interfaces"));
        test.ExpectedDiagnostics.Add(Error("HAR1001", 10,
            $"'Acme.Shop.Web.OrdersEndpoint' (layer presentation) uses 'Acme.Shop.Infrastructure.SqlStore' (layer infrastructure); presentation may use application, domain ({CleanArchitectureFile}, layer presentation): presentation adapts the outside world to the application; it gets infrastructure injected by the composition root"));
        return test.RunAsync();
    }

    [Fact]
    public Task CleanArchitecture_the_repository_harness_rules_overrides_a_key_and_lifts_a_ban()
    {
        var code = """
            namespace Acme.Shop.Domain
            {
                public sealed class Order
                {
                    public System.DateTime Stamp() => System.DateTime.{|#0:Now|};
                    public System.DateTime Utc() => System.DateTime.UtcNow; // lifted by the repository
                }
            }

            namespace Acme.Shop.Infrastructure { public sealed class SqlStore { public void Save() { } } }

            namespace Acme.Shop.Web
            {
                public sealed class OrdersEndpoint { public void Post() => new Acme.Shop.Infrastructure.SqlStore().Save(); }
            }

            namespace Acme.Shop.Application
            {
                public sealed class Checkout { public void Run() => new Acme.Shop.Infrastructure.{|#1:SqlStore|}().Save(); }
            }
            """;
        var repository = """
            root = true

            [layer presentation]
            may_use = application, domain, infrastructure

            [layer application]
            because = OURS: the use cases stay testable

            [ban domain]
            P:System.DateTime.UtcNow = off
            """;

        var test = Consumer(CleanArchitecture).WithRepositoryRules(repository).WithSources(code);
        test.ExpectedDiagnostics.Add(Warning("HAR1003", 0));
        // The message names where the layer's may_use comes from (still the pack), and the repository's because.
        test.ExpectedDiagnostics.Add(Error("HAR1001", 1,
            $"'Acme.Shop.Application.Checkout' (layer application) uses 'Acme.Shop.Infrastructure.SqlStore' (layer infrastructure); application may use domain ({CleanArchitectureFile}, layer application): OURS: the use cases stay testable"));
        return test.RunAsync();
    }

    [Fact]
    public Task CleanArchitecture_severities_yield_to_the_repository_editorconfig_and_globalconfig()
    {
        var code = """
            namespace Acme.Shop.Domain
            {
                public sealed class Order { public System.DateTime Stamp() => System.DateTime.{|#0:Now|}; }
            }

            namespace Acme.Shop.Infrastructure { public sealed class SqlStore { public void Save() { } } }

            namespace Acme.Shop.Web
            {
                public sealed class OrdersEndpoint { public void Post() => new Acme.Shop.Infrastructure.{|#1:SqlStore|}().Save(); }
            }
            """;

        // The pack's global config is at global_level -10: an .editorconfig section and a .globalconfig (level 100) both win.
        var test = Consumer(CleanArchitecture).WithSources(code);
        test.AnalyzerConfigFiles.Add(("/repo/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.HAR1001.severity = warning\n"));
        test.AnalyzerConfigFiles.Add(("/repo/.globalconfig", "is_global = true\ndotnet_diagnostic.HAR1003.severity = error\n"));
        test.ExpectedDiagnostics.Add(Error("HAR1003", 0));
        test.ExpectedDiagnostics.Add(Warning("HAR1001", 1));
        return test.RunAsync();
    }

    [Fact]
    public Task CleanArchitecture_conventions_place_and_name_repositories_seal_handlers_and_keep_controllers_routable()
    {
        var stand_ins = """
            namespace MediatR { public interface IRequestHandler<TRequest, TResponse> { } }
            namespace Microsoft.AspNetCore.Mvc { public abstract class ControllerBase { } }
            """;
        var code = """
            namespace Acme.Shop.Domain
            {
                public interface IRepository<T> { }
                public interface IOrderRepository : IRepository<int> { }
                public sealed class {|#0:OrderRepository|} : IOrderRepository { }
            }

            namespace Acme.Shop.Infrastructure
            {
                public abstract class EfRepositoryBase<T> : Acme.Shop.Domain.IRepository<T> { }
                public sealed class SqlOrderRepository : EfRepositoryBase<int>, Acme.Shop.Domain.IOrderRepository { }
                public sealed class {|#1:SqlOrders|} : EfRepositoryBase<int> { }
            }

            namespace Acme.Shop.Application
            {
                public sealed record PlaceOrder(int Quantity);
                public class {|#2:PlaceOrderHandler|} : MediatR.IRequestHandler<PlaceOrder, int> { }
                public abstract class HandlerBase<T> : MediatR.IRequestHandler<T, int> { }
                public sealed class CancelOrderHandler : HandlerBase<PlaceOrder> { }
            }

            namespace Acme.Shop.Web.Controllers
            {
                public sealed class OrdersController : Microsoft.AspNetCore.Mvc.ControllerBase { }
                public sealed class {|#3:Health|} : Microsoft.AspNetCore.Mvc.ControllerBase { }
                public static class {|#4:LegacyController|} { }
            }
            """;
        var test = Consumer(CleanArchitecture).WithSources(code, stand_ins);
        test.ExpectedDiagnostics.Add(Warning("HAR3002", 0,
            $"'Acme.Shop.Domain.OrderRepository' is in layer domain; convention repositories requires layer infrastructure ({CleanArchitectureFile}, convention repositories): repositories are the storage adapters of the domain's interfaces: infrastructure holds them, and their names say what they are"));
        test.ExpectedDiagnostics.Add(Warning("HAR3001", 1));
        test.ExpectedDiagnostics.Add(Warning("HAR3003", 2,
            $"'Acme.Shop.Application.PlaceOrderHandler' is not sealed; convention handlers requires sealed ({CleanArchitectureFile}, convention handlers): a handler is the end of one use case: nothing derives from it, and its name says so"));
        test.ExpectedDiagnostics.Add(Warning("HAR3001", 3));
        test.ExpectedDiagnostics.Add(Warning("HAR3003", 4,
            $"'Acme.Shop.Web.Controllers.LegacyController' is static; convention static-controllers forbids static ({CleanArchitectureFile}, convention static-controllers): a static class is never instantiated, so ASP.NET Core never routes to it"));
        return test.RunAsync();
    }

    /// <summary>Stand-ins for the packages the application may and may not use.</summary>
    private const string ExternalStandIns = """
        namespace Microsoft.Extensions.Logging { public interface ILogger { void Log(string message); } }
        namespace Microsoft.Extensions.DependencyInjection { public interface IServiceCollection { } }
        namespace MediatR { public interface IRequest<T> { } }
        namespace Microsoft.Data.SqlClient { public sealed class SqlConnection { } }
        """;

    /// <summary>A domain and an application that each use one type their external list does not allow.</summary>
    private const string ExternalUses = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;

        namespace Acme.Shop.Domain
        {
            public sealed class Order
            {
                public Guid Id { get; } = Guid.NewGuid();
                public List<int> Lines { get; } = new();
                public int Total => Lines.Sum();
                public System.Text.Json.{|#0:JsonDocument|}? Snapshot { get; set; }
                public string Load(string path) => System.IO.{|#1:File|}.ReadAllText(path); // banned: reported by the ban only
            }

            public interface IOrderRepository { Task AddAsync(Order order, CancellationToken cancellationToken); }
        }

        namespace Acme.Shop.Application
        {
            public sealed record PlaceOrder(int Quantity) : MediatR.IRequest<Guid>;

            public sealed class PlaceOrderService
            {
                private readonly Microsoft.Extensions.Logging.ILogger _log;
                public PlaceOrderService(Microsoft.Extensions.Logging.ILogger log) => _log = log;
                public void Place(PlaceOrder command) => _log.Log("placed " + command.Quantity);
                public void Export(string path) => System.IO.{|#2:File|}.WriteAllText(path, "orders");
                public Microsoft.Data.SqlClient.{|#3:SqlConnection|}? Connection { get; set; }
            }

            public static class ApplicationServices
            {
                public static Microsoft.Extensions.DependencyInjection.IServiceCollection Add(Microsoft.Extensions.DependencyInjection.IServiceCollection services) => services;
            }
        }

        namespace Acme.Shop.Infrastructure
        {
            public sealed class SqlOrders { public Microsoft.Data.SqlClient.SqlConnection Connection { get; } = new(); public void Save() => System.IO.File.WriteAllText("x", "y"); }
        }
        """;

    [Fact]
    public Task CleanArchitecture_external_lists_keep_the_domain_to_the_BCL_basics_and_the_application_to_abstractions()
    {
        var test = Consumer(CleanArchitecture).WithSources(ExternalUses, ExternalStandIns);
        test.ExpectedDiagnostics.Add(Warning("HAR1006", 0,
            $"'Acme.Shop.Domain.Order' (layer domain) uses 'System.Text.Json.JsonDocument', which belongs to no layer; domain may use external System, System.Collections.**, System.Linq, System.Text, System.Text.RegularExpressions, System.Globalization, System.Threading, System.Threading.Tasks, System.Diagnostics.CodeAnalysis, System.Runtime.CompilerServices ({CleanArchitectureFile}, layer domain): the domain is the core: it depends on nothing"));
        test.ExpectedDiagnostics.Add(Warning("HAR1003", 1));
        test.ExpectedDiagnostics.Add(Warning("HAR1006", 2));
        test.ExpectedDiagnostics.Add(Warning("HAR1006", 3));
        return test.RunAsync();
    }

    [Fact]
    public Task CleanArchitecture_the_repository_harness_rules_lifts_an_external_list_with_a_pattern_for_every_namespace()
    {
        var repository = """
            root = true

            [layer application]
            external = **
            """;
        var test = Consumer(CleanArchitecture).WithRepositoryRules(repository).WithSources(ExternalUses, ExternalStandIns);
        test.ExpectedDiagnostics.Add(Warning("HAR1006", 0));
        test.ExpectedDiagnostics.Add(Warning("HAR1003", 1));
        return test.RunAsync();
    }

    // ---------------------------------------------------------------- Harness.Rules.AiHygiene

    [Fact]
    public Task AiHygiene_code_without_copies_rewrites_or_placeholders_has_no_findings()
    {
        var code = """
            using System;
            using System.Collections.Generic;
            using System.Linq;

            namespace Acme.Mail;

            public sealed class Mailer
            {
                private readonly List<string> _sent = new();

                public int Send(string to, string body)
                {
                    if (string.IsNullOrWhiteSpace(to)) { throw new ArgumentException("no recipient", nameof(to)); }
                    _sent.Add(to + ": " + body);
                    return _sent.Count;
                }

                public IReadOnlyList<string> SentTo(string domain) => _sent.Where(s => s.Contains("@" + domain, StringComparison.Ordinal)).ToList();

                public string Summary()
                {
                    var byDomain = _sent.GroupBy(s => s.Split('@').Last()).Select(g => g.Key + "=" + g.Count());
                    return string.Join(", ", byDomain);
                }
            }
            """;
        return Consumer(AiHygiene).WithSources(code).RunAsync();
    }

    [Fact]
    public Task AiHygiene_reports_placeholders_and_versioned_twins_as_errors_and_smaller_copies_than_the_defaults()
    {
        var code = """
            using System;
            using System.Threading.Tasks;

            namespace Acme.Mail;

            public sealed class Mailer
            {
                public async Task<int> {|#0:SendAsync|}(string to, string body)
                {
                    var attempts = 0;
                    while (attempts < 3)
                    {
                        attempts++;
                        if (await TryAsync(to, body)) { return attempts; }
                    }

                    return -1;
                }

                public async Task<int> {|#1:SendFinalAsync|}(string to, string body, int retries)
                {
                    var attempts = 0;
                    while (attempts < retries)
                    {
                        attempts++;
                        if (await TryAsync(to, body)) { return attempts; }
                    }

                    return -1;
                }

                public void Archive()
                {
                    {|#2:// ... existing code ...|}
                }

                public string Render(string template) => {|#3:throw new NotImplementedException()|};

                private Task<bool> TryAsync(string to, string body) => Task.FromResult(to.Length > body.Length);
            }

            public sealed class Totals
            {
                public int {|#4:Sum|}(int[] values) { var total = 0; foreach (var v in values) { if (v > 0) { total += v * 2; } } return total; }
            }

            public sealed class Counters
            {
                public int {|#5:Count|}(int[] items) { var n = 0; foreach (var i in items) { if (i > 1) { n += i * 3; } } return n; }
            }
            """;
        var test = Consumer(AiHygiene).WithSources(code);
        // 'Final' is one of the pack's extra suffixes: the default list does not know it.
        test.ExpectedDiagnostics.Add(Error("HAR2005", 1).WithAdditionalMarker(0));
        test.ExpectedDiagnostics.Add(Error("HAR2006", 2));
        test.ExpectedDiagnostics.Add(Error("HAR2006", 3));
        // Under the default min_tokens (40): only the pack's 25 reports these copies.
        test.ExpectedDiagnostics.Add(Warning("HAR2001", 5).WithAdditionalMarker(4));
        return test.RunAsync();
    }

    [Fact]
    public async Task AiHygiene_without_the_pack_the_defaults_do_not_report_those_copies_and_rewrites()
    {
        var code = """
            using System.Threading.Tasks;

            namespace Acme.Mail;

            public sealed class Mailer
            {
                public async Task<int> SendAsync(string to, string body)
                {
                    var attempts = 0;
                    while (attempts < 3) { attempts++; if (await TryAsync(to, body)) { return attempts; } }
                    return -1;
                }

                public async Task<int> SendFinalAsync(string to, string body, int retries)
                {
                    var attempts = 0;
                    while (attempts < retries) { attempts++; if (await TryAsync(to, body)) { return attempts; } }
                    return -1;
                }

                private Task<bool> TryAsync(string to, string body) => Task.FromResult(to.Length > body.Length);
            }

            public sealed class Totals { public int Sum(int[] values) { var total = 0; foreach (var v in values) { if (v > 0) { total += v * 2; } } return total; } }

            public sealed class Counters { public int Count(int[] items) { var n = 0; foreach (var i in items) { if (i > 1) { n += i * 3; } } return n; } }
            """;
        var withoutPack = new AnalyzerTest(AllAnalyzers());
        withoutPack.Sources.Add(("/repo/src/File0.cs", code));
        var reported = await withoutPack.GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(reported, d => d.Id is "HAR2001" or "HAR2005");
    }

    // ---------------------------------------------------------------- Harness.Rules.StrictCi

    [Fact]
    public Task StrictCi_clean_code_and_rules_have_no_findings()
    {
        var rules = """
            root = true

            [layer domain]
            namespaces = **.Domain.**
            may_use    = nothing

            [ban *]
            M:System.Console.WriteLine = use ILogger
            """;
        var code = """
            namespace Acme.Domain;

            public sealed class Order { public int Quantity { get; init; } }
            """;
        return Consumer(StrictCi).WithRepositoryRules(rules).WithSources(code).RunAsync();
    }

    [Fact]
    public Task StrictCi_makes_every_finding_an_error_including_those_in_rules_files()
    {
        var rules = """
            root = true

            [layer domain]
            namespaces = **.Domain.**
            may_use    = nothing
            {|#0:colour = blue|}

            [layer infrastructure]
            namespaces = **.Infrastructure.**

            [ban *]
            M:System.Console.WriteLine = use ILogger
            """;
        var code = """
            namespace Acme.Infrastructure
            {
                public sealed class Store { public void Save() => System.Console.{|#1:WriteLine|}("saved"); }
            }

            namespace Acme.Domain
            {
                public sealed class Order
                {
                    public void Save() => new Acme.Infrastructure.{|#2:Store|}().Save();
                    public void Later() => {|#3:throw new System.NotImplementedException()|};
                }
            }
            """;
        var test = Consumer(StrictCi).WithRepositoryRules(rules).WithSources(code);
        test.ExpectedDiagnostics.Add(Error("HAR0003", 0));
        test.ExpectedDiagnostics.Add(Error("HAR1003", 1));
        test.ExpectedDiagnostics.Add(Error("HAR1001", 2));
        test.ExpectedDiagnostics.Add(Error("HAR2006", 3));
        return test.RunAsync();
    }

    [Fact]
    public Task StrictCi_wins_over_the_severities_of_other_packs_and_yields_to_the_repository()
    {
        var code = """
            namespace Acme.Shop.Domain
            {
                public sealed class Order
                {
                    public System.DateTime Stamp() => System.DateTime.{|#0:Now|};
                    public System.DateTime Utc() => System.DateTime.{|#1:UtcNow|};
                }
            }
            """;
        // CleanArchitecture says HAR1003 = warning at level -10, StrictCi error at -5: error. The repository's
        // .editorconfig wins over both, here for one file.
        var test = Consumer(CleanArchitecture, StrictCi).WithSources(code, "namespace Acme.Shop.Domain { public static class Clock { public static System.DateTime Now() => System.DateTime.{|#2:Now|}; } }");
        test.AnalyzerConfigFiles.Add(("/repo/.editorconfig", "root = true\n\n[src/File1.cs]\ndotnet_diagnostic.HAR1003.severity = suggestion\n"));
        test.ExpectedDiagnostics.Add(Error("HAR1003", 0));
        test.ExpectedDiagnostics.Add(Error("HAR1003", 1));
        test.ExpectedDiagnostics.Add(Expect("HAR1003", 2, DiagnosticSeverity.Info, null));
        return test.RunAsync();
    }

    [Fact]
    public void StrictCi_raises_every_diagnostic_except_the_one_that_is_off_by_default()
    {
        // Every descriptor (those of Descriptors, which every analyzer uses: see DocumentationTests), not only the
        // ones an analyzer supports today; a line for any other ID, or with another value, fails too.
        var config = GlobalConfigOf(StrictCi);
        var ids = typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .Where(d => d.IsEnabledByDefault)
            .Select(d => d.Id)
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(ids);

        Assert.Equal(ids.OrderBy(i => i, StringComparer.Ordinal), config.Keys.OrderBy(i => i, StringComparer.Ordinal));
        Assert.All(config, e => Assert.Equal("error", e.Value));
        Assert.DoesNotContain("HAR1005", config.Keys);
    }

    // ---------------------------------------------------------------- every pack, and the template

    [Fact]
    public void Every_pack_has_its_files_named_after_its_id_and_a_few_line_project()
    {
        var packs = PackFolders();
        Assert.Contains(CleanArchitecture, packs);
        Assert.Contains(AiHygiene, packs);
        Assert.Contains(StrictCi, packs);
        foreach (var id in packs)
        {
            var folder = Path.Combine(RepositoryRoot.Value, "rules", id);
            Assert.True(File.Exists(Path.Combine(folder, id + ".harness.rules")), $"{id}: no {id}.harness.rules");
            Assert.True(File.Exists(Path.Combine(folder, "README.md")), $"{id}: no README.md");
            var project = XDocument.Load(Path.Combine(folder, id + ".csproj"));
            Assert.Equal("Microsoft.NET.Sdk", project.Root!.Attribute("Sdk")?.Value);
            Assert.True(project.Descendants().Count() <= 8, $"{id}.csproj should hold only what is special about the pack; the kit does the rest.");
        }
    }

    [Fact]
    public void Global_configs_are_below_the_repository_and_packs_at_one_level_set_different_keys()
    {
        // Two global configs at the same level that set one key cancel each other (the compiler warns
        // MultipleGlobalAnalyzerKeys and unsets the key), so packs that may be combined must not.
        var byLevel = new Dictionary<int, List<(string Pack, string Key)>>();
        foreach (var id in PackFolders().Append("Template"))
        {
            var path = id == "Template" ? Path.Combine(RepositoryRoot.Value, "rules", "Template", "Contoso.Rules.globalconfig") : GlobalConfigPath(id);
            if (!File.Exists(path))
            {
                continue;
            }

            var entries = ReadGlobalConfig(path);
            Assert.Equal("true", entries.GetValueOrDefault("is_global"));
            Assert.True(int.TryParse(entries.GetValueOrDefault("global_level"), out var level) && level < 0, $"{path}: global_level must be negative, so the repository's own settings win.");
            foreach (var key in entries.Keys.Where(k => k.StartsWith("dotnet_diagnostic.", StringComparison.Ordinal)))
            {
                (byLevel.TryGetValue(level, out var list) ? list : byLevel[level] = new()).Add((id, key));
            }
        }

        var clashes = byLevel.SelectMany(l => l.Value.GroupBy(e => e.Key).Where(g => g.Count() > 1)
            .Select(g => $"level {l.Key}: {g.Key} set by {string.Join(", ", g.Select(e => e.Pack))}")).ToList();
        Assert.True(clashes.Count == 0, string.Join(Environment.NewLine, clashes));
    }

    [Fact]
    public Task Template_rules_parse_cleanly_and_apply_with_their_severities()
    {
        var folder = Path.Combine(RepositoryRoot.Value, "rules", "Template");
        var test = new AnalyzerTest(AllAnalyzers());
        test.AdditionalFiles.Add(("/packages/contoso.rules/1.0.0/rules/Contoso.Rules.harness.rules", File.ReadAllText(Path.Combine(folder, "Contoso.Rules.harness.rules"))));
        test.AnalyzerConfigFiles.Add(("/packages/contoso.rules/1.0.0/rules/Contoso.Rules.globalconfig", File.ReadAllText(Path.Combine(folder, "Contoso.Rules.globalconfig"))));
        test.Sources.Add(("/repo/src/File0.cs", """
            namespace Contoso.Tools;

            public static class Report
            {
                public static void Print(string line) => System.Console.{|#0:WriteLine|}(line);
                public static void Print(int value) => System.Console.Write(value);
            }
            """));
        test.ExpectedDiagnostics.Add(Error("HAR1003", 0,
            "'Contoso.Tools.Report' uses 'System.Console.WriteLine', banned by M:System.Console.WriteLine (Contoso.Rules.harness.rules, ban *): log through ILogger"));
        return test.RunAsync();
    }

    [Fact]
    public void Template_depends_on_the_Harness_Analyzers_version_of_this_repository()
    {
        var version = XDocument.Load(Path.Combine(RepositoryRoot.Value, "Directory.Build.props")).Descendants("Version").Single().Value;
        var folder = Path.Combine(RepositoryRoot.Value, "rules", "Template");

        using var template = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, ".template.config", "template.json")));
        Assert.Equal("harness-rulepack", template.RootElement.GetProperty("shortName").GetString());
        Assert.Equal(version, template.RootElement.GetProperty("symbols").GetProperty("HarnessVersion").GetProperty("defaultValue").GetString());
        Assert.Equal(version, XDocument.Load(Path.Combine(folder, "Contoso.Rules.csproj")).Descendants("HarnessAnalyzersVersion").Single().Value);
    }

    // ---------------------------------------------------------------- helpers

    private static ExpectedDiagnostic Error(string id, int marker, string? message = null) => Expect(id, marker, DiagnosticSeverity.Error, message);

    private static ExpectedDiagnostic Warning(string id, int marker, string? message = null) => Expect(id, marker, DiagnosticSeverity.Warning, message);

    private static ExpectedDiagnostic Expect(string id, int marker, DiagnosticSeverity severity, string? message)
    {
        var expected = ExpectedDiagnostic.Diagnostic(id).AtMarker(marker).WithSeverity(severity);
        return message is null ? expected : expected.WithMessage(message);
    }

    /// <summary>Every analyzer of the package, as a consumer's build runs them.</summary>
    private static DiagnosticAnalyzer[] AllAnalyzers() => typeof(Descriptors).Assembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToArray();

    /// <summary>A consumer project that references <paramref name="packs"/>: their files where NuGet puts them.</summary>
    private static PackConsumer Consumer(params string[] packs)
    {
        var test = new AnalyzerTest(AllAnalyzers());
        foreach (var id in packs)
        {
            var folder = $"/packages/{id.ToLowerInvariant()}/1.0.0/rules/";
            test.AdditionalFiles.Add((folder + id + ".harness.rules", File.ReadAllText(Path.Combine(RepositoryRoot.Value, "rules", id, id + ".harness.rules"))));
            if (File.Exists(GlobalConfigPath(id)))
            {
                test.AnalyzerConfigFiles.Add((folder + id + ".globalconfig", File.ReadAllText(GlobalConfigPath(id))));
            }
        }

        return new PackConsumer(test);
    }

    private static string GlobalConfigPath(string id) => Path.Combine(RepositoryRoot.Value, "rules", id, id + ".globalconfig");

    private static IReadOnlyList<string> PackFolders() =>
        Directory.GetDirectories(Path.Combine(RepositoryRoot.Value, "rules"))
            .Select(Path.GetFileName)
            .Where(name => name is not null && File.Exists(Path.Combine(RepositoryRoot.Value, "rules", name, name + ".csproj")))
            .Select(name => name!)
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();

    /// <summary>The severities a pack's global config sets, by diagnostic ID.</summary>
    private static Dictionary<string, string> GlobalConfigOf(string id) =>
        ReadGlobalConfig(GlobalConfigPath(id))
            .Where(e => e.Key.StartsWith("dotnet_diagnostic.", StringComparison.Ordinal) && e.Key.EndsWith(".severity", StringComparison.Ordinal))
            .ToDictionary(e => e.Key.Split('.')[1], e => e.Value, StringComparer.Ordinal);

    private static Dictionary<string, string> ReadGlobalConfig(string path)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(path))
        {
            var match = Regex.Match(line, @"^\s*([^#;=\s][^=]*?)\s*=\s*(.*?)\s*$");
            if (match.Success)
            {
                entries[match.Groups[1].Value] = match.Groups[2].Value;
            }
        }

        return entries;
    }

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(ThisFilePath())! })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Harness.Analyzers.sln")) && Directory.Exists(Path.Combine(folder.FullName, "rules")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException($"No folder holding Harness.Analyzers.sln and rules/ above '{AppContext.BaseDirectory}'.");
    }

    private static string ThisFilePath([CallerFilePath] string path = "") => path;

    /// <summary>An <see cref="AnalyzerTest"/> with the packs in place; sources go under /repo/src, the repository's rules at /repo.</summary>
    private sealed class PackConsumer(AnalyzerTest test)
    {
        public List<ExpectedDiagnostic> ExpectedDiagnostics => test.ExpectedDiagnostics;

        public List<(string Path, string Text)> AnalyzerConfigFiles => test.AnalyzerConfigFiles;

        public PackConsumer WithSources(params string[] sources)
        {
            foreach (var source in sources)
            {
                test.Sources.Add(($"/repo/src/File{test.Sources.Count}.cs", source));
            }

            return this;
        }

        public PackConsumer WithRepositoryRules(string rules)
        {
            test.AdditionalFiles.Add(("/repo/harness.rules", rules));
            return this;
        }

        public Task RunAsync() => test.RunAsync();
    }
}
