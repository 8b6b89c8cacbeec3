using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Contoso.Shop.Domain;

namespace Contoso.Shop.Infrastructure;

/// <summary>
/// Stores orders in the "Orders" table. The sample keeps the rows in memory and records the SQL
/// it would send, so that it runs without a database.
/// </summary>
public sealed class SqlOrderRepository : IOrderRepository
{
    private const string UpsertSql =
        "MERGE Orders AS o USING (SELECT @Id AS Id) AS s ON o.Id = s.Id " +
        "WHEN MATCHED THEN UPDATE SET Status = @Status, Total = @Total " +
        "WHEN NOT MATCHED THEN INSERT (Id, CustomerId, Status, Total) VALUES (@Id, @CustomerId, @Status, @Total);";

    private readonly Dictionary<Guid, Order> _rows = new();
    private readonly List<string> _commands = new();

    public IReadOnlyList<string> Commands => _commands;

    public Task<Order?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        _commands.Add("SELECT * FROM Orders WHERE Id = @Id");
        return Task.FromResult(_rows.TryGetValue(id, out var order) ? order : null);
    }

    public Task SaveAsync(Order order, CancellationToken cancellationToken)
    {
        _commands.Add(UpsertSql);
        _rows[order.Id] = order;
        return Task.CompletedTask;
    }
}
