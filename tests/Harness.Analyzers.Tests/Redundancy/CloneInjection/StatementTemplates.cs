using System;
using System.Collections.Generic;
using System.Linq;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>One shape of statement (a filtered loop, a try/catch, a LINQ declaration…) that a method body is composed of.</summary>
internal sealed record StatementTemplate(string Name, int Weight, Func<MethodBuilder, bool> Applies, Action<MethodBuilder> Emit);

/// <summary>
/// The statement templates bodies are composed from. Each one draws its identifiers, literals, operators and
/// sub-expressions at random, so two uses of a template rarely come out alike.
/// </summary>
internal static class StatementTemplates
{
    public static readonly StatementTemplate Guard = new("guard", 2, _ => true, EmitGuard);
    public static readonly StatementTemplate Await = new("await", 3, b => b.IsAsync, EmitAwait);
    public static readonly StatementTemplate Generic = new("generic", 3, b => b.Has(ValueKind.Items), EmitGeneric);

    public static readonly IReadOnlyList<StatementTemplate> All = new[]
    {
        new StatementTemplate("declare scalar", 4, _ => true, b => DeclareScalar(b)),
        new StatementTemplate("declare collection", 3, _ => true, EmitDeclareCollection),
        new StatementTemplate("accumulate", 3, b => AssignableScalar(b) is not null, b => Accumulate(b)),
        new StatementTemplate("for", 2, _ => true, EmitFor),
        new StatementTemplate("foreach", 3, b => Sequence(b) is not null, EmitForeach),
        new StatementTemplate("query", 1, b => b.Has(ValueKind.Orders) || b.Has(ValueKind.Words) || b.Has(ValueKind.Numbers), EmitQuery),
        new StatementTemplate("string builder", 2, _ => true, EmitBuilder),
        new StatementTemplate("tally", 2, b => b.Has(ValueKind.Words) || b.Has(ValueKind.Orders) || b.Has(ValueKind.Numbers), EmitTally),
        new StatementTemplate("try parse", 1, b => b.Has(ValueKind.Text), EmitTryParse),
        new StatementTemplate("try/catch", 2, _ => true, EmitTryCatch),
        new StatementTemplate("switch", 1, _ => true, EmitSwitch),
        new StatementTemplate("switch expression", 2, _ => true, EmitSwitchExpression),
        new StatementTemplate("pattern", 2, b => b.Has(ValueKind.Order) || b.Has(ValueKind.Orders) || b.Has(ValueKind.Int) || b.Has(ValueKind.Text), EmitPattern),
        Guard,
        new StatementTemplate("while", 1, b => b.Has(ValueKind.Int, v => v.Assignable), EmitWhile),
        Await,
        new StatementTemplate("record", 1, _ => true, EmitRecord),
        new StatementTemplate("deconstruct", 1, _ => true, EmitDeconstruct),
        new StatementTemplate("lambda", 1, _ => true, EmitLambda),
        new StatementTemplate("list change", 2, b => MutableList(b) is not null, EmitListChange),
        new StatementTemplate("if/else", 2, _ => true, EmitIfElse),
        new StatementTemplate("writer", 1, _ => true, EmitWriter),
        Generic,
    };

    /// <summary>A short statement for inside a block: an update, an append, a log line, now and then a jump (if <paramref name="mayJump"/>).</summary>
    public static void Simple(MethodBuilder b, bool mayJump = true)
    {
        var list = MutableList(b);
        var tally = b.Pick(ValueKind.Tally, v => v.Mutable);
        var builder = b.Pick(ValueKind.Builder);
        var options = new List<Action>();
        if (AssignableScalar(b) is not null)
        {
            options.Add(() => Accumulate(b));
            options.Add(() => Accumulate(b));
        }

        if (list is not null)
        {
            var element = list.Kind switch { ValueKind.Numbers => ValueKind.Int, ValueKind.Words => ValueKind.Text, _ => ValueKind.Order };
            options.Add(() => b.Line($"{list.Name}.Add({b.Expr.Of(element)});"));
        }

        if (tally is not null)
        {
            options.Add(() =>
            {
                // A key written twice is a name or a literal; a longer one would be given a local first.
                var key = b.Pick(ValueKind.Text) is { } text && b.Chance(70) ? text.Name : b.Literal.Text();
                b.Line($"{tally.Name}[{key}] = {tally.Name}.GetValueOrDefault({key}) + {Operand(b.OneOf("1", b.Expr.Int()))};");
            });
        }

        if (builder is not null)
        {
            options.Add(() => b.Line(b.OneOf(
                $"{builder.Name}.Append({b.Expr.Text()}).Append({b.Literal.Char()});",
                $"{builder.Name}.AppendLine({b.Expr.Text()});",
                $"{builder.Name}.Append({b.Expr.Int()});")));
        }

        options.Add(() => b.Line($"Console.WriteLine({b.Expr.Text()});"));
        if (mayJump && b.Scope.AllowsJumps && b.Chance(10))
        {
            b.Line(b.OneOf("continue;", "break;"));
            return;
        }

        options[b.Random.Next(options.Count)]();
    }

