using System.Collections.Generic;
using System.Linq;

namespace Harness.Analyzers.Benchmarks.Corpus;

/// <summary>
/// Writes an aggregate's application layer: contracts (DTOs, commands, queries, mapping, validation)
/// and the command and query handlers, which use the domain and <c>Bench.Shop.Application.Common</c>.
/// </summary>
internal static class ApplicationWriter
{
    public static CorpusFile Contracts(AggregateModel a, IReadOnlyList<Violation> hosted)
    {
        var w = new CodeWriter();
        w.Usings([
            "System", "System.Collections.Generic", "System.Linq", "Bench.Shop.Application.Common", "Bench.Shop.Domain.Common",
            a.DomainNamespace,
        ]);
        w.Namespace(a.ApplicationNamespace);

        var contractParameters = string.Join(", ", a.Properties.Select(p => $"{p.Type.ContractType} {p.Name}"));
        var contractArguments = string.Join(", ", a.Properties.Select(p => p.Name));
        w.Block($$"""
            public sealed record {{a.Dto}}(Guid Id, {{contractParameters}}, string Status, decimal Total, int LineCount);

            public sealed record {{a.Name}}{{a.LineType}}Dto(string Reference, int Quantity, decimal UnitPrice, decimal Subtotal);

            public sealed record {{a.Name}}DetailsDto({{a.Dto}} Summary, IReadOnlyList<{{a.Name}}{{a.LineType}}Dto> Lines);

            public sealed record {{a.Name}}StatusCount(string Status, int Count, decimal Total);

            public sealed record Create{{a.Name}}Command({{contractParameters}}) : ICommand<Guid>;

            public sealed record Add{{a.Name}}{{a.LineType}}Command(Guid {{a.IdType}}, string Reference, int Quantity, decimal UnitPrice) : ICommand<Unit>;

            public sealed record Update{{a.Name}}Command(Guid {{a.IdType}}, {{contractParameters}}) : ICommand<Unit>
            {
                /// <summary>The same values as a create, so that both are validated by one set of rules.</summary>
                public Create{{a.Name}}Command AsCreate() => new({{contractArguments}});
            }

            public sealed record Delete{{a.Name}}Command(Guid {{a.IdType}}) : ICommand<bool>;

            public sealed record Change{{a.Name}}StatusCommand(Guid {{a.IdType}}, string Status) : ICommand<Unit>;

            public sealed record Get{{a.Name}}Query(Guid {{a.IdType}}) : IQuery<{{a.Name}}DetailsDto?>;

            public sealed record List{{a.Plural}}Query(string? Search, string? Status, PageRequest Page) : IQuery<PagedList<{{a.Dto}}>>;

            public sealed record {{a.Name}}StatisticsQuery(bool IncludeFinal) : IQuery<IReadOnlyList<{{a.Name}}StatusCount>>;

            /// <summary>Maps <see cref="{{a.Name}}"/> aggregates to the contracts above.</summary>
            public static class {{a.Name}}Mapping
            {
                public static {{a.Dto}} ToDto(this {{a.Name}} entity) => new(
                    entity.Id.Value,
            """);
        foreach (var p in a.Properties)
        {
            w.Line($"        {p.Type.ToContract($"entity.{p.Name}")},");
        }

        w.Block($$"""
                    entity.Status.ToString(),
                    entity.Total().Amount,
                    entity.Lines.Count);

                public static {{a.Name}}{{a.LineType}}Dto ToDto(this {{a.Name}}.{{a.LineType}} line)
                    => new(line.Reference, line.Quantity, line.UnitPrice.Amount, line.Subtotal.Amount);

                public static {{a.Name}}DetailsDto ToDetails(this {{a.Name}} entity)
                    => new(entity.ToDto(), entity.Lines.Select(line => line.ToDto()).ToList());

                public static IEnumerable<{{a.Dto}}> ToDtos(this IEnumerable<{{a.Name}}> entities)
                    => entities.Select(entity => entity.ToDto());
            }

            /// <summary>Checks commands before they reach the domain, so that callers get every problem at once.</summary>
            public static class {{a.Name}}Validation
            {
                public static IReadOnlyList<Error> Validate(Create{{a.Name}}Command command)
                {
                    var errors = new List<Error>();
            """);
        foreach (var p in a.Properties.Where(p => p.Type.InvalidWhen is not null))
        {
            w.Block($$"""
                        if ({{p.Type.InvalidWhen!($"command.{p.Name}")}})
                        {
                            errors.Add(Error.Validation(nameof(command.{{p.Name}}), "{{p.Type.Requirement}}"));
                        }

                """);
        }

        w.Block($$"""
                    return errors;
                }

                public static bool TryParseStatus(string? text, out {{a.StatusType}} status)
                    => Enum.TryParse(text, ignoreCase: true, out status) && Enum.IsDefined(status);
            }

            public enum {{a.Name}}SortOrder
            {
                By{{a.Display.Name}},
                By{{a.Rank.Name}},
                ByTotal,
            }

            /// <summary>Filters and sorts list results on the client side of a query.</summary>
            public sealed record {{a.Name}}Filter(string? Search, string? Status, decimal? MinimumTotal, {{a.Name}}SortOrder SortOrder)
            {
                public IEnumerable<{{a.Dto}}> Apply(IEnumerable<{{a.Dto}}> items)
                {
                    var search = Search;
                    if (!string.IsNullOrWhiteSpace(search))
                    {
                        items = items.Where(item => item.{{a.Display.Name}}.Contains(search, StringComparison.OrdinalIgnoreCase));
                    }

                    var status = Status;
                    if (!string.IsNullOrWhiteSpace(status))
                    {
                        items = items.Where(item => string.Equals(item.Status, status, StringComparison.OrdinalIgnoreCase));
                    }

                    if (MinimumTotal is { } minimum)
                    {
                        items = items.Where(item => item.Total >= minimum);
                    }

                    return SortOrder switch
                    {
                        {{a.Name}}SortOrder.By{{a.Display.Name}} => items.OrderBy(item => item.{{a.Display.Name}}, StringComparer.Ordinal),
                        {{a.Name}}SortOrder.By{{a.Rank.Name}} => items.OrderByDescending(item => item.{{a.Rank.Name}}),
                        _ => items.OrderByDescending(item => item.Total).ThenBy(item => item.Id),
                    };
                }
            }
            """);
        return new CorpusFile($"Application/{a.Module}/{a.Plural}/{a.Name}Contracts.cs", w.ToString());
    }

