using System;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>
/// Random expressions of each <see cref="ValueKind"/> over the variables in scope. Lambdas take one-letter
/// parameters and use only those and literals, so they never capture or shadow a local.
/// </summary>
internal sealed class ExpressionFactory
{
    private static readonly string[] NumberSteps =
    {
        ".Where(n => n {cmp} {int})", ".Select(n => n {op} {small})", ".Distinct()", ".OrderBy(n => n)", ".OrderByDescending(n => n)", ".Take({small})", ".Skip({small})",
    };

    private static readonly string[] WordSteps =
    {
        ".Where(w => w.Length {cmp} {small})", ".Where(w => !string.IsNullOrWhiteSpace(w))", ".Select(w => w.Trim())", ".Select(w => w.ToUpperInvariant())",
        ".Distinct(StringComparer.OrdinalIgnoreCase)", ".OrderBy(w => w, StringComparer.Ordinal)", ".Take({small})", ".Where(w => w.StartsWith({text}, StringComparison.Ordinal))",
    };

    private static readonly string[] OrderSteps =
    {
        ".Where(o => o.Total > {money})", ".Where(o => o.Status != {status})", ".OrderBy(o => o.Id)", ".OrderByDescending(o => o.Total)", ".Take({small})",
        ".Where(o => o.Lines.Count > 0)", ".OrderBy(o => o.Customer, StringComparer.Ordinal)",
    };

    private readonly MethodBuilder _b;

    public ExpressionFactory(MethodBuilder builder) => _b = builder;

    private LiteralFactory L => _b.Literal;

