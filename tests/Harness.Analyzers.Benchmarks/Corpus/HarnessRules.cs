namespace Harness.Analyzers.Benchmarks.Corpus;

/// <summary>The <c>harness.rules</c> of the corpus: the layered architecture the generated code follows.</summary>
internal static class HarnessRules
{
    public const string Text = """
        # harness.rules: the architecture of the Bench.Shop benchmark corpus
        root = true

        [layer domain]
        namespaces = Bench.Shop.Domain.**
        may_use    = nothing
        because    = the domain is pure: no I/O, no frameworks

        [layer application]
        namespaces = Bench.Shop.Application.**
        may_use    = domain
        because    = use cases orchestrate the domain and know nothing of delivery or storage

        [layer infrastructure]
        namespaces = Bench.Shop.Infrastructure.**
        may_use    = application, domain

        [layer web]
        namespaces = Bench.Shop.Web.**
        may_use    = application, domain
        because    = endpoints talk to use cases, never to storage

        [modules features]
        namespaces = Bench.Shop.Application.{module}.**
        may_use    = Common
        because    = feature modules are released and owned independently

        [ban domain]
        P:System.DateTime.Now = inject IClock so that time can be tested
        N:System.Net.Http = the domain does no I/O

        [ban *]
        M:System.Console.WriteLine = use ILogger

        """;
}
