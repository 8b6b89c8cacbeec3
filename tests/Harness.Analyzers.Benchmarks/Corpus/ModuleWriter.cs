using System.Collections.Generic;
using System.Linq;

namespace Harness.Analyzers.Benchmarks.Corpus;

/// <summary>Writes the per-module wiring that lists every aggregate of a module: persistence registration and route catalog.</summary>
internal static class ModuleWriter
{
    public static IEnumerable<CorpusFile> All(IReadOnlyList<AggregateModel> aggregates)
    {
        foreach (var module in aggregates.GroupBy(a => a.Module))
        {
            yield return PersistenceRegistration(module.Key, module.ToList());
            yield return EndpointCatalog(module.Key, module.ToList());
        }
    }

    private static CorpusFile PersistenceRegistration(string module, IReadOnlyList<AggregateModel> aggregates)
    {
        var w = new CodeWriter();
        w.Usings(["System", $"Bench.Shop.Domain.{module}", "Bench.Shop.Infrastructure.Common"]);
        w.Namespace(aggregates[0].InfrastructureNamespace);
        w.Open($"public static class {module}PersistenceRegistration");
        w.Open($"public static ServiceRegistry Add{module}Persistence(this ServiceRegistry registry)");
        w.Line("ArgumentNullException.ThrowIfNull(registry);");
        foreach (var a in aggregates)
        {
            w.Line($"registry.Register<{a.Repository}>(() => new {a.InMemoryRepository}());");
        }

        w.Line("return registry;");
        w.Close();
        w.Close();
        return new CorpusFile($"Infrastructure/Persistence/{module}/{module}PersistenceRegistration.cs", w.ToString());
    }

    private static CorpusFile EndpointCatalog(string module, IReadOnlyList<AggregateModel> aggregates)
    {
        var w = new CodeWriter();
        w.Usings(["System", "System.Collections.Generic", "System.Linq"]);
        w.Namespace(aggregates[0].WebNamespace);
        w.Open($"public static class {module}EndpointCatalog");
        w.Line("public static IReadOnlyList<string> Routes { get; } =");
        w.Line("[");
        foreach (var a in aggregates)
        {
            w.Line($"    {a.Endpoints}.Routes.Base,");
        }

        w.Line("];");
        w.Line();
        w.Line("public static IEnumerable<string> Matching(string prefix)");
        w.Line("    => Routes.Where(route => route.StartsWith(prefix, StringComparison.Ordinal));");
        w.Close();
        return new CorpusFile($"Web/Endpoints/{module}/{module}EndpointCatalog.cs", w.ToString());
    }
}
