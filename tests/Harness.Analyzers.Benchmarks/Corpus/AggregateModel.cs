using System.Collections.Generic;

namespace Harness.Analyzers.Benchmarks.Corpus;

internal sealed record PropertyModel(string Name, PropertyType Type)
{
    public string Parameter => char.ToLowerInvariant(Name[0]) + Name.Substring(1);
}

/// <summary>
/// One aggregate of the shop (an Order, a Product, ...) and the names every layer uses for it. The
/// random choices live here, made once by <see cref="AggregateFactory"/>, so that the layer writers
/// are pure functions of the model and a file can be rendered again with a violation injected.
/// </summary>
internal sealed record AggregateModel(
    string Module,
    string Name,
    string LineType,
    IReadOnlyList<PropertyModel> Properties,
    IReadOnlyList<string> Statuses,
    AggregateModel? Linked)
{
    public string Plural => Name + "s";

    public string Camel => char.ToLowerInvariant(Name[0]) + Name.Substring(1);

    /// <summary>The first property: a required text that names the aggregate in lists and logs.</summary>
    public PropertyModel Display => Properties[0];

    /// <summary>The second property: a count that lists are ordered by.</summary>
    public PropertyModel Rank => Properties[1];

    public string InitialStatus => Statuses[0];

    public string FinalStatus => Statuses[Statuses.Count - 1];

    public string IdType => Name + "Id";

    public string StatusType => Name + "Status";

    public string Repository => $"I{Name}Repository";

    public string InMemoryRepository => $"InMemory{Name}Repository";

    public string Dto => Name + "Dto";

    public string Endpoints => Name + "Endpoints";

    public string Route => $"api/{Module.ToLowerInvariant()}/{Plural.ToLowerInvariant()}";

    public string DomainNamespace => $"Bench.Shop.Domain.{Module}";

    public string ApplicationNamespace => $"Bench.Shop.Application.{Module}.{Plural}";

    public string InfrastructureNamespace => $"Bench.Shop.Infrastructure.Persistence.{Module}";

    public string WebNamespace => $"Bench.Shop.Web.Endpoints.{Module}";
}