    private static void Several(MethodBuilder b, int max)
    {
        var count = 1 + b.Random.Next(max);
        for (var i = 0; i < count; i++)
        {
            // A jump anywhere but last would leave dead code behind it.
            Simple(b, mayJump: i == count - 1);
        }
    }

    private static Variable? AssignableScalar(MethodBuilder b) =>
        b.PickAny(v => v.Assignable && Array.IndexOf(ValueKinds.Scalars, v.Kind) >= 0);

    private static Variable? MutableList(MethodBuilder b) =>
        b.PickAny(v => v.Mutable && v.Kind is ValueKind.Numbers or ValueKind.Words or ValueKind.Orders);

    private static Variable? Sequence(MethodBuilder b) =>
        b.PickAny(v => v.Kind is ValueKind.Numbers or ValueKind.Words or ValueKind.Orders or ValueKind.Tally or ValueKind.Items);

    private static Variable DeclareScalar(MethodBuilder b)
    {
        var kind = b.OneOf(ValueKinds.Scalars);
        return b.Declare(kind, b.Expr.Of(kind), explicitType: b.Chance(30));
    }

    private static void EmitDeclareCollection(MethodBuilder b)
    {
        var kind = b.OneOf(ValueKind.Numbers, ValueKind.Words, ValueKind.Tally, ValueKind.Orders, ValueKind.Order, ValueKind.Builder);
        b.Declare(kind, b.Expr.Of(kind));
    }

    private static void Accumulate(MethodBuilder b)
    {
        var target = AssignableScalar(b)!;
        var t = target.Name;
        b.Line(target.Kind switch
        {
            ValueKind.Int => $"{t} {b.OneOf("+=", "-=", "*=")} {b.Expr.Int()};",
            ValueKind.Money => $"{t} {b.OneOf("+=", "-=")} {b.Expr.Money()};",
            ValueKind.Real => $"{t} {b.OneOf("+=", "*=")} {b.Expr.Real()};",
            ValueKind.Text => b.Chance(50) ? $"{t} += {b.Expr.Text()};" : $"{t} = {b.Expr.Text()};",
            _ => b.Chance(50) ? $"{t} = {t} || {b.Expr.Flag()};" : $"{t} &= {b.Expr.Flag()};",
        });
    }

    private static void EmitFor(MethodBuilder b)
    {
        var index = b.Names.LoopIndex();
        var bound = b.PickAny(v => v.Kind is ValueKind.Numbers or ValueKind.Words or ValueKind.Orders) is { } list && b.Chance(60)
            ? list.Name + ".Count"
            : Operand(b.Expr.Int());
        var step = b.Chance(70) ? index + "++" : $"{index} += {b.Literal.Small()}";
        b.Block($"for (var {index} = 0; {index} < {bound}; {step})", () => Several(b, 2), isLoop: true, new Variable(index, ValueKind.Int, false, false));
    }

    private static void EmitForeach(MethodBuilder b)
    {
        var source = Sequence(b)!;
        var (element, condition, exposed) = source.Kind switch
        {
            ValueKind.Numbers => Element(b, ValueKind.Int, "number", e => b.OneOf($"{e} {b.Literal.Comparison()} {b.Literal.Int()}", $"{e} % {b.Literal.Small()} == 0")),
            ValueKind.Words => Element(b, ValueKind.Text, "word", e => b.OneOf($"{e}.Length > {b.Literal.Small()}", $"{e}.StartsWith({b.Literal.Text()}, StringComparison.OrdinalIgnoreCase)", $"!string.IsNullOrEmpty({e})")),
            ValueKind.Orders => Element(b, ValueKind.Order, "row", e => b.OneOf($"{e}.Total > {b.Literal.Money()}", $"{e}.Status == {b.Literal.Status()}", $"{e}.Lines.Count > {b.Literal.Small()}")),
            ValueKind.Tally => PairElement(b),
            _ => ItemElement(b),
        };

        b.Block($"foreach (var {element} in {source.Name})", () =>
        {
            switch (b.Random.Next(3))
            {
                case 0:
                    b.Block($"if ({condition})", () => Several(b, 2));
                    break;
                case 1:
                    b.Block($"if (!({condition}))", () => b.Line("continue;"));
                    Several(b, 2);
                    break;
                default:
                    b.Block($"if ({condition})", () => Simple(b));
                    b.Continuation("else", () => Simple(b));
                    break;
            }
        }, isLoop: true, exposed);
    }

