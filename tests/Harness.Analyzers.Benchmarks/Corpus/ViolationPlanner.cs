using System;
using System.Collections.Generic;
using System.Linq;

namespace Harness.Analyzers.Benchmarks.Corpus;

/// <summary>
/// Hands out the requested number of violations round-robin over <see cref="ViolationKind"/>, each to a
/// different host aggregate (so no file holds two copies of the same member).
/// </summary>
internal static class ViolationPlanner
{
    public static IReadOnlyList<Violation> Plan(IReadOnlyList<AggregateModel> aggregates, int count, Random random)
    {
        var kinds = Enum.GetValues<ViolationKind>();
        var hostsByKind = kinds.ToDictionary(
            kind => kind,
            _ => new Queue<AggregateModel>(aggregates.OrderBy(_ => random.Next())));

        var violations = new List<Violation>(count);
        for (var i = 0; i < count; i++)
        {
            var kind = kinds[i % kinds.Length];
            if (!hostsByKind[kind].TryDequeue(out var host))
            {
                throw new InvalidOperationException(
                    $"The corpus has {aggregates.Count} aggregates, too few for {count} violations; ask for more lines or fewer violations.");
            }

            violations.Add(new Violation(kind, host, ChooseTarget(kind, host, aggregates, random)));
        }

        return violations;
    }

    private static AggregateModel? ChooseTarget(ViolationKind kind, AggregateModel host, IReadOnlyList<AggregateModel> aggregates, Random random)
    {
        switch (kind)
        {
            case ViolationKind.WebUsesInfrastructure:
                return aggregates[random.Next(aggregates.Count)];
            case ViolationKind.ModuleUsesOtherModule:
                var others = aggregates.Where(a => a.Module != host.Module).ToList();
                if (others.Count == 0)
                {
                    throw new InvalidOperationException("A module violation needs aggregates in two modules; ask for more lines.");
                }

                return others[random.Next(others.Count)];
            default:
                return null;
        }
    }
}