    public string Of(ValueKind kind) => kind switch
    {
        ValueKind.Int => Int(),
        ValueKind.Real => Real(),
        ValueKind.Money => Money(),
        ValueKind.Text => Text(),
        ValueKind.Flag => Flag(),
        ValueKind.Numbers => Numbers(),
        ValueKind.Words => Words(),
        ValueKind.Tally => Tally(),
        ValueKind.Orders => Orders(),
        ValueKind.Order => Order(),
        ValueKind.Builder => _b.Chance(50) ? "new StringBuilder()" : $"new StringBuilder({Text()})",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public string Int() => First(
        () => L.Int(),
        () => With(ValueKind.Int, v => $"{v} {_b.OneOf("+", "-", "*")} {L.Int()}"),
        () => With(ValueKind.Int, v => $"{v} {_b.OneOf("/", "%")} {L.Small()}"),
        () => With(ValueKind.Int, a => With(ValueKind.Int, c => $"{a} {_b.OneOf("+", "-", "*")} {c}")),
        () => With(ValueKind.Text, t => _b.OneOf($"{t}.Length", $"{t}.IndexOf({L.Char()})", $"{t}.Split({L.Char()}).Length", $"{t}.Count(char.IsDigit)")),
        () => With(ValueKind.Numbers, n => _b.OneOf(
            $"{n}.Count", $"{n}.Sum()", $"{n}.Count(n => n {L.Comparison()} {L.Int()})", $"{n}.Where(n => n % {L.Small()} == 0).Sum()",
            $"{n}.Select(n => n * {L.Small()}).DefaultIfEmpty().Max()", $"{n}.Aggregate(0, (acc, n) => acc + n * {L.Small()})")),
        () => With(ValueKind.Words, w => _b.OneOf(
            $"{w}.Count", $"{w}.Sum(w => w.Length)", $"{w}.Count(w => w.Contains({L.Char()}))", $"{w}.Select(w => w.Length).DefaultIfEmpty().Max()")),
        () => With(ValueKind.Tally, d => _b.OneOf(
            $"{d}.Count", $"{d}.Values.Sum()", $"{d}.GetValueOrDefault({L.Text()})", $"{d}.Keys.Count(k => k.Length > {L.Small()})", $"{d}.Values.DefaultIfEmpty().Max()")),
        () => With(ValueKind.Orders, os => _b.OneOf(
            $"{os}.Count", $"{os}.Count(o => o.Status == {L.Status()})", $"{os}.Sum(o => o.Lines.Count)", $"{os}.Select(o => o.Id).DefaultIfEmpty().Max()")),
        () => With(ValueKind.Order, o => _b.OneOf($"{o}.Id", $"{o}.Lines.Sum(l => l.Quantity)", $"{o}.Lines.Count")),
        () => With(ValueKind.Real, r => _b.OneOf($"(int)Math.Round({r})", $"(int)Math.Ceiling({r} * {L.Real()})")),
        () => With(ValueKind.Money, m => _b.OneOf($"(int)decimal.Truncate({m})", $"decimal.ToInt32(Math.Round({m}))")),
        () => With(ValueKind.Flag, f => $"{f} ? {L.Int()} : {L.Int()}"),
        () => With(ValueKind.Builder, sb => $"{sb}.Length"),
        () => With(ValueKind.Items, items => $"{items}.Count"));

    public string Text() => First(
        () => L.Text(),
        () => With(ValueKind.Text, t => _b.OneOf(
            $"{t}.Trim()", $"{t}.ToUpperInvariant()", $"{t}.ToLowerInvariant()", $"{t}.Replace({L.Text()}, {L.Text()})",
            $"{t}.PadLeft({L.Small()})", $"{t}.Substring(0, Math.Min({L.Small()}, {t}.Length))", $"{t}.TrimEnd({L.Char()})")),
        () => With(ValueKind.Words, w => _b.OneOf(
            $"string.Join({L.Separator()}, {w})", $"string.Concat({w}.Take({L.Small()}))", $"{w}.FirstOrDefault() ?? {L.Text()}",
            $"{w}.OrderBy(w => w.Length).LastOrDefault() ?? string.Empty")),
        () => With(ValueKind.Numbers, n => _b.OneOf($"string.Join({L.Char()}, {n})", $"{n}.Count.ToString(CultureInfo.InvariantCulture)")),
        () => With(ValueKind.Int, i => _b.OneOf($"{i}.ToString(CultureInfo.InvariantCulture)", $"{i}.ToString(\"D{L.Small()}\", CultureInfo.InvariantCulture)")),
        () => With(ValueKind.Money, m => _b.OneOf($"{m}.ToString(\"F2\", CultureInfo.InvariantCulture)", $"{m}.ToString(\"N2\", CultureInfo.InvariantCulture)")),
        () => With(ValueKind.Real, r => $"{r}.ToString(\"0.###\", CultureInfo.InvariantCulture)"),
        Interpolation,
        () => With(ValueKind.Order, o => _b.OneOf($"{o}.Customer", $"{o}.Status.ToString()", $"{o}.Lines.FirstOrDefault()?.Sku ?? {L.Text()}")),
        () => With(ValueKind.Orders, os => _b.OneOf($"{os}.Select(o => o.Customer).FirstOrDefault() ?? {L.Text()}", $"string.Join({L.Separator()}, {os}.Select(o => o.Id))")),
        () => With(ValueKind.Builder, sb => $"{sb}.ToString()"),
        () => With(ValueKind.Flag, f => $"{f} ? {L.Text()} : {L.Text()}"),
        () => With(ValueKind.Items, items => With(ValueKind.Describer, d => $"{items}.Count > 0 ? {d}({items}[0]) : {L.Text()}")));

    /// <summary>A condition; a constant one only when nothing in scope can be tested (constants make dead code).</summary>
    public string Flag() => FirstOr(
        () => _b.OneOf("true", "false"),
        () => With(ValueKind.Int, i => _b.OneOf($"{i} {L.Comparison()} {L.Int()}", $"{i} % {L.Small()} == 0", IntRangePattern(i))),
        () => With(ValueKind.Text, t => _b.OneOf(
            $"{t}.StartsWith({L.Text()}, StringComparison.Ordinal)", $"string.IsNullOrWhiteSpace({t})", $"{t}.Contains({L.Char()})",
            $"{t}.Length > {L.Small()}", $"{t}.Equals({L.Text()}, StringComparison.OrdinalIgnoreCase)")),
        () => With(ValueKind.Numbers, n => _b.OneOf($"{n}.Any(n => n {L.Comparison()} {L.Int()})", $"{n}.All(n => n > {L.Int()})", $"{n}.Contains({L.Int()})", $"{n}.Count > {L.Small()}")),
        () => With(ValueKind.Words, w => _b.OneOf($"{w}.Contains({L.Text()})", $"{w}.Any(w => w.EndsWith({L.Text()}, StringComparison.Ordinal))", $"{w}.Count == 0")),
        () => With(ValueKind.Tally, d => _b.OneOf($"{d}.ContainsKey({L.Text()})", $"{d}.Values.Any(v => v > {L.Int()})")),
        () => With(ValueKind.Orders, os => _b.OneOf($"{os}.Any(o => o.Total > {L.Money()})", $"{os}.All(o => o.Status != {L.Status()})")),
        () => With(ValueKind.Order, o => _b.OneOf(
            $"{o}.Status == {L.Status()}", $"{o} is {{ Total: > {L.Money()}, Lines.Count: > 0 }}", $"{o}.Lines.Any(l => l.Quantity > {L.Small()})")),
        () => With(ValueKind.Money, m => $"{m} >= {L.Money()}"),
        () => With(ValueKind.Real, r => $"{r} < {L.Real()}"),
        () => With(ValueKind.Flag, f => $"!{f}"));

    public string Money() => First(
        () => L.Money(),
        () => With(ValueKind.Orders, os => _b.OneOf(
            $"{os}.Sum(o => o.Total)", $"{os}.Where(o => o.Status == {L.Status()}).Sum(o => o.Total)", $"{os}.Select(o => o.Total).DefaultIfEmpty().Max()")),
        () => With(ValueKind.Order, o => _b.OneOf($"{o}.Total", $"{o}.Lines.Sum(l => l.Price * l.Quantity)", $"{o}.Total * {L.Rate()}")),
        () => With(ValueKind.Money, m => _b.OneOf($"{m} * {L.Rate()}", $"Math.Round({m}, 2)", $"{m} + {L.Money()}", $"decimal.Round({m} / {L.Small()}m, 2)")),
        () => With(ValueKind.Int, i => _b.OneOf($"{i} * {L.Money()}", $"(decimal){i} / {L.Small()}")));

    public string Real() => First(
        () => L.Real(),
        () => With(ValueKind.Numbers, n => $"{n}.DefaultIfEmpty().Average()"),
        () => With(ValueKind.Int, i => _b.OneOf($"Math.Sqrt({i})", $"{i} / {L.Real()}", $"Math.Log({i} + 1.0)")),
        () => With(ValueKind.Real, r => _b.OneOf($"{r} * {L.Real()}", $"Math.Pow({r}, 2)", $"Math.Abs({r} - {L.Real()})")),
        () => With(ValueKind.Money, m => $"(double){m}"),
        () => With(ValueKind.Words, w => $"{w}.Select(w => w.Length).DefaultIfEmpty().Average()"));

    public string Numbers() => First(
        () => _b.OneOf("new List<int>()", $"new List<int> {{ {L.Int()}, {L.Int()}, {L.Int()} }}", $"Enumerable.Range({L.Small()}, {L.Int()}).ToList()"),
        () => With(ValueKind.Numbers, n => n + Chain(1, NumberSteps) + ".ToList()"),
        () => With(ValueKind.Words, w => $"{w}.Select(w => w.Length)" + Chain(0, NumberSteps) + ".ToList()"),
        () => With(ValueKind.Orders, os => _b.OneOf($"{os}.Select(o => o.Id)", $"{os}.SelectMany(o => o.Lines).Select(l => l.Quantity)") + Chain(0, NumberSteps) + ".ToList()"),
        () => With(ValueKind.Text, t => $"{t}.Split({L.Char()}, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).ToList()"),
        () => With(ValueKind.Tally, d => $"{d}.Values.OrderBy(v => v).ToList()"));

    public string Words() => First(
        () => _b.OneOf("new List<string>()", $"new List<string> {{ {L.Text()}, {L.Text()} }}"),
        () => With(ValueKind.Words, w => w + Chain(1, WordSteps) + ".ToList()"),
        () => With(ValueKind.Text, t => $"{t}.Split({L.Char()}, StringSplitOptions.TrimEntries).ToList()"),
        () => With(ValueKind.Orders, os => _b.OneOf($"{os}.Select(o => o.Customer)", $"{os}.SelectMany(o => o.Lines).Select(l => l.Sku)") + Chain(0, WordSteps) + ".ToList()"),
        () => With(ValueKind.Numbers, n => $"{n}.Select(n => n.ToString(CultureInfo.InvariantCulture))" + Chain(0, WordSteps) + ".ToList()"),
        () => With(ValueKind.Tally, d => _b.OneOf($"{d}.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList()", $"{d}.Where(p => p.Value > {L.Small()}).Select(p => p.Key).ToList()")),
        () => With(ValueKind.Items, items => With(ValueKind.Describer, d => $"{items}.Select({d}).ToList()")));

    public string Tally() => First(
        () => $"new Dictionary<string, int>(StringComparer.{_b.OneOf("Ordinal", "OrdinalIgnoreCase")})",
        () => With(ValueKind.Words, w => _b.OneOf($"{w}.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count())", $"{w}.Distinct().ToDictionary(w => w, w => w.Length)")),
        () => With(ValueKind.Orders, os => _b.OneOf(
            $"{os}.GroupBy(o => o.Customer).ToDictionary(g => g.Key, g => g.Count())",
            $"{os}.ToDictionary(o => o.Id.ToString(CultureInfo.InvariantCulture), o => o.Lines.Count)")),
        () => With(ValueKind.Items, items => With(ValueKind.Describer, d => $"{items}.GroupBy({d}).ToDictionary(g => g.Key, g => g.Count())")));

    public string Orders() => First(
        () => "new List<Order>()",
        () => With(ValueKind.Orders, os => os + Chain(1, OrderSteps) + ".ToList()"));

    public string Order() => First(
        () => $"new Order({Int()}, {Text()}, {Money()}, {L.Status()}, Array.Empty<OrderLine>())",
        () => With(ValueKind.Orders, os => _b.OneOf(
            $"{os}.OrderByDescending(o => o.Total).FirstOrDefault()", $"{os}.FirstOrDefault(o => o.Status == {L.Status()})", $"{os}.LastOrDefault()", $"{os}.MaxBy(o => o.Lines.Count)")
            + " ?? " + (_b.Pick(ValueKind.Order) is { } fallback && _b.Chance(50) ? fallback.Name : $"new Order({L.Int()}, {L.Text()}, {L.Money()}, {L.Status()}, Array.Empty<OrderLine>())")),
        () => With(ValueKind.Order, o => _b.OneOf($"{o} with {{ Total = {o}.Total * {L.Rate()} }}", $"{o} with {{ Status = {L.Status()} }}")));

    /// <summary>An interpolated string over one or two scalars in scope.</summary>
    private string? Interpolation()
    {
        var first = _b.PickAny(v => Array.IndexOf(ValueKinds.Scalars, v.Kind) >= 0);
        if (first is null)
        {
            return null;
        }

        var second = _b.PickAny(v => v != first && Array.IndexOf(ValueKinds.Scalars, v.Kind) >= 0);
        var tail = second is null ? string.Empty : $" ({{{second.Name}{(second.Kind is ValueKind.Money or ValueKind.Real ? ":F2" : string.Empty)}}})";
        return $"$\"{L.Word()}: {{{first.Name}}}{tail}\"";
    }

    private string IntRangePattern(string value)
    {
        var (low, high) = L.IntRange();
        return $"{value} is > {low} and < {high}";
    }

    /// <summary><paramref name="minimum"/> to two LINQ steps drawn from <paramref name="steps"/>, literals filled in.</summary>
    private string Chain(int minimum, string[] steps)
    {
        var count = minimum + _b.Random.Next(3 - minimum);
        var chain = string.Empty;
        for (var i = 0; i < count; i++)
        {
            chain += L.Fill(steps[_b.Random.Next(steps.Length)]);
        }

        return chain;
    }

    private string? With(ValueKind kind, Func<string, string?> build) => _b.Pick(kind) is { } variable ? build(variable.Name) : null;

    private string First(params Func<string?>[] options) =>
        FirstOr(() => throw new InvalidOperationException("No expression option applies; every kind needs one that always does."), options);

    /// <summary>The first option, in random order, that applies (returns non-null); else the fallback.</summary>
    private string FirstOr(Func<string> fallback, params Func<string?>[] options)
    {
        var order = new int[options.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = _b.Random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        foreach (var index in order)
        {
            if (options[index]() is { } expression)
            {
                return expression;
            }
        }

        return fallback();
    }
}