    private static (string, string, Variable[]) Element(MethodBuilder b, ValueKind kind, string hint, Func<string, string> condition)
    {
        var name = b.Names.Take(hint, b.Names.For(kind));
        return (name, condition(name), new[] { new Variable(name, kind, false, false) });
    }

    /// <summary>A dictionary entry: its key and value are usable as a text and an int.</summary>
    private static (string, string, Variable[]) PairElement(MethodBuilder b)
    {
        var pair = b.Names.Take("pair", "entry");
        var condition = b.OneOf($"{pair}.Value > {b.Literal.Small()}", $"{pair}.Key.Length > {b.Literal.Small()}");
        return (pair, condition, new[] { new Variable(pair + ".Key", ValueKind.Text, false, false), new Variable(pair + ".Value", ValueKind.Int, false, false) });
    }

    /// <summary>An element of a generic method's items: only its description is usable, as a text.</summary>
    private static (string, string, Variable[]) ItemElement(MethodBuilder b)
    {
        var item = b.Names.For(ValueKind.Item);
        var describer = b.Pick(ValueKind.Describer)!.Name;
        var description = $"{describer}({item})";
        return (item, $"{description}.Length > {b.Literal.Small()}", new[] { new Variable(description, ValueKind.Text, false, false) });
    }

    private static void EmitQuery(MethodBuilder b)
    {
        var orders = b.Pick(ValueKind.Orders);
        var words = b.Pick(ValueKind.Words);
        var numbers = b.Pick(ValueKind.Numbers);
        var range = b.Names.Take("rec", "row", "entry");
        var descending = b.Chance(40) ? " descending" : string.Empty;
        if (orders is not null && (words is null && numbers is null || b.Chance(50)))
        {
            var (kind, selected) = b.Chance(50) ? (ValueKind.Words, "Customer") : (ValueKind.Numbers, "Id");
            b.Declare(kind, $"(from {range} in {orders.Name} where {range}.Total > {b.Literal.Money()} orderby {range}.{b.OneOf("Id", "Total", "Customer")}{descending} select {range}.{selected}).ToList()");
        }
        else if (words is not null && (numbers is null || b.Chance(50)))
        {
            b.Declare(ValueKind.Words, $"(from {range} in {words.Name} where {range}.Length > {b.Literal.Small()} orderby {range}{descending} select {range}.{b.OneOf("ToUpperInvariant()", "Trim()", "ToLowerInvariant()")}).ToList()");
        }
        else
        {
            var square = b.Names.Take("square", "scaled");
            b.Declare(ValueKind.Numbers, $"(from {range} in {numbers!.Name} let {square} = {range} * {b.Literal.Small()} where {square} % {b.Literal.Small()} == 0 orderby {square}{descending} select {square}).ToList()");
        }
    }

    private static void EmitBuilder(MethodBuilder b)
    {
        var builder = b.Pick(ValueKind.Builder) ?? b.Declare(ValueKind.Builder, b.Expr.Of(ValueKind.Builder));
        var sb = builder.Name;
        if (b.Pick(ValueKind.Words) is { } words && b.Chance(50))
        {
            var word = b.Names.Take("word", "part");
            var append = b.OneOf(
                $"{sb}.Append({word}).Append({b.Literal.Separator()});",
                $"{sb}.AppendLine({word}.{b.OneOf("Trim()", "ToUpperInvariant()", "PadRight(" + b.Literal.Small() + ")")});",
                $"{sb}.AppendFormat(CultureInfo.InvariantCulture, \"{{0}}{b.Literal.Char().Trim('\'')}\", {word});");
            b.Block($"foreach (var {word} in {words.Name})", () =>
            {
                b.Line(append);
                if (b.Chance(40))
                {
                    Simple(b);
                }
            }, isLoop: true, new Variable(word, ValueKind.Text, false, false));
            if (b.Chance(50))
            {
                b.Block($"if ({sb}.Length > {b.Literal.Small()})", () => b.Line(b.OneOf($"{sb}.Length -= {b.Literal.Small()};", $"{sb}.Insert(0, {b.Expr.Text()});")));
            }

            return;
        }

        var appends = 1 + b.Random.Next(3);
        for (var i = 0; i < appends; i++)
        {
            b.Line(b.OneOf(
                $"{sb}.Append({b.Expr.Text()}).Append({b.Literal.Char()});",
                $"{sb}.AppendLine({b.Expr.Text()});",
                $"{sb}.Append({b.Expr.Of(b.OneOf(ValueKind.Int, ValueKind.Money, ValueKind.Real))});",
                $"{sb}.AppendFormat(CultureInfo.InvariantCulture, \"{{0}}={{1}}\", {b.Expr.Text()}, {b.Expr.Int()});"));
        }
    }

