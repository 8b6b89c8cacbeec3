using System;
using System.Collections.Generic;
using System.Linq;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>A variable the generator may use: <paramref name="Assignable"/> if it may be reassigned, <paramref name="Mutable"/> if its collection may be changed.</summary>
internal sealed record Variable(string Name, ValueKind Kind, bool Assignable, bool Mutable);

/// <summary>The variables visible at the point being generated: a block's own, then its enclosing blocks'.</summary>
internal sealed class Scope
{
    private readonly Scope? _parent;
    private readonly List<Variable> _own = new();

    public Scope(Scope? parent = null) => _parent = parent;

    /// <summary>Set for loop bodies, where <c>continue</c> and <c>break</c> are allowed.</summary>
    public bool IsLoopBody { get; init; }

    /// <summary>Set for switch sections, which end in their own <c>break</c>: a jump before it would leave dead code.</summary>
    public bool IsSwitchSection { get; init; }

    public bool AllowsJumps => !IsSwitchSection && (IsLoopBody || (_parent?.AllowsJumps ?? false));

    public void Add(Variable variable) => _own.Add(variable);

    /// <summary>Innermost and latest first.</summary>
    public IEnumerable<Variable> Visible
    {
        get
        {
            for (var i = _own.Count - 1; i >= 0; i--)
            {
                yield return _own[i];
            }

            if (_parent is not null)
            {
                foreach (var variable in _parent.Visible)
                {
                    yield return variable;
                }
            }
        }
    }

    public List<Variable> Where(ValueKind kind, Func<Variable, bool>? filter = null) =>
        Visible.Where(v => v.Kind == kind && (filter is null || filter(v))).ToList();
}

/// <summary>
/// Hands out local and parameter names, unique within one method, from a pool of plausible words per kind.
/// Locals are words of two letters or more, so they never clash with the one-letter lambda parameters templates use.
/// </summary>
internal sealed class NameAllocator
{
    private static readonly Dictionary<ValueKind, string[]> Pools = new()
    {
        [ValueKind.Int] = new[] { "total", "count", "hits", "score", "width", "offset", "limit", "budget", "misses", "retries", "steps", "depth", "weight", "rank", "quota", "delta", "peak", "size", "capacity", "used" },
        [ValueKind.Real] = new[] { "ratio", "average", "mean", "spread", "factor", "share", "variance", "load", "rate", "median" },
        [ValueKind.Money] = new[] { "amount", "revenue", "balance", "cost", "fee", "refund", "subtotal", "price", "credit", "margin" },
        [ValueKind.Text] = new[] { "label", "line", "title", "summary", "prefix", "suffix", "header", "note", "caption", "message", "code", "slug", "display", "heading" },
        [ValueKind.Flag] = new[] { "ok", "found", "valid", "ready", "dirty", "matched", "empty", "blocked", "urgent", "stale" },
        [ValueKind.Numbers] = new[] { "ids", "values", "sizes", "scores", "buckets", "lengths", "ranks", "offsets", "samples", "weights" },
        [ValueKind.Words] = new[] { "names", "labels", "lines", "tags", "keys", "parts", "messages", "codes", "titles", "notes" },
        [ValueKind.Tally] = new[] { "counts", "histogram", "frequencies", "byName", "totals", "seen", "lookup", "usage" },
        [ValueKind.Builder] = new[] { "builder", "sb", "output", "buffer", "report" },
        [ValueKind.Orders] = new[] { "orders", "pending", "shipped", "selection", "batch", "recent", "large", "queue" },
        [ValueKind.Order] = new[] { "order", "first", "latest", "best", "candidate", "match", "current", "target" },
        [ValueKind.Items] = new[] { "items", "source", "elements" },
        [ValueKind.Describer] = new[] { "describe", "format", "keyOf" },
        [ValueKind.Item] = new[] { "item", "element", "entry" },
        [ValueKind.Token] = new[] { "cancellationToken" },
    };

    private static readonly string[] LoopIndices = { "i", "j", "index", "position", "slot", "attempt", "round", "page" };
    private static readonly string[] Errors = { "ex", "error", "failure", "problem" };
    private static readonly string[] Misc = { "writer", "scale", "adjust", "accept", "pair", "word", "number", "row", "low", "high" };

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly Random _random;

    public NameAllocator(Random random) => _random = random;

    /// <summary>Every name this generator may use for a local or parameter: mutators keep clear of them.</summary>
    public static IEnumerable<string> Vocabulary => Pools.Values.SelectMany(p => p).Concat(LoopIndices).Concat(Errors).Concat(Misc);

    public string For(ValueKind kind) => Take(Pools[kind]);

    public string LoopIndex() => Take(LoopIndices);

    public string Error() => Take(Errors);

    /// <summary>A name from <paramref name="hints"/> (random order), or the first hint numbered when all are taken.</summary>
    public string Take(params string[] hints)
    {
        var start = _random.Next(hints.Length);
        for (var i = 0; i < hints.Length; i++)
        {
            var candidate = hints[(start + i) % hints.Length];
            if (_used.Add(candidate))
            {
                return candidate;
            }
        }

        for (var n = 2; ; n++)
        {
            var numbered = hints[start] + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_used.Add(numbered))
            {
                return numbered;
            }
        }
    }
}

internal static class RandomChoice
{
    /// <summary>A random element, or null if there is none.</summary>
    public static T? OneOrDefault<T>(this Random random, IReadOnlyList<T> items)
        where T : class => items.Count == 0 ? null : items[random.Next(items.Count)];
}