    public static CorpusFile Handlers(AggregateModel a, IReadOnlyList<Violation> hosted)
    {
        var w = new CodeWriter();
        w.Usings([
            "System", "System.Collections.Generic", "System.Linq", "System.Threading", "System.Threading.Tasks",
            "Bench.Shop.Application.Common", "Bench.Shop.Domain.Common", a.DomainNamespace,
            "static Bench.Shop.Application.Common.Results",
        ]);
        w.Namespace(a.ApplicationNamespace);

        var route = $"{a.Module.ToLowerInvariant()}/{a.Plural.ToLowerInvariant()}";
        var arguments = string.Join(", ", a.Properties.Select(p => p.Type.FromContract($"command.{p.Name}")));
        WriteCommandHandlerHead(w, a, $"Create{a.Name}Handler", $"Create{a.Name}Command", "Guid", $"{route}/create");
        w.Block($$"""
                var errors = {{a.Name}}Validation.Validate(command);
                if (errors.Count > 0)
                {
                    return Fail<Guid>(errors[0]);
                }

                var entity = {{a.Name}}.Create({{arguments}}, Clock.UtcNow);
                await _repository.AddAsync(entity, cancellationToken).ConfigureAwait(false);
                await CommitAsync(entity, cancellationToken).ConfigureAwait(false);
                return Ok(entity.Id.Value);
            }
            """);
        Violation.WriteMembers(w, hosted, FileRole.ApplicationHandlers);
        w.Close();

        w.Line();
        WriteCommandHandlerHead(w, a, $"Add{a.Name}{a.LineType}Handler", $"Add{a.Name}{a.LineType}Command", "Unit", $"{route}/add-line");
        w.Block($$"""
                var entity = await _repository.FindAsync(new {{a.IdType}}(command.{{a.IdType}}), cancellationToken).ConfigureAwait(false);
                if (entity is null)
                {
                    return Fail<Unit>(Error.NotFound(nameof({{a.Name}}), command.{{a.IdType}}));
                }

                if (command.Quantity <= 0)
                {
                    return Fail<Unit>(Error.Validation(nameof(command.Quantity), "must be positive"));
                }

                entity.Add{{a.LineType}}(command.Reference, command.Quantity, Money.Of(command.UnitPrice), Clock.UtcNow);
                await CommitAsync(entity, cancellationToken).ConfigureAwait(false);
                return Done();
            }
            """);
        w.Close();

        w.Line();
        WriteCommandHandlerHead(w, a, $"Update{a.Name}Handler", $"Update{a.Name}Command", "Unit", $"{route}/update");
        w.Block($$"""
                var errors = {{a.Name}}Validation.Validate(command.AsCreate());
                if (errors.Count > 0)
                {
                    return Fail<Unit>(errors[0]);
                }

                var entity = await _repository.FindAsync(new {{a.IdType}}(command.{{a.IdType}}), cancellationToken).ConfigureAwait(false);
                if (entity is null)
                {
                    return Fail<Unit>(Error.NotFound(nameof({{a.Name}}), command.{{a.IdType}}));
                }

                var before = entity.ToSnapshot();
            """);
        foreach (var p in a.Properties)
        {
            w.Line($"    entity.Update{p.Name}({p.Type.FromContract($"command.{p.Name}")});");
        }

        w.Block($$"""
                if (entity.ChangesSince(before).Count > 0)
                {
                    await CommitAsync(entity, cancellationToken).ConfigureAwait(false);
                }

                return Done();
            }
            """);
        w.Close();

        w.Line();
        WriteCommandHandlerHead(w, a, $"Delete{a.Name}Handler", $"Delete{a.Name}Command", "bool", $"{route}/delete", commits: false);
        w.Block($$"""
                var removed = await _repository.RemoveAsync(new {{a.IdType}}(command.{{a.IdType}}), cancellationToken).ConfigureAwait(false);
                return removed ? Ok(true) : Fail<bool>(Error.NotFound(nameof({{a.Name}}), command.{{a.IdType}}));
            }
            """);
        w.Close();

        w.Line();
        WriteCommandHandlerHead(w, a, $"Change{a.Name}StatusHandler", $"Change{a.Name}StatusCommand", "Unit", $"{route}/change-status");
        w.Block($$"""
                if (!{{a.Name}}Validation.TryParseStatus(command.Status, out var next))
                {
                    return Fail<Unit>(Error.Validation(nameof(command.Status), $"'{command.Status}' is not a {{a.Name}} status"));
                }

                var entity = await _repository.FindAsync(new {{a.IdType}}(command.{{a.IdType}}), cancellationToken).ConfigureAwait(false);
                if (entity is null)
                {
                    return Fail<Unit>(Error.NotFound(nameof({{a.Name}}), command.{{a.IdType}}));
                }

                try
                {
                    entity.ChangeStatus(next, Clock.UtcNow);
                }
                catch (DomainException exception) when (exception.Code == "invalid_transition")
                {
                    return Fail<Unit>(Error.Conflict(exception.Message));
                }

                await CommitAsync(entity, cancellationToken).ConfigureAwait(false);
                return Done();
            }
            """);
        w.Close();

        w.Line();
        WriteQueryHandlerHead(w, a, $"Get{a.Name}Handler", $"Get{a.Name}Query", $"{a.Name}DetailsDto?");
        w.Block($$"""
                var entity = await _repository.FindAsync(new {{a.IdType}}(query.{{a.IdType}}), cancellationToken).ConfigureAwait(false);
                return entity?.ToDetails();
            }
            """);
        w.Close();

        w.Line();
        WriteQueryHandlerHead(w, a, $"List{a.Plural}Handler", $"List{a.Plural}Query", $"PagedList<{a.Dto}>");
        w.Block($$"""
                var all = await _repository.ListAsync(Specification.All<{{a.Name}}>(), cancellationToken).ConfigureAwait(false);
                IEnumerable<{{a.Name}}> filtered = all;
                var search = query.Search;
                if (!string.IsNullOrWhiteSpace(search))
                {
                    filtered = filtered.Where(entity => entity.{{a.Display.Name}}.Contains(search, StringComparison.OrdinalIgnoreCase));
                }

                if ({{a.Name}}Validation.TryParseStatus(query.Status, out var status))
                {
                    filtered = filtered.Where(entity => entity.Status == status);
                }

                var ordered = filtered
                    .OrderByDescending(entity => entity.{{a.Rank.Name}})
                    .ThenBy(entity => entity.{{a.Display.Name}}, StringComparer.Ordinal)
                    .ToDtos();
                return PagedList<{{a.Dto}}>.From(ordered, query.Page);
            }
            """);
        w.Close();

        w.Line();
        WriteQueryHandlerHead(w, a, $"{a.Name}StatisticsHandler", $"{a.Name}StatisticsQuery", $"IReadOnlyList<{a.Name}StatusCount>");
        w.Block($$"""
                var all = await _repository.ListAsync(Specification.All<{{a.Name}}>(), cancellationToken).ConfigureAwait(false);
                return all
                    .Where(entity => query.IncludeFinal || entity.Status != {{a.StatusType}}.{{a.FinalStatus}})
                    .GroupBy(entity => entity.Status)
                    .Select(group => new {{a.Name}}StatusCount(group.Key.ToString(), group.Count(), group.Sum(entity => entity.Total().Amount)))
                    .OrderByDescending(count => count.Count)
                    .ThenBy(count => count.Status, StringComparer.Ordinal)
                    .ToList();
            }
            """);
        w.Close();
        return new CorpusFile($"Application/{a.Module}/{a.Plural}/{a.Name}Handlers.cs", w.ToString());
    }

