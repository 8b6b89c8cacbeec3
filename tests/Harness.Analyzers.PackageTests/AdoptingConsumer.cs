using System.Collections.Generic;

namespace Harness.Analyzers.PackageTests;

/// <summary>
/// The existing solution that adopts the package in <see cref="AdoptionEndToEndTests"/>: a domain project that reads
/// the clock it is banned from and a web project with placeholders and a banned console write.
/// <code>
/// adopt/harness.rules            root = true: layers domain and web, DateTime.Now banned in the domain, Console.WriteLine everywhere
/// adopt/Shop.Domain/Order.cs     DateTime.Now (HAR1003), a NotImplementedException stub (HAR2006)
/// adopt/Shop.Web/Endpoint.cs     Console.WriteLine (HAR1003), a NotImplementedException stub (HAR2006)
/// </code>
/// </summary>
internal static class AdoptingConsumer
{
    public const string Root = "adopt/";
    public const string SolutionFile = "Adopt.slnx";
    public const string Baseline = Root + "harness.baseline";
    public const string OrderFile = "Shop.Domain/Order.cs";
    public const string EndpointFile = "Shop.Web/Endpoint.cs";

    private const string Rules = """
        root = true

        [layer domain]
        namespaces = Shop.Domain.**
        may_use    = nothing

        [layer web]
        namespaces = Shop.Web.**
        may_use    = domain

        [ban domain]
        P:System.DateTime.Now = inject a clock

        [ban *]
        M:System.Console.WriteLine = use a logger
        """;

    private const string Order = """
        using System;

        namespace Shop.Domain;

        public class Order
        {
            public DateTime Placed { get; private set; }

            public void Stamp() { Placed = DateTime.Now; }

            public decimal Discount(decimal total) => throw new NotImplementedException();
        }
        """;

    /// <summary>The same code, its members reordered and reformatted, a comment and a member added elsewhere.</summary>
    public const string OrderMoved = """
        using System;

        namespace Shop.Domain;

        /// <summary>An order.</summary>
        public class Order
        {
            public decimal Discount(decimal total)
                => throw new NotImplementedException( );

            public int Lines { get; set; }

            public void Stamp()
            {
                // when the order was placed
                Placed   =   DateTime.Now;
            }

            public DateTime Placed { get; private set; }
        }
        """;

    /// <summary>The moved code with one new use of the banned clock, in a new member.</summary>
    public static readonly string OrderWithNewViolation = OrderMoved.Replace(
        "    public DateTime Placed { get; private set; }\n}",
        "    public DateTime Placed { get; private set; }\n\n    public DateTime Shipped { get; } = DateTime.Now;\n}");

    private const string Endpoint = """
        using System;

        namespace Shop.Web;

        public class Endpoint
        {
            public void Handle(Shop.Domain.Order order)
            {
                order.Stamp();
                Console.WriteLine("stamped");
            }

            public string Export(Shop.Domain.Order order) => throw new NotImplementedException();
        }
        """;

    public const string EndpointReformatted = """
        using System;

        namespace Shop.Web
        {
            public class Endpoint
            {
                public string Export( Shop.Domain.Order order ) =>
                    throw new NotImplementedException();

                public void Handle(Shop.Domain.Order order)
                {
                    order.Stamp();

                    Console.WriteLine(
                        "stamped");
                }
            }
        }
        """;

    public const string EndpointFixed = """
        using System;

        namespace Shop.Web;

        public class Endpoint
        {
            public void Handle(Shop.Domain.Order order)
            {
                order.Stamp();
                Console.WriteLine("stamped");
            }

            public string Export(Shop.Domain.Order order) => order.Placed.ToString("O");
        }
        """;

    public static IReadOnlyList<ExpectedDiagnostic> TodaysFindings { get; } =
    [
        ConsumerSolution.At("HAR1003", OrderFile, Order, "Placed = DateTime.Now", "Now"),
        ConsumerSolution.At("HAR2006", OrderFile, Order, "Discount", "throw"),
        ConsumerSolution.At("HAR1003", EndpointFile, Endpoint, "Console.WriteLine", "WriteLine"),
        ConsumerSolution.At("HAR2006", EndpointFile, Endpoint, "Export", "throw"),
    ];

    public static ExpectedDiagnostic NewViolation { get; } =
        ConsumerSolution.At("HAR1003", OrderFile, OrderWithNewViolation, "Shipped", "Now");

    public static void WriteTo(TempDirectory work, string feedPath, string packageVersion)
    {
        ConsumerSetup.WriteNugetConfig(work, Root, feedPath);
        ConsumerSetup.WriteBuildProps(work, Root, packageVersion);
        work.Write(Root + SolutionFile, """
            <Solution>
              <Project Path="Shop.Domain/Shop.Domain.csproj" />
              <Project Path="Shop.Web/Shop.Web.csproj" />
            </Solution>
            """);
        work.Write(Root + "harness.rules", Rules);
        // A stale entry is Info by default; the team here shows it as a warning.
        work.Write(Root + ".globalconfig", "is_global = true\ndotnet_diagnostic.HAR0009.severity = warning\n");
        work.Write(Root + "Shop.Domain/Shop.Domain.csproj", """<Project Sdk="Microsoft.NET.Sdk" />""");
        work.Write(Root + OrderFile, Order);
        work.Write(Root + "Shop.Web/Shop.Web.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ProjectReference Include="../Shop.Domain/Shop.Domain.csproj" />
              </ItemGroup>
            </Project>
            """);
        work.Write(Root + EndpointFile, Endpoint);
    }
}