    private static void EmitTally(MethodBuilder b)
    {
        var source = b.PickAny(v => v.Kind is ValueKind.Words or ValueKind.Orders or ValueKind.Numbers)!;
        var tally = b.Declare(ValueKind.Tally, b.OneOf("new Dictionary<string, int>()", "new Dictionary<string, int>(StringComparer.Ordinal)", "new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)")).Name;
        var (element, key, weight, condition) = TallyElement(b, source.Kind);
        b.Block($"foreach (var {element.Name} in {source.Name})", () =>
        {
            if (b.Chance(40))
            {
                b.Block($"if ({condition})", () => b.Line("continue;"));
            }

            var k = key;
            if (b.Chance(key == element.Name ? 20 : 60))
            {
                k = b.Declare(ValueKind.Text, key).Name;
            }

            switch (b.Random.Next(3))
            {
                case 0:
                    var previous = b.Names.Take("seen", "previous", "existing");
                    b.Line($"{tally}[{k}] = {tally}.TryGetValue({k}, out var {previous}) ? {previous} + {weight} : {weight};");
                    break;
                case 1:
                    b.Block($"if (!{tally}.TryAdd({k}, {weight}))", () => b.Line(weight == "1" ? $"{tally}[{k}]++;" : $"{tally}[{k}] += {weight};"));
                    break;
                default:
                    b.Line($"{tally}[{k}] = {tally}.GetValueOrDefault({k}) + {weight};");
                    break;
            }

            if (b.Chance(30))
            {
                Simple(b);
            }
        }, isLoop: true, element);
    }

    /// <summary>The loop variable of a tally, the key it counts under, the weight it adds and a condition to skip it.</summary>
    private static (Variable Element, string Key, string Weight, string Skip) TallyElement(MethodBuilder b, ValueKind source)
    {
        var small = b.Literal.Small();
        switch (source)
        {
            case ValueKind.Words:
                var word = b.Names.Take("word", "entry", "part");
                return (new Variable(word, ValueKind.Text, false, false),
                    b.OneOf(word, $"{word}.ToLowerInvariant()", $"{word}.Trim()", $"{word}.Length.ToString(CultureInfo.InvariantCulture)", $"{word}.Split({b.Literal.Char()})[0]"),
                    b.OneOf("1", "1", $"{word}.Length"),
                    b.OneOf($"{word}.Length < {small}", $"string.IsNullOrWhiteSpace({word})", $"{word}.StartsWith({b.Literal.Text()}, StringComparison.Ordinal)"));
            case ValueKind.Orders:
                var row = b.Names.Take("row", "entry", "order");
                return (new Variable(row, ValueKind.Order, false, false),
                    b.OneOf($"{row}.Customer", $"{row}.Status.ToString()", $"{row}.Customer.ToUpperInvariant()", $"({row}.Id % {small}).ToString(CultureInfo.InvariantCulture)"),
                    b.OneOf("1", $"{row}.Lines.Count", $"{row}.Lines.Sum(l => l.Quantity)"),
                    b.OneOf($"{row}.Status == {b.Literal.Status()}", $"{row}.Total < {b.Literal.Money()}", $"{row}.Lines.Count == 0"));
            default:
                var number = b.Names.Take("number", "entry", "value");
                return (new Variable(number, ValueKind.Int, false, false),
                    b.OneOf($"({number} % {small}).ToString(CultureInfo.InvariantCulture)", $"{number}.ToString(CultureInfo.InvariantCulture)", $"({number} > {b.Literal.Int()} ? {b.Literal.Text()} : {b.Literal.Text()})", $"({number} / {small}).ToString(\"D2\", CultureInfo.InvariantCulture)"),
                    b.OneOf("1", "1", number),
                    b.OneOf($"{number} < 0", $"{number} % {small} == 0", $"{number} > {b.Literal.Int()}"));
        }
    }

    private static void EmitTryParse(MethodBuilder b)
    {
        var text = b.Pick(ValueKind.Text)!.Name;
        var (type, style, kind) = b.OneOf(("int", "Integer", ValueKind.Int), ("decimal", "Number", ValueKind.Money), ("double", "Float", ValueKind.Real));
        var parsed = b.Names.For(kind);
        var fallback = kind switch { ValueKind.Int => b.Literal.Int(), ValueKind.Money => b.Literal.Money(), _ => b.Literal.Real() };
        b.Block($"if (!{type}.TryParse({text}, NumberStyles.{style}, CultureInfo.InvariantCulture, out var {parsed}))", () => b.Line($"{parsed} = {fallback};"));
        b.Introduce(new Variable(parsed, kind, true, true));
    }

