using System.Collections.Generic;
using System.Linq;

namespace Harness.Analyzers.Benchmarks.Corpus;

/// <summary>
/// Writes an aggregate's domain layer: the entity with its id, status, events, nested line type and
/// repository port, and a second part of the partial class with its rules, snapshot and policy.
/// </summary>
internal static class DomainWriter
{
    public static CorpusFile Entity(AggregateModel a, IReadOnlyList<Violation> hosted)
    {
        var w = new CodeWriter();
        var usings = new List<string>
        {
            "System", "System.Collections.Generic", "System.Diagnostics", "System.Linq", "System.Threading",
            "System.Threading.Tasks", "Bench.Shop.Domain.Common",
        };
        if (a.Linked is not null && a.Linked.Module != a.Module)
        {
            usings.Add(a.Linked.DomainNamespace);
        }

        usings.Add("static Bench.Shop.Domain.Common.Guard");
        w.Usings(usings);
        w.Namespace(a.DomainNamespace);

        w.Block($$"""
            /// <summary>Identifies one <see cref="{{a.Name}}"/>.</summary>
            public readonly record struct {{a.IdType}}(Guid Value)
            {
                public static {{a.IdType}} New() => new(Guid.NewGuid());

                public static {{a.IdType}} Parse(string text) => new(Guid.Parse(text));

                public override string ToString() => Value.ToString("N");
            }

            /// <summary>The lifecycle of one <see cref="{{a.Name}}"/>.</summary>
            public enum {{a.StatusType}}
            {
            """);
        foreach (var status in a.Statuses)
        {
            w.Line($"    {status},");
        }

        w.Block($$"""
            }

            public sealed record {{a.Name}}Created({{a.IdType}} {{a.IdType}}, DateTime OccurredAtUtc) : IDomainEvent;

            public sealed record {{a.Name}}StatusChanged({{a.IdType}} {{a.IdType}}, {{a.StatusType}} From, {{a.StatusType}} To, DateTime OccurredAtUtc) : IDomainEvent;

            public sealed record {{a.Name}}{{a.LineType}}Added({{a.IdType}} {{a.IdType}}, string Reference, int LineCount, DateTime OccurredAtUtc) : IDomainEvent;

            [DebuggerDisplay("{{{a.Display.Name}}} ({Status})")]
            """);
        w.Open($"public sealed partial class {a.Name} : AggregateRoot<{a.IdType}>");
        w.Line($"private readonly List<{a.LineType}> _lines = new();");
        w.Line();

        var parameters = string.Join(", ", a.Properties.Select(p => $"{p.Type.DomainType} {p.Parameter}"));
        w.Open($"private {a.Name}({a.IdType} id, {parameters})", "    : base(id)");
        foreach (var p in a.Properties)
        {
            w.Line($"{p.Name} = {p.Parameter};");
        }

        w.Line($"Status = {a.StatusType}.{a.InitialStatus};");
        w.Close();

        foreach (var p in a.Properties)
        {
            w.Line();
            w.Line($"public {p.Type.DomainType} {p.Name} {{ get; private set; }}");
        }

        w.Block($$"""

            public {{a.StatusType}} Status { get; private set; }

            public IReadOnlyList<{{a.LineType}}> Lines => _lines;

            """);
        if (a.Linked is not null)
        {
            w.Line($"public {a.Linked.IdType}? Linked{a.Linked.Name} {{ get; private set; }}");
            w.Line();
        }

        w.Open($"public static {a.Name} Create({parameters}, DateTime nowUtc)");
        var guarded = string.Join(", ", a.Properties.Select(p => p.Type.Guard(p.Parameter)));
        w.Block($$"""
            var entity = new {{a.Name}}({{a.IdType}}.New(), {{guarded}});
            entity.Raise(new {{a.Name}}Created(entity.Id, nowUtc));
            return entity;
            """);
        w.Close();

        w.Block($$"""

            public void Add{{a.LineType}}(string reference, int quantity, Money unitPrice, DateTime nowUtc)
            {
                EnsureEditable();
                AgainstNullOrWhiteSpace(reference, nameof(reference));
                AgainstNegative(quantity, nameof(quantity));
                var existing = _lines.FirstOrDefault(line => line.Reference == reference);
                if (existing is not null)
                {
                    _lines.Remove(existing);
                    quantity += existing.Quantity;
                }

                _lines.Add(new {{a.LineType}}(reference, quantity, unitPrice));
                Raise(new {{a.Name}}{{a.LineType}}Added(Id, reference, _lines.Count, nowUtc));
            }

            public bool Remove{{a.LineType}}(string reference)
            {
                EnsureEditable();
                return _lines.RemoveAll(line => line.Reference == reference) > 0;
            }

            public Money Total() => _lines.SumMoney(line => line.Subtotal);

            public void ChangeStatus({{a.StatusType}} next, DateTime nowUtc)
            {
                if (next == Status)
                {
                    return;
                }

                if (!CanMove(Status, next))
                {
                    throw new DomainException("invalid_transition", $"{nameof({{a.Name}})} {Id} cannot move from {Status} to {next}");
                }

                var previous = Status;
                Status = next;
                Raise(new {{a.Name}}StatusChanged(Id, previous, next, nowUtc));
            }
            """);

        foreach (var p in a.Properties)
        {
            w.Block($$"""

                public void Update{{p.Name}}({{p.Type.DomainType}} {{p.Parameter}})
                {
                    EnsureEditable();
                    {{p.Name}} = {{p.Type.Guard(p.Parameter)}};
                }
                """);
        }

        if (a.Linked is not null)
        {
            w.Block($$"""

                public void LinkTo({{a.Linked.IdType}} {{a.Linked.Camel}}Id)
                {
                    EnsureEditable();
                    Linked{{a.Linked.Name}} = {{a.Linked.Camel}}Id;
                }
                """);
        }

        w.Block($$"""

            private void EnsureEditable()
            {
                if (Status == {{a.StatusType}}.{{a.FinalStatus}})
                {
                    throw new DomainException("read_only", $"{nameof({{a.Name}})} {Id} is {Status} and can no longer change");
                }
            }

            private static bool CanMove({{a.StatusType}} from, {{a.StatusType}} to) => (from, to) switch
            {
            """);
        for (var i = 0; i + 2 < a.Statuses.Count; i++)
        {
            w.Line($"    ({a.StatusType}.{a.Statuses[i]}, {a.StatusType}.{a.Statuses[i + 1]}) => true,");
        }

        w.Block($$"""
                (_, {{a.StatusType}}.{{a.FinalStatus}}) => true,
                _ => false,
            };

            /// <summary>One line of the <see cref="{{a.Name}}"/>; its subtotal is derived, never stored.</summary>
            public sealed record {{a.LineType}}(string Reference, int Quantity, Money UnitPrice)
            {
                public Money Subtotal => UnitPrice * Quantity;

                public bool IsEmpty => Quantity == 0;
            }
            """);
        Violation.WriteMembers(w, hosted, FileRole.DomainEntity);
        w.Close();

        w.Block($$"""

            /// <summary>Where <see cref="{{a.Name}}"/> aggregates are kept; implemented by infrastructure.</summary>
            public interface {{a.Repository}}
            {
                Task<{{a.Name}}?> FindAsync({{a.IdType}} id, CancellationToken cancellationToken);

                Task<IReadOnlyList<{{a.Name}}>> ListAsync(ISpecification<{{a.Name}}> specification, CancellationToken cancellationToken);

                Task AddAsync({{a.Name}} entity, CancellationToken cancellationToken);

                Task<bool> RemoveAsync({{a.IdType}} id, CancellationToken cancellationToken);
            }
            """);
        return new CorpusFile($"Domain/{a.Module}/{a.Name}.cs", w.ToString());
    }