    /// <summary>
    /// Opens a command handler class and its HandleAsync method, leaving the body to the caller. A handler
    /// that <paramref name="commits"/> changes to the aggregate derives from AggregateCommandHandler.
    /// </summary>
    private static void WriteCommandHandlerHead(
        CodeWriter w, AggregateModel a, string name, string command, string result, string route, bool commits = true)
    {
        w.Line($"[Handler(\"{route}\", Idempotent = {(commits ? "false" : "true")})]");
        if (commits)
        {
            w.Open($"public sealed class {name} : AggregateCommandHandler<{a.IdType}, {a.Name}>, ICommandHandler<{command}, {result}>");
            w.FieldsAndConstructor(
                name,
                [(a.Repository, "repository")],
                [("IUnitOfWork", "unitOfWork"), ("IClock", "clock"), ("IEventPublisher", "events")]);
        }
        else
        {
            w.Open($"public sealed class {name} : ICommandHandler<{command}, {result}>");
            w.FieldsAndConstructor(name, [(a.Repository, "repository")]);
        }

        w.Line();
        w.Line($"public async Task<Result<{result}>> HandleAsync({command} command, CancellationToken cancellationToken)");
        w.Line("{");
    }

    /// <summary>Opens a query handler class and its HandleAsync method, leaving the body to the caller.</summary>
    private static void WriteQueryHandlerHead(CodeWriter w, AggregateModel a, string name, string query, string result)
    {
        w.Open($"public sealed class {name} : IQueryHandler<{query}, {result}>");
        w.FieldsAndConstructor(name, [(a.Repository, "repository")]);
        w.Line();
        w.Line($"public async Task<{result}> HandleAsync({query} query, CancellationToken cancellationToken)");
        w.Line("{");
    }
}