    private static void EmitTryCatch(MethodBuilder b)
    {
        var assignableInt = b.Pick(ValueKind.Int, v => v.Assignable);
        var assignableMoney = b.Pick(ValueKind.Money, v => v.Assignable);
        var text = b.Pick(ValueKind.Text);
        var tally = b.Pick(ValueKind.Tally);
        var orders = b.Pick(ValueKind.Orders);
        var options = new List<Action>
        {
            () =>
            {
                b.Block("try", () => Several(b, 2));
                b.Continuation("finally", () => b.Line($"Console.WriteLine({b.Literal.Text()});"));
            },
        };

        if (text is not null)
        {
            options.Add(() => EmitParseWithFallback(b, text.Name));
        }

        if (assignableInt is not null)
        {
            options.Add(() =>
            {
                b.Block("try", () => b.Line($"{assignableInt.Name} = checked({assignableInt.Name} * {Operand(b.Expr.Int())});"));
                b.Continuation("catch (OverflowException)", () => b.Line($"{assignableInt.Name} = int.MaxValue;"));
            });
        }

        if (assignableInt is not null && tally is not null)
        {
            options.Add(() =>
            {
                b.Block("try", () => b.Line($"{assignableInt.Name} += {tally.Name}[{b.Literal.Text()}];"));
                b.Continuation("catch (KeyNotFoundException)", () => b.Line($"{assignableInt.Name} -= {b.Literal.Small()};"));
            });
        }

        if (assignableMoney is not null && orders is not null)
        {
            options.Add(() =>
            {
                var error = b.Names.Error();
                b.Block("try", () => b.Line($"{assignableMoney.Name} += {orders.Name}.First(o => o.Status == {b.Literal.Status()}).Total;"));
                b.Continuation($"catch (InvalidOperationException {error})", () => b.Line($"Console.Error.WriteLine({error}.Message);"));
            });
        }

        options[b.Random.Next(options.Count)]();
    }

    private static void EmitParseWithFallback(MethodBuilder b, string text)
    {
        var parsed = b.Declare(ValueKind.Int, b.Chance(50) ? b.Literal.Int() : b.Expr.Int()).Name;
        var error = b.Names.Error();
        var parse = b.OneOf(
            $"int.Parse({text}, CultureInfo.InvariantCulture)",
            $"int.Parse({text}.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture)",
            $"Convert.ToInt32({text}, CultureInfo.InvariantCulture)");
        var (header, logsError) = b.Random.Next(3) switch
        {
            0 => ($"catch (FormatException {error})", true),
            1 => ($"catch (Exception {error}) when ({error} is FormatException or OverflowException)", true),
            _ => ("catch (FormatException)", false),
        };
        b.Block("try", () =>
        {
            b.Line($"{parsed} {b.OneOf("=", "+=")} {parse};");
            if (b.Chance(30))
            {
                Simple(b);
            }
        });
        b.Continuation(header, () =>
        {
            if (logsError && b.Chance(70))
            {
                b.Line(b.Pick(ValueKind.Words, v => v.Mutable) is { } log ? $"{log.Name}.Add({error}.Message);" : $"Console.Error.WriteLine({error}.Message);");
            }

            b.Line($"{parsed} = {b.OneOf("-" + b.Literal.Int(), "0", b.Expr.Int())};");
        });
        if (b.Chance(25))
        {
            b.Continuation("finally", () => Simple(b, mayJump: false));
        }
    }

    private static void EmitSwitch(MethodBuilder b)
    {
        var order = b.Pick(ValueKind.Order);
        var text = b.Pick(ValueKind.Text);
        IEnumerable<string> labels;
        string subject;
        if (order is not null && b.Chance(40))
        {
            subject = order.Name + ".Status";
            labels = Distinct(b, 2, () => b.Literal.Status());
        }
        else if (text is not null && b.Chance(50))
        {
            subject = text.Name;
            labels = Distinct(b, 2 + b.Random.Next(2), () => b.Literal.Text());
        }
        else
        {
            var modulus = 3 + b.Random.Next(5);
            subject = $"{Operand(VaryingInt(b))} % {modulus}";
            labels = Enumerable.Range(0, modulus).OrderBy(_ => b.Random.Next()).Take(2 + b.Random.Next(2)).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        b.CountStatement();
        b.Writer.Open($"switch ({subject})");
        foreach (var label in labels)
        {
            b.Section($"case {label}:", () => Simple(b));
        }

        b.Section("default:", () => Simple(b));
        b.Writer.Close();
    }

    /// <summary>
    /// An int that is not a compile-time constant: a switch over a constant has arms the compiler proves dead, which
    /// is an error for switch expressions.
    /// </summary>
    private static string VaryingInt(MethodBuilder b)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var candidate = b.Expr.Int();
            if (!IsConstant(candidate))
            {
                return candidate;
            }
        }

