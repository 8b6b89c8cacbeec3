using System.Collections.Generic;
using System.Linq;

namespace Harness.Analyzers.Benchmarks.Corpus;

/// <summary>Writes an aggregate's web endpoints: request and view models and a routed endpoint class.</summary>
internal static class WebWriter
{
    public static CorpusFile Endpoints(AggregateModel a, IReadOnlyList<Violation> hosted)
    {
        var w = new CodeWriter();
        w.Usings([
            "System", "System.Collections.Generic", "System.Globalization", "System.Linq", "System.Threading",
            "System.Threading.Tasks", "Bench.Shop.Application.Common", a.ApplicationNamespace, "Bench.Shop.Web.Hosting",
        ]);
        w.Namespace(a.WebNamespace);

        var contractParameters = string.Join(", ", a.Properties.Select(p => $"{p.Type.ContractType} {p.Name}"));
        var contractArguments = string.Join(", ", a.Properties.Select(p => p.Name));
        w.Block($$"""
            public sealed record Create{{a.Name}}Request({{contractParameters}})
            {
                public Create{{a.Name}}Command ToCommand() => new({{contractArguments}});
            }

            public sealed record Add{{a.Name}}{{a.LineType}}Request(string Reference, int Quantity, decimal UnitPrice);

            public sealed record {{a.Name}}ListItemView(Guid Id, string {{a.Display.Name}}, string Status, string Total, string Url);

            public sealed record {{a.Name}}DetailRow(string Label, string Value);

            [Route({{a.Endpoints}}.Routes.Base)]
            """);
        w.Open($"public sealed class {a.Endpoints} : EndpointBase");
        w.FieldsAndConstructor(a.Endpoints, [
            ($"ICommandHandler<Create{a.Name}Command, Guid>", "create"),
            ($"ICommandHandler<Add{a.Name}{a.LineType}Command, Unit>", "addLine"),
            ($"ICommandHandler<Change{a.Name}StatusCommand, Unit>", "changeStatus"),
            ($"IQueryHandler<Get{a.Name}Query, {a.Name}DetailsDto?>", "get"),
            ($"IQueryHandler<List{a.Plural}Query, PagedList<{a.Dto}>>", "list"),
            ($"IQueryHandler<{a.Name}StatisticsQuery, IReadOnlyList<{a.Name}StatusCount>>", "statistics"),
            ($"ICommandHandler<Update{a.Name}Command, Unit>", "update"),
            ($"ICommandHandler<Delete{a.Name}Command, bool>", "delete"),
        ]);
        w.Block($$"""

            [HttpGet("{id}")]
            public async Task<ApiResponse<{{a.Name}}DetailsDto>> GetAsync(Guid id, CancellationToken cancellationToken)
            {
                var details = await _get.HandleAsync(new Get{{a.Name}}Query(id), cancellationToken).ConfigureAwait(false);
                return details is null ? NotFound<{{a.Name}}DetailsDto>($"{{a.Name}} {id} was not found") : Ok(details);
            }

            [HttpGet]
            public async Task<ApiResponse<IReadOnlyList<{{a.Name}}ListItemView>>> ListAsync(
                [FromQuery] string? search,
                [FromQuery] string? status,
                [FromQuery(Name = "page")] int page,
                CancellationToken cancellationToken)
            {
                var query = new List{{a.Plural}}Query(search, status, new PageRequest(page <= 0 ? 1 : page));
                var result = await _list.HandleAsync(query, cancellationToken).ConfigureAwait(false);
                IReadOnlyList<{{a.Name}}ListItemView> views = result.Items.Select(ToView).ToList();
                return Ok(views);
            }

            [HttpGet("statistics")]
            public async Task<ApiResponse<IReadOnlyList<{{a.Name}}StatusCount>>> StatisticsAsync([FromQuery] bool includeFinal, CancellationToken cancellationToken)
                => Ok(await _statistics.HandleAsync(new {{a.Name}}StatisticsQuery(includeFinal), cancellationToken).ConfigureAwait(false));

            [HttpPost]
            public async Task<ApiResponse<Guid>> CreateAsync([FromBody] Create{{a.Name}}Request request, CancellationToken cancellationToken)
            {
                var result = await _create.HandleAsync(request.ToCommand(), cancellationToken).ConfigureAwait(false);
                return result.IsSuccess ? Created(result.Value) : FromResult(result);
            }

            [HttpPost("{id}/lines")]
            public async Task<ApiResponse<Unit>> AddLineAsync(Guid id, [FromBody] Add{{a.Name}}{{a.LineType}}Request request, CancellationToken cancellationToken)
            {
                var command = new Add{{a.Name}}{{a.LineType}}Command(id, request.Reference, request.Quantity, request.UnitPrice);
                return FromResult(await _addLine.HandleAsync(command, cancellationToken).ConfigureAwait(false));
            }

            [HttpPut("{id}")]
            public async Task<ApiResponse<Unit>> UpdateAsync(Guid id, [FromBody] Create{{a.Name}}Request request, CancellationToken cancellationToken)
            {
                var command = new Update{{a.Name}}Command(id, {{string.Join(", ", a.Properties.Select(p => $"request.{p.Name}"))}});
                return FromResult(await _update.HandleAsync(command, cancellationToken).ConfigureAwait(false));
            }

            [HttpDelete("{id}")]
            public async Task<ApiResponse<bool>> DeleteAsync(Guid id, CancellationToken cancellationToken)
                => FromResult(await _delete.HandleAsync(new Delete{{a.Name}}Command(id), cancellationToken).ConfigureAwait(false));

            [HttpGet("{id}/rows")]
            public async Task<ApiResponse<IReadOnlyList<{{a.Name}}DetailRow>>> RowsAsync(Guid id, CancellationToken cancellationToken)
            {
                var details = await _get.HandleAsync(new Get{{a.Name}}Query(id), cancellationToken).ConfigureAwait(false);
                return details is null ? NotFound<IReadOnlyList<{{a.Name}}DetailRow>>($"{{a.Name}} {id} was not found") : Ok(DescribeRows(details.Summary));
            }

            [HttpPut("{id}/status")]
            public async Task<ApiResponse<Unit>> ChangeStatusAsync(Guid id, [FromBody] string status, CancellationToken cancellationToken)
                => FromResult(await _changeStatus.HandleAsync(new Change{{a.Name}}StatusCommand(id, status), cancellationToken).ConfigureAwait(false));

            private static {{a.Name}}ListItemView ToView({{a.Dto}} dto)
                => new(
                    dto.Id,
                    dto.{{a.Display.Name}},
                    dto.Status,
                    dto.Total.ToString("0.00", CultureInfo.InvariantCulture),
                    $"/{Routes.Base}/{dto.Id:N}");

            private static IReadOnlyList<{{a.Name}}DetailRow> DescribeRows({{a.Dto}} dto)
                => new List<{{a.Name}}DetailRow>
                {
            {{string.Join("\n", a.Properties.Select(p => $"        new(nameof(dto.{p.Name}), Display(dto.{p.Name})),"))}}
                    new(nameof(dto.Status), dto.Status),
                    new(nameof(dto.Total), Display(dto.Total)),
                    new(nameof(dto.LineCount), Display(dto.LineCount)),
                };

            private static string Display(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "–";

            /// <summary>The routes of these endpoints, for links and tests.</summary>
            public static class Routes
            {
                public const string Base = "{{a.Route}}";

                public const string ById = Base + "/{id}";

                public const string Lines = ById + "/lines";
            }
            """);
        Violation.WriteMembers(w, hosted, FileRole.WebEndpoints);
        w.Close();
        return new CorpusFile($"Web/Endpoints/{a.Module}/{a.Endpoints}.cs", w.ToString());
    }
}
