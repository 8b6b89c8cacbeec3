using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Harness.Analyzers.Configuration;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Architecture;

/// <summary>
/// HAR1004: layers whose code uses each other in a cycle. Each use between layers that the rules let form a cycle
/// is recorded as an edge (keeping its first use in source order, so reports do not depend on thread timing);
/// cycles are found when the whole compilation has been seen, so this rule is build-only.
/// </summary>
internal sealed class LayerCycleRule : IUseRule
{
    private readonly ArchitectureModel _model;
    private readonly ConcurrentDictionary<(int From, int To), Location> _edges = new();

    public LayerCycleRule(ArchitectureModel model) => _model = model;

    public IEnumerable<int> InterestsIn(UseContext context, NameIndex index) =>
        NameIndex.LayerInterests(_model, context.Layer, IsEdge);

    public bool JudgesEveryName(UseContext context) => false;

    public bool MayCare(UseContext context, UseTarget target) => IsEdge(context.Layer, target.Layer);

    public bool MayCare(UseContext context, NamespaceFacts ns, int layer) => IsEdge(context.Layer, layer);

    public bool JudgesEachConstructor(INamedTypeSymbol type) => false;

    public void Check(UseSite use, List<Violation> violations)
    {
        var from = use.Context.Layer;
        var to = use.Target.Layer;
        if (IsEdge(from, to))
        {
            var location = use.Node.GetLocation();
            _edges.AddOrUpdate((from, to), location, (_, existing) => SourceOrder.Compare(location, existing) < 0 ? location : existing);
        }
    }

    public void ReportCycles(Action<Diagnostic> report)
    {
        var edges = _edges.ToDictionary(pair => pair.Key, pair => pair.Value);
        var component = StronglyConnected.Components(_model.Layers.Length, (from, to) => edges.ContainsKey((from, to)));
        foreach (var group in Enumerable.Range(0, _model.Layers.Length).GroupBy(layer => component[layer]).Where(g => g.Count() > 1))
        {
            var cycle = ShortestCycleFrom(group.Min(), edges);
            var uses = cycle.Zip(cycle.Skip(1), (from, to) => edges[(from, to)]).ToList();
            var path = string.Join(" -> ", cycle.Select(layer => _model.Layers[layer].Name));
            report(Finding.Create(Descriptors.LayerCycle, uses[0], uses.Skip(1), path));
        }
    }

    /// <summary>A use between layers that the rules let use each other in a cycle: an edge of the graph cycles are looked for in.</summary>
    private bool IsEdge(int from, int to) => from >= 0 && to >= 0 && _model.CanFormCycle(from, to);

    /// <summary>Breadth-first from <paramref name="start"/> back to itself: start, ..., start.</summary>
    private List<int> ShortestCycleFrom(int start, Dictionary<(int From, int To), Location> edges)
    {
        var previous = new Dictionary<int, int>();
        var queue = new Queue<int>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var layer = queue.Dequeue();
            for (var next = 0; next < _model.Layers.Length; next++)
            {
                if (!edges.ContainsKey((layer, next)))
                {
                    continue;
                }

                if (next == start)
                {
                    var cycle = new List<int> { start };
                    for (var step = layer; step != start; step = previous[step])
                    {
                        cycle.Insert(1, step);
                    }

                    cycle.Add(start);
                    return cycle;
                }

                if (!previous.ContainsKey(next))
                {
                    previous[next] = layer;
                    queue.Enqueue(next);
                }
            }
        }

        throw new InvalidOperationException("A strongly connected group always holds a cycle through each of its layers.");
    }
}