        return "Environment.ProcessorCount";
    }

    private static string? VaryingFlag(MethodBuilder b)
    {
        var candidate = b.Expr.Flag();
        return candidate is "true" or "false" ? null : candidate;
    }

    /// <summary>Parenthesised unless it is a name or a member access, so it binds as one operand.</summary>
    private static string Operand(string expression) => expression.Contains(' ') && !IsParenthesized(expression) ? "(" + expression + ")" : expression;

    private static bool IsParenthesized(string expression)
    {
        if (expression[0] != '(')
        {
            return false;
        }

        var depth = 0;
        for (var i = 0; i < expression.Length; i++)
        {
            depth += expression[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                return i == expression.Length - 1;
            }
        }

        return false;
    }

    private static bool IsConstant(string expression) => expression.All(c => char.IsDigit(c) || c is ' ' or '+' or '-' or '*' or '/' or '%');

    private static List<string> Distinct(MethodBuilder b, int count, Func<string> draw)
    {
        var values = new List<string>();
        for (var attempt = 0; values.Count < count && attempt < 50; attempt++)
        {
            var value = draw();
            if (!values.Contains(value))
            {
                values.Add(value);
            }
        }

        return values;
    }

    private static void EmitSwitchExpression(MethodBuilder b)
    {
        var order = b.Pick(ValueKind.Order);
        var text = b.Pick(ValueKind.Text);
        string subject;
        ValueKind kind;
        var arms = new List<string>();
        var flags = (First: VaryingFlag(b), Second: VaryingFlag(b));
        switch (b.Random.Next(order is null ? 3 : 4))
        {
            case 2 when flags.First is not null && flags.Second is not null:
                subject = $"({flags.First}, {flags.Second})";
                kind = ValueKind.Text;
                arms.Add($"(true, true) => {b.Literal.Text()}");
                arms.Add($"(true, false) => {b.Literal.Text()}");
                break;
            case 1 when text is not null:
                subject = text.Name;
                kind = ValueKind.Int;
                arms.AddRange(Distinct(b, 2, () => b.Literal.Text()).Select(label => $"{label} => {b.Literal.Int()}"));
                break;
            case 3:
                subject = order!.Name + ".Status";
                kind = ValueKind.Money;
                arms.AddRange(Distinct(b, 2, () => b.Literal.Status()).Select(status => $"{status} => {order.Name}.Total * {b.Literal.Rate()}"));
                break;
            default:
                var (low, high) = b.Literal.IntRange();
                subject = VaryingInt(b);
                kind = ValueKind.Text;
                arms.Add($"< {low} => {b.Literal.Text()}");
                arms.Add($"< {high} => {b.Literal.Text()}");
                break;
        }

        arms.Add("_ => " + (kind == ValueKind.Money ? b.Literal.Money() : b.Expr.Of(kind)));
        var name = b.Names.For(kind);
        b.CountStatement();
        b.Writer.Line($"var {name} = {Operand(subject)} switch");
        b.Writer.Line("{");
        b.Writer.Indented(() => arms.ForEach(arm => b.Writer.Line(arm + ",")));
        b.Writer.Line("};");
        b.Introduce(new Variable(name, kind, true, true));
    }

    private static void EmitPattern(MethodBuilder b)
    {
        var order = b.Pick(ValueKind.Order);
        var orders = b.Pick(ValueKind.Orders);
        var number = b.Pick(ValueKind.Int);
        var text = b.Pick(ValueKind.Text);
        var options = new List<Action>();
        if (order is not null)
        {
            options.Add(() => b.Block($"if ({order.Name} is {{ Status: {b.Literal.Status()}, Total: > {b.Literal.Money()} }})", () => Several(b, 2)));
        }

        if (orders is not null)
        {
            options.Add(() =>
            {
                var found = b.Names.For(ValueKind.Order);
                b.Block(
                    $"if ({orders.Name}.FirstOrDefault(o => o.Id == {b.Literal.Int()}) is {{ }} {found})",
                    () => Several(b, 2),
                    isLoop: false,
                    new Variable(found, ValueKind.Order, false, false));
            });
        }

        if (number is not null)
        {
            options.Add(() =>
            {
                var (low, high) = b.Literal.IntRange();
                b.Block($"if ({number.Name} is > {low} and < {high})", () => Several(b, 2));
            });
        }

        if (text is not null)
        {
            options.Add(() =>
            {
                var words = Distinct(b, 2, () => b.Literal.Text());
                b.Block(b.OneOf($"if ({text.Name} is {{ Length: > {b.Literal.Small()} }})", $"if ({text.Name} is {string.Join(" or ", words)})"), () => Several(b, 2));
            });
        }

        options[b.Random.Next(options.Count)]();
    }

    private static void EmitGuard(MethodBuilder b)
    {
        var exit = b.ReturnKind is { } kind ? $"return {ValueKinds.EmptyValue(kind)};" : "return;";
        var parameter = b.PickAny(v => v.Kind is not ValueKind.Item);
        var p = parameter?.Name;
        switch (parameter?.Kind)
        {
            case ValueKind.Token:
                b.Line($"{p}.ThrowIfCancellationRequested();");
                return;
            case ValueKind.Order or ValueKind.Describer:
                b.Line($"ArgumentNullException.ThrowIfNull({p});");
                return;
            case ValueKind.Int or ValueKind.Money or ValueKind.Real:
                b.Block($"if ({p} < 0)", () => b.Line($"throw new ArgumentOutOfRangeException(nameof({p}));"));
                return;
        }

        var condition = parameter?.Kind switch
        {
            ValueKind.Text => $"string.IsNullOrWhiteSpace({p})",
            ValueKind.Numbers or ValueKind.Words or ValueKind.Orders or ValueKind.Tally or ValueKind.Items => $"{p}.Count == 0",
            _ => b.Expr.Flag(),
        };
        b.Block($"if ({condition})", () => b.Line(exit));
    }

    private static void EmitWhile(MethodBuilder b)
    {
        var subject = b.Pick(ValueKind.Int, v => v.Assignable)!.Name;
        var steps = b.Declare(ValueKind.Int, "0").Name;
        void Body()
        {
            b.Line($"{subject} /= {b.Literal.Small()};");
            b.Line($"{steps}++;");
            if (b.Chance(50))
            {
                Simple(b);
            }
        }

        if (b.Chance(70))
        {
            b.Block($"while ({subject} > {b.Literal.Int()})", Body, isLoop: true);
        }
        else
        {
            b.DoWhile(Body, () => $"{subject} > {b.Literal.Int()}");
        }
    }

    private static void EmitAwait(MethodBuilder b)
    {
        var token = b.Pick(ValueKind.Token)!.Name;
        switch (b.Random.Next(4))
        {
            case 0:
                b.Line($"await Task.Delay({b.Literal.Int()}, {token});");
                break;
            case 1:
                b.Line("await Task.Yield();");
                break;
            case 2:
                b.Declare(ValueKind.Int, $"await Task.Run(() => {b.Expr.Int()}, {token})");
                break;
            default:
                b.Declare(ValueKind.Text, $"await File.ReadAllTextAsync({b.Expr.Text()}, {token})");
                break;
        }
    }

    private static void EmitRecord(MethodBuilder b) => b.Declare(ValueKind.Order, b.Expr.Order());

    private static void EmitDeconstruct(MethodBuilder b)
    {
        var numbers = b.Pick(ValueKind.Numbers);
        var (firstKind, firstValue, secondKind, secondValue) = numbers is not null && b.Chance(50)
            ? (ValueKind.Int, $"{numbers.Name}.DefaultIfEmpty().Min()", ValueKind.Int, $"{numbers.Name}.DefaultIfEmpty().Max()")
            : (ValueKind.Int, b.Expr.Int(), ValueKind.Text, b.Expr.Text());
        Variable Local(string hint, ValueKind kind) => new(b.Names.Take(hint, b.Names.For(kind)), kind, Assignable: true, Mutable: true);
        var first = Local("low", firstKind);
        var second = Local("high", secondKind);
        b.Line($"var ({first.Name}, {second.Name}) = ({firstValue}, {secondValue});");
        b.Introduce(first);
        b.Introduce(second);
    }

    private static void EmitLambda(MethodBuilder b)
    {
        if (b.Chance(50))
        {
            var scale = b.Names.Take("scale", "adjust");
            var (low, high) = b.Literal.IntRange();
            b.Line($"Func<int, int> {scale} = x => {b.OneOf($"x * {b.Literal.Small()} + {b.Literal.Int()}", $"Math.Max(x, {b.Literal.Int()})", $"x / {b.Literal.Small()} - {b.Literal.Int()}", $"Math.Clamp(x, {low}, {high})")};");
            if (b.Pick(ValueKind.Int, v => v.Assignable) is { } target)
            {
                b.Line($"{target.Name} = {scale}({target.Name});");
            }
            else
            {
                b.Declare(ValueKind.Int, $"{scale}({b.Expr.Int()})");
            }

            return;
        }

        var accept = b.Names.Take("accept", "keep");
        b.Line($"Func<string, bool> {accept} = s => {b.OneOf($"s.Length > {b.Literal.Small()} && !s.Contains({b.Literal.Char()})", $"s.StartsWith({b.Literal.Text()}, StringComparison.OrdinalIgnoreCase)", $"!string.IsNullOrEmpty(s) && char.IsUpper(s[0])", $"s.Length % {b.Literal.Small()} == 0")};");
        if (b.Pick(ValueKind.Words) is { } words)
        {
            b.Declare(ValueKind.Int, $"{words.Name}.Count({accept})");
        }
        else
        {
            b.Declare(ValueKind.Flag, $"{accept}({b.Expr.Text()})");
        }
    }

    private static void EmitListChange(MethodBuilder b)
    {
        var list = MutableList(b)!;
        var l = list.Name;
        b.Line(list.Kind switch
        {
            ValueKind.Numbers => b.OneOf($"{l}.Add({b.Expr.Int()});", $"{l}.RemoveAll(n => n {b.Literal.Comparison()} {b.Literal.Int()});", $"{l}.Sort();", $"{l}.Reverse();", $"{l}.Insert(0, {b.Expr.Int()});"),
            ValueKind.Words => b.OneOf($"{l}.Add({b.Expr.Text()});", $"{l}.RemoveAll(w => w.Length < {b.Literal.Small()});", $"{l}.Sort(StringComparer.Ordinal);", $"{l}.Insert(0, {b.Expr.Text()});"),
            _ => b.OneOf($"{l}.RemoveAll(o => o.Status == {b.Literal.Status()});", $"{l}.Sort((a, c) => a.Total.CompareTo(c.Total));"),
        });
    }

    private static void EmitIfElse(MethodBuilder b)
    {
        b.Block($"if ({b.Expr.Flag()})", () => Several(b, 2));
        if (b.Chance(40))
        {
            b.Continuation($"else if ({b.Expr.Flag()})", () => Simple(b));
        }

        if (b.Chance(70))
        {
            b.Continuation("else", () => Simple(b));
        }
    }

    private static void EmitWriter(MethodBuilder b)
    {
        var writer = b.Names.Take("writer", "sink");
        b.Line($"using var {writer} = new StringWriter(CultureInfo.InvariantCulture);");
        var writes = 1 + b.Random.Next(3);
        for (var i = 0; i < writes; i++)
        {
            b.Line(b.OneOf(
                $"{writer}.Write({b.Expr.Text()});",
                $"{writer}.WriteLine({b.Expr.Int()});",
                $"{writer}.Write({b.Expr.Money()});",
                $"{writer}.WriteLine();",
                $"{writer}.Write({b.Literal.Char()});"));
        }

        if (b.Chance(70))
        {
            b.Declare(ValueKind.Text, b.OneOf($"{writer}.ToString()", $"{writer}.ToString().TrimEnd()"));
        }
    }

    private static void EmitGeneric(MethodBuilder b)
    {
        var items = b.Pick(ValueKind.Items)!.Name;
        var describe = b.Pick(ValueKind.Describer)!.Name;
        switch (b.Random.Next(4))
        {
            case 0:
                b.Declare(ValueKind.Words, $"{items}.Select({describe}).Where(s => {b.OneOf($"s.Length > {b.Literal.Small()}", "!string.IsNullOrWhiteSpace(s)", $"s.Contains({b.Literal.Char()})")}){b.OneOf(string.Empty, ".Distinct()", ".OrderBy(s => s, StringComparer.Ordinal)")}.ToList()");
                break;
            case 1:
                var item = b.Names.For(ValueKind.Item);
                b.Block($"foreach (var {item} in {items})", () =>
                {
                    var text = b.Declare(ValueKind.Text, $"{describe}({item})");
                    b.Block($"if ({text.Name}.Length > {b.Literal.Small()})", () => Simple(b));
                }, isLoop: true);
                break;
            case 2:
                b.Declare(ValueKind.Tally, $"{items}.GroupBy({describe}).ToDictionary(g => g.Key, g => g.Count())");
                break;
            default:
                b.Declare(ValueKind.Text, $"string.Join({b.Literal.Separator()}, {items}.{b.OneOf("Take", "Skip")}({b.Literal.Small()}).Select({describe}){b.OneOf(string.Empty, ".Where(s => s.Length > 0)")})");
                break;
        }
    }
}
