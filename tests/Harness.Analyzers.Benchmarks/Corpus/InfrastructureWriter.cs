using System.Collections.Generic;
using System.Linq;

namespace Harness.Analyzers.Benchmarks.Corpus;

/// <summary>
/// Writes an aggregate's infrastructure: the in-memory repository (implementing the domain port), a
/// caching decorator of an application query handler, seed data and a CSV exporter.
/// </summary>
internal static class InfrastructureWriter
{
    private const int SeedItems = 4;

    public static CorpusFile Persistence(AggregateModel a, IReadOnlyList<Violation> hosted)
    {
        var w = new CodeWriter();
        w.Usings([
            "System", "System.Collections.Concurrent", "System.Collections.Generic", "System.Globalization", "System.Linq",
            "System.Text", "System.Threading", "System.Threading.Tasks", "Bench.Shop.Application.Common",
            a.ApplicationNamespace, "Bench.Shop.Domain.Common", a.DomainNamespace, "Bench.Shop.Infrastructure.Common",
        ]);
        w.Namespace(a.InfrastructureNamespace);

        w.Block($$"""
            public sealed class {{a.InMemoryRepository}} : InMemoryStore<{{a.IdType}}, {{a.Name}}>, {{a.Repository}}
            {
                public Task<{{a.Name}}?> FindAsync({{a.IdType}} id, CancellationToken cancellationToken) => FindCoreAsync(id, cancellationToken);

                public Task<IReadOnlyList<{{a.Name}}>> ListAsync(ISpecification<{{a.Name}}> specification, CancellationToken cancellationToken)
                    => ListCoreAsync(specification.IsSatisfiedBy, cancellationToken);

                public Task AddAsync({{a.Name}} entity, CancellationToken cancellationToken) => AddCoreAsync(entity, cancellationToken);

                public Task<bool> RemoveAsync({{a.IdType}} id, CancellationToken cancellationToken) => RemoveCoreAsync(id, cancellationToken);
            """);
        Violation.WriteMembers(w, hosted, FileRole.InfrastructurePersistence);
        w.Block($$"""
            }

            /// <summary>Caches <see cref="{{a.Name}}DetailsDto"/> reads; commands invalidate by id.</summary>
            public sealed class Cached{{a.Name}}Lookup : IQueryHandler<Get{{a.Name}}Query, {{a.Name}}DetailsDto?>
            {
                private readonly IQueryHandler<Get{{a.Name}}Query, {{a.Name}}DetailsDto?> _inner;
                private readonly ConcurrentDictionary<Guid, {{a.Name}}DetailsDto> _cache = new();

                public Cached{{a.Name}}Lookup(IQueryHandler<Get{{a.Name}}Query, {{a.Name}}DetailsDto?> inner)
                    => _inner = inner ?? throw new ArgumentNullException(nameof(inner));

                public int Cached => _cache.Count;

                public async Task<{{a.Name}}DetailsDto?> HandleAsync(Get{{a.Name}}Query query, CancellationToken cancellationToken)
                {
                    if (_cache.TryGetValue(query.{{a.IdType}}, out var cached))
                    {
                        return cached;
                    }

                    var loaded = await _inner.HandleAsync(query, cancellationToken).ConfigureAwait(false);
                    if (loaded is not null)
                    {
                        _cache[query.{{a.IdType}}] = loaded;
                    }

                    return loaded;
                }

                public void Invalidate(Guid id) => _cache.TryRemove(id, out _);
            }

            /// <summary>Demo data, the same on every start.</summary>
            public static class {{a.Name}}SeedData
            {
                public static IReadOnlyList<{{a.Name}}> Create(DateTime nowUtc)
                {
                    var items = new List<{{a.Name}}>
                    {
            """);
        for (var item = 1; item <= SeedItems; item++)
        {
            var samples = string.Join(", ", a.Properties.Select((p, index) => p.Type.DomainSample((item * 7) + index)));
            w.Line($"            {a.Name}.Create({samples}, nowUtc),");
        }

        var csvHeader = string.Join(";", ["id", .. a.Properties.Select(p => p.Name.ToLowerInvariant()), "status", "total"]);
        w.Block($$"""
                    };

                    foreach (var (item, index) in items.Select((item, index) => (item, index)))
                    {
                        item.Add{{a.LineType}}($"SEED-{index:000}", index + 1, Money.Of(9.99m + index), nowUtc);
                    }

                    return items;
                }

                public static async Task<int> LoadAsync({{a.Repository}} repository, DateTime nowUtc, CancellationToken cancellationToken)
                {
                    var count = 0;
                    foreach (var item in Create(nowUtc))
                    {
                        await repository.AddAsync(item, cancellationToken).ConfigureAwait(false);
                        count++;
                    }

                    return count;
                }
            }

            /// <summary>Exports <see cref="{{a.Name}}"/> aggregates as semicolon-separated values.</summary>
            public sealed class {{a.Name}}CsvExporter
            {
                private const char Separator = ';';

                public string Export(IEnumerable<{{a.Name}}> entities)
                {
                    var builder = new StringBuilder();
                    builder.AppendLine("{{csvHeader}}");
                    foreach (var entity in entities.OrderBy(e => e.{{a.Display.Name}}, StringComparer.Ordinal))
                    {
                        builder.Append(entity.Id.ToString()).Append(Separator);
            """);
        foreach (var p in a.Properties)
        {
            w.Line($"            builder.Append({p.Type.CsvText($"entity.{p.Name}")}).Append(Separator);");
        }

        w.Block("""
                        builder.Append(entity.Status.ToString()).Append(Separator);
                        builder.AppendLine(entity.Total().ToString());
                    }

                    return builder.ToString();
                }

                private static string Escape(string? value)
                    => value is null ? string.Empty
                    : value.Contains(Separator, StringComparison.Ordinal) ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
                    : value;
            }
            """);
        WriteDocumentMapper(w, a);
        w.Block($$"""

            /// <summary>Removes <see cref="{{a.Name}}"/> aggregates that reached {{a.FinalStatus}}, in batches.</summary>
            public sealed class {{a.Name}}RetentionJob
            {
                private const int BatchSize = 50;
                private readonly {{a.Repository}} _repository;

                public {{a.Name}}RetentionJob({{a.Repository}} repository) => _repository = repository;

                public async Task<int> PurgeAsync(CancellationToken cancellationToken)
                {
                    var final = new PredicateSpecification<{{a.Name}}>(entity => entity.Status == {{a.StatusType}}.{{a.FinalStatus}});
                    var candidates = await _repository.ListAsync(final, cancellationToken).ConfigureAwait(false);
                    var removed = 0;
                    foreach (var batch in candidates.Batch(BatchSize))
                    {
                        foreach (var entity in batch)
                        {
                            if (await _repository.RemoveAsync(entity.Id, cancellationToken).ConfigureAwait(false))
                            {
                                removed++;
                            }
                        }
                    }

                    return removed;
                }
            }
            """);
        return new CorpusFile($"Infrastructure/Persistence/{a.Module}/{a.Name}Persistence.cs", w.ToString());
    }