    public static CorpusFile Rules(AggregateModel a, IReadOnlyList<Violation> hosted)
    {
        var w = new CodeWriter();
        w.Usings(["System", "System.Collections.Generic", "System.Linq", "Bench.Shop.Domain.Common"]);
        w.Namespace(a.DomainNamespace);

        w.Open($"public sealed partial class {a.Name}");
        w.Block($$"""
            public static ISpecification<{{a.Name}}> IsDraft { get; } = new PredicateSpecification<{{a.Name}}>(e => e.Status == {{a.StatusType}}.{{a.InitialStatus}});

            public static ISpecification<{{a.Name}}> HasLines { get; } = new PredicateSpecification<{{a.Name}}>(e => e.Lines.Count > 0);

            public static ISpecification<{{a.Name}}> Matches(string text)
                => new PredicateSpecification<{{a.Name}}>(e => e.{{a.Display.Name}}.Contains(text, StringComparison.OrdinalIgnoreCase));

            public bool IsOver(Money limit) => Total().Amount > limit.Amount;

            public {{a.LineType}}? LargestLine() => _lines.OrderByDescending(line => line.Subtotal.Amount).FirstOrDefault();

            public IEnumerable<IGrouping<int, {{a.LineType}}>> LinesByQuantityBand(int bandSize)
                => _lines.GroupBy(line => line.Quantity / Math.Max(1, bandSize));

            public decimal AverageUnitPrice() => _lines.Count == 0 ? 0m : _lines.Average(line => line.UnitPrice.Amount);

            public int TotalQuantity() => _lines.Sum(line => line.Quantity);
            """);
        foreach (var p in a.Properties)
        {
            w.Line();
            w.Line(p.Type.Rule(p.Name));
        }

        var snapshotArguments = string.Join(", ", a.Properties.Select(p => p.Name));
        w.Line();
        w.Line($"public {a.Name}Snapshot ToSnapshot() => new(Id, {snapshotArguments}, Status, Total());");
        w.Line();
        w.Line($"/// <summary>The names of the properties that differ from <paramref name=\"previous\"/>, for the audit log.</summary>");
        w.Open($"public IReadOnlyList<string> ChangesSince({a.Name}Snapshot previous)");
        w.Line("var changes = new List<string>();");
        foreach (var p in a.Properties)
        {
            w.Block($$"""
                if (!EqualityComparer<{{p.Type.DomainType}}>.Default.Equals({{p.Name}}, previous.{{p.Name}}))
                {
                    changes.Add(nameof({{p.Name}}));
                }

                """);
        }

        w.Block("""
            if (Status != previous.Status)
            {
                changes.Add(nameof(Status));
            }

            return changes;
            """);
        w.Close();
        Violation.WriteMembers(w, hosted, FileRole.DomainRules);
        w.Close();

        var snapshotParameters = string.Join(", ", a.Properties.Select(p => $"{p.Type.DomainType} {p.Name}"));
        w.Block($$"""

            /// <summary>An immutable copy of a <see cref="{{a.Name}}"/> for reports and audits.</summary>
            public sealed record {{a.Name}}Snapshot({{a.IdType}} Id, {{snapshotParameters}}, {{a.StatusType}} Status, Money Total);

            /// <summary>Decides which <see cref="{{a.Name}}"/> aggregates need a second pair of eyes.</summary>
            public sealed class {{a.Name}}Policy
            {
                private readonly Money _approvalLimit;
                private readonly int _maximumLines;

                public {{a.Name}}Policy(Money approvalLimit, int maximumLines = 10)
                {
                    _approvalLimit = approvalLimit;
                    _maximumLines = maximumLines;
                }

                public bool RequiresReview({{a.Name}} entity) => entity.IsOver(_approvalLimit) || entity.Lines.Count > _maximumLines;

                public IReadOnlyList<{{a.Name}}> SelectForReview(IEnumerable<{{a.Name}}> candidates)
                    => candidates
                        .Where(RequiresReview)
                        .OrderByDescending(candidate => candidate.Total().Amount)
                        .ThenBy(candidate => candidate.{{a.Display.Name}}, StringComparer.Ordinal)
                        .ToList();

                public Money Exposure(IEnumerable<{{a.Name}}> candidates)
                    => candidates.Where(candidate => candidate.Status != {{a.StatusType}}.{{a.FinalStatus}}).SumMoney(candidate => candidate.Total());

                public IReadOnlyDictionary<{{a.StatusType}}, int> CountByStatus(IEnumerable<{{a.Name}}> candidates)
                    => candidates.GroupBy(candidate => candidate.Status).ToDictionary(group => group.Key, group => group.Count());
            }

            /// <summary>Prices a <see cref="{{a.Name}}"/>: a volume discount per line, then a cap on the total.</summary>
            public sealed class {{a.Name}}Pricing
            {
                private readonly IReadOnlyList<(int MinimumQuantity, decimal Percent)> _tiers;
                private readonly Money _cap;

                public {{a.Name}}Pricing(IEnumerable<(int MinimumQuantity, decimal Percent)> tiers, Money cap)
                {
                    _tiers = tiers.OrderByDescending(tier => tier.MinimumQuantity).ToList();
                    _cap = cap;
                }

                public decimal DiscountPercentFor(int quantity)
                {
                    foreach (var (minimumQuantity, percent) in _tiers)
                    {
                        if (quantity >= minimumQuantity)
                        {
                            return percent;
                        }
                    }

                    return 0m;
                }

                public Money Price({{a.Name}} entity)
                {
                    var total = Money.Zero;
                    foreach (var line in entity.Lines)
                    {
                        total += line.Subtotal - line.Subtotal.Percent(DiscountPercentFor(line.Quantity));
                    }

                    return total.CompareTo(_cap) > 0 ? _cap : total;
                }

                public string Describe({{a.Name}} entity) => entity.Lines.Count switch
                {
                    0 => $"{entity.{{a.Display.Name}}}: nothing to price",
                    1 => $"{entity.{{a.Display.Name}}}: one line, {Price(entity)}",
                    var count => $"{entity.{{a.Display.Name}}}: {count} lines, {Price(entity)}",
                };
            }
            """);
        return new CorpusFile($"Domain/{a.Module}/{a.Name}.Rules.cs", w.ToString());
    }
}
