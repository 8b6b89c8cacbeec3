using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>Random literals, written as C# source.</summary>
internal sealed class LiteralFactory
{
    private static readonly string[] Words =
    {
        "pending", "active", "archived", "north", "south", "retail", "bulk", "priority", "draft", "legacy",
        "express", "standard", "premium", "sample", "review", "hold", "open", "closed", "vip", "trial",
    };

    private static readonly string[] Separators = { ", ", "; ", " | ", "/", " - ", ":" };
    private static readonly char[] Characters = { ',', ';', '|', ':', '-', '/', '#', '.' };
    private static readonly string[] Statuses = { "Draft", "Placed", "Shipped", "Cancelled" };

    private static readonly Regex Placeholder = new(@"\{(\w+)\}", RegexOptions.CultureInvariant);

    private readonly Random _random;

    public LiteralFactory(Random random) => _random = random;

    public string Int() => _random.Next(2, 120).ToString(CultureInfo.InvariantCulture);

    /// <summary>A small divisor or step: 2 to 9.</summary>
    public string Small() => _random.Next(2, 10).ToString(CultureInfo.InvariantCulture);

    /// <summary>Two increasing ints, for range patterns and arms that must not subsume each other.</summary>
    public (string Low, string High) IntRange()
    {
        var low = _random.Next(2, 60);
        return (low.ToString(CultureInfo.InvariantCulture), (low + _random.Next(5, 60)).ToString(CultureInfo.InvariantCulture));
    }

    public string Money() => _random.Next(5, 900).ToString(CultureInfo.InvariantCulture) + "." + _random.Next(0, 100).ToString("00", CultureInfo.InvariantCulture) + "m";

    /// <summary>A multiplier such as <c>1.15m</c> or <c>0.85m</c>.</summary>
    public string Rate() => (_random.Next(0, 2) == 0 ? "0." : "1.") + _random.Next(5, 96).ToString("00", CultureInfo.InvariantCulture) + "m";

    public string Real() => (_random.Next(1, 40) * 0.25).ToString("0.0#", CultureInfo.InvariantCulture);

    public string Word() => Words[_random.Next(Words.Length)];

    public string Text() => "\"" + Word() + "\"";

    public string Separator() => "\"" + Separators[_random.Next(Separators.Length)] + "\"";

    public string Char() => "'" + Characters[_random.Next(Characters.Length)] + "'";

    public string Status() => "OrderStatus." + Statuses[_random.Next(Statuses.Length)];

    public string Comparison() => new[] { "<", "<=", ">", ">=", "==", "!=" }[_random.Next(6)];

    public string Arithmetic() => new[] { "+", "-", "*" }[_random.Next(3)];

    /// <summary>The template with each <c>{int}</c>, <c>{small}</c>, <c>{money}</c>, <c>{text}</c>, <c>{status}</c>, <c>{cmp}</c> or <c>{op}</c> drawn afresh.</summary>
    public string Fill(string template) => Placeholder.Replace(template, match => match.Groups[1].Value switch
    {
        "int" => Int(),
        "small" => Small(),
        "money" => Money(),
        "text" => Text(),
        "status" => Status(),
        "cmp" => Comparison(),
        "op" => Arithmetic(),
        var other => throw new ArgumentException($"Unknown placeholder {{{other}}} in '{template}'.", nameof(template)),
    });
}