    /// <summary>Maps to and from the property bag of a document store, one key per property.</summary>
    private static void WriteDocumentMapper(CodeWriter w, AggregateModel a)
    {
        w.Line();
        w.Open($"public static class {a.Name}DocumentMapper");
        w.Line($"public static IReadOnlyDictionary<string, object?> ToDocument({a.Name} entity) => new Dictionary<string, object?>(StringComparer.Ordinal)");
        w.Line("{");
        w.Line("    [\"id\"] = entity.Id.Value,");
        foreach (var p in a.Properties)
        {
            w.Line($"    [\"{p.Parameter}\"] = {p.Type.ToContract($"entity.{p.Name}")},");
        }

        w.Line("    [\"status\"] = entity.Status.ToString(),");
        w.Line("    [\"lines\"] = entity.Lines.Select(line => new object?[] { line.Reference, line.Quantity, line.UnitPrice.Amount }).ToList(),");
        w.Line("};");
        w.Line();
        w.Line($"public static Create{a.Name}Command ToCreateCommand(IReadOnlyDictionary<string, object?> document) => new(");
        for (var i = 0; i < a.Properties.Count; i++)
        {
            var p = a.Properties[i];
            var nullForgiving = p.Type.ContractType.EndsWith('?') ? string.Empty : "!";
            w.Line($"    ({p.Type.ContractType})document[\"{p.Parameter}\"]{nullForgiving}{(i + 1 < a.Properties.Count ? "," : ");")}");
        }

        w.Close();
    }
}
