using System.Linq;
using System.Threading.Tasks;
using Harness.Analyzers.CodeFixes.Redundancy;
using Harness.Analyzers.Redundancy;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy;

public class DuplicatedBlockCodeFixTests
{
    /// <summary>Small runs (one statement too: the fix serves any size), and a near-duplicate threshold high enough that members sharing one block are not reported as near-duplicates instead.</summary>
    private const string Rules = "[redundancy]\nmin_tokens = 20\nsimilarity = 0.95\nblock_statements = 1\nchanged_block_statements = 1\n";

    private static CodeFixTest Create(params (string Path, string Markup)[] sources)
    {
        var test = new CodeFixTest(new DuplicationAnalyzer(), new DuplicatedBlockCodeFix()) { CodeActionEquivalenceKey = DuplicatedBlockCodeFix.ExtractMethodKey };
        test.AdditionalFiles.Add(("/repo/harness.rules", Rules));
        test.Sources.AddRange(sources);
        return test;
    }

    /// <summary>A test that expects no fix: the fixed text is the source with its markup removed.</summary>
    private static Task NotOfferedAsync(params string[] markups)
    {
        var test = Create();
        for (var i = 0; i < markups.Length; i++)
        {
            test.Sources.Add(($"/repo/src/File{i}.cs", markups[i]));
            test.FixedSources.Add(($"/repo/src/File{i}.cs", Unmarked(markups[i])));
        }

        return test.RunAsync();
    }

    private static string Unmarked(string markup) =>
        System.Text.RegularExpressions.Regex.Replace(markup, @"\{\|[A-Z0-9#]+:|\|\}", string.Empty);

    /// <summary>
    /// A type with two methods that each hold <paramref name="block"/> (with <c>{|HAR2003:…|}</c> markup in it), or
    /// <paramref name="secondBlock"/> in the second, after lines of their own. The finding is reported once, at the
    /// later copy, so the first method's copy carries no markup.
    /// </summary>
    private static string TwoMethods(
        string block, string? secondBlock = null, string parameters = "int[] values, int limit", string type = "class",
        string modifiers = "public", string firstReturn = "int", string secondReturn = "string") => $$"""
        namespace Shop;

        public {{type}} Worker
        {
            {{modifiers}} {{firstReturn}} First({{parameters}})
            {
                var result = 0;
                System.Console.WriteLine("first " + limit);
        {{Indent(Unmarked(block))}}
                return result;
            }

            {{modifiers}} {{secondReturn}} Second({{parameters}})
            {
                var result = 1;
                var header = "second: " + limit + " of " + values.Length;
        {{Indent(secondBlock ?? block)}}
                return header + result;
            }
        }
        """;

    private static string Indent(string block) => string.Join("\n", block.Split('\n').Select(line => "        " + line));

    [Fact]
    public Task A_block_repeated_in_one_method_becomes_one_static_method_called_twice()
    {
        var test = Create(("/repo/src/Report.cs", """
            namespace Shop;

            public class Report
            {
                public string Render(string[] left, string[] right)
                {
                    var text = new System.Text.StringBuilder();
                    // the left column
                    foreach (var item in left)
                    {
                        if (item.Length > 0) { text.Append(item.Trim().ToUpperInvariant()).Append(';'); }
                    }
                    text.Append('|');
                    {|HAR2003:foreach (var item in right)
                    {
                        if (item.Length > 0) { text.Append(item.Trim().ToUpperInvariant()).Append(';'); }
                    }|}
                    return text.ToString();
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Report.cs", """
            namespace Shop;

            public class Report
            {
                public string Render(string[] left, string[] right)
                {
                    var text = new System.Text.StringBuilder();
                    // the left column
                    Append(left, text);
                    text.Append('|');
                    Append(right, text);
                    return text.ToString();
                }

                private static void Append(string[] left, System.Text.StringBuilder text)
                {
                    foreach (var item in left)
                    {
                        if (item.Length > 0) { text.Append(item.Trim().ToUpperInvariant()).Append(';'); }
                    }
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Renamed_locals_map_onto_one_parameter_list_and_the_variable_used_after_becomes_the_return_value()
    {
        var test = Create(("/repo/src/Import.cs", """
            namespace Shop;

            public class Import
            {
                public int Run(string[] rows)
                {
                    var header = rows[0];
                    if (header.Length == 0) { return 0; }
                    var fields = header.Split(',');
                    var count = fields.Length;
                    if (count < 3) { throw new System.FormatException("too few columns: " + count); }
                    var trimmed = new string[count];
                    for (var i = 0; i < count; i++) { trimmed[i] = fields[i].Trim(); }
                    return trimmed.Length + rows.Length;
                }

                public string Describe(string line, bool verbose)
                {
                    if (!verbose) { return string.Empty; }
                    var builder = new System.Text.StringBuilder(line.Length * 2);
                    builder.Append("line ").Append(line.GetHashCode()).AppendLine(":");
                    {|HAR2003:var parts = line.Split(',');
                    var n = parts.Length;
                    if (n < 3) { throw new System.FormatException("too few columns: " + n); }
                    var cleaned = new string[n];
                    for (var j = 0; j < n; j++) { cleaned[j] = parts[j].Trim(); }|}
                    foreach (var part in cleaned) { builder.Append('[').Append(part).Append(']'); }
                    return builder.Length > 80 ? builder.ToString(0, 80) : builder.ToString();
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Import.cs", """
            namespace Shop;

            public class Import
            {
                public int Run(string[] rows)
                {
                    var header = rows[0];
                    if (header.Length == 0) { return 0; }
                    var trimmed = GetTrimmed(header);
                    return trimmed.Length + rows.Length;
                }

                private static string[] GetTrimmed(string header)
                {
                    var fields = header.Split(',');
                    var count = fields.Length;
                    if (count < 3) { throw new System.FormatException("too few columns: " + count); }
                    var trimmed = new string[count];
                    for (var i = 0; i < count; i++) { trimmed[i] = fields[i].Trim(); }
                    return trimmed;
                }

                public string Describe(string line, bool verbose)
                {
                    if (!verbose) { return string.Empty; }
                    var builder = new System.Text.StringBuilder(line.Length * 2);
                    builder.Append("line ").Append(line.GetHashCode()).AppendLine(":");
                    var cleaned = GetTrimmed(line);
                    foreach (var part in cleaned) { builder.Append('[').Append(part).Append(']'); }
                    return builder.Length > 80 ? builder.ToString(0, 80) : builder.ToString();
                }
            }
            """));
        return test.RunAsync();
    }
    [Fact]
    public Task A_block_that_uses_instance_members_becomes_a_private_instance_method()
    {
        var test = Create(("/repo/src/Account.cs", """
            using System.Collections.Generic;

            namespace Shop;

            public class Account
            {
                private readonly List<string> _log = new();
                private decimal _balance;

                public void Deposit(decimal amount)
                {
                    if (amount <= 0) { throw new System.ArgumentOutOfRangeException(nameof(amount)); }
                    _balance += amount;
                    _log.Add("changed by " + amount + ", balance " + _balance);
                    if (_log.Count > 100) { _log.RemoveAt(0); }
                }

                public bool Withdraw(decimal amount)
                {
                    var change = -amount;
                    if (_balance + change < 0) { return false; }
                    {|HAR2003:_balance += change;
                    _log.Add("changed by " + change + ", balance " + _balance);
                    if (_log.Count > 100) { _log.RemoveAt(0); }|}
                    return true;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Account.cs", """
            using System.Collections.Generic;

            namespace Shop;

            public class Account
            {
                private readonly List<string> _log = new();
                private decimal _balance;

                public void Deposit(decimal amount)
                {
                    if (amount <= 0) { throw new System.ArgumentOutOfRangeException(nameof(amount)); }
                    Add(amount);
                }

                private void Add(decimal amount)
                {
                    _balance += amount;
                    _log.Add("changed by " + amount + ", balance " + _balance);
                    if (_log.Count > 100) { _log.RemoveAt(0); }
                }

                public bool Withdraw(decimal amount)
                {
                    var change = -amount;
                    if (_balance + change < 0) { return false; }
                    Add(change);
                    return true;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_variable_declared_before_the_block_and_updated_in_it_is_passed_in_and_assigned_from_the_result()
    {
        var test = Create(("/repo/src/Stats.cs", """
            namespace Shop;

            public static class Stats
            {
                public static double Mean(int[] values)
                {
                    if (values.Length == 0) { return double.NaN; }
                    var sum = 0.0;
                    foreach (var v in values)
                    {
                        if (v < 0) { throw new System.ArgumentException("negative: " + v); }
                        sum += v;
                    }
                    return sum / values.Length;
                }

                public static string Describe(string label, int[] data)
                {
                    var total = label.Length * 0.0;
                    {|HAR2003:foreach (var d in data)
                    {
                        if (d < 0) { throw new System.ArgumentException("negative: " + d); }
                        total += d;
                    }|}
                    return label.ToUpperInvariant() + ": " + total.ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Stats.cs", """
            namespace Shop;

            public static class Stats
            {
                public static double Mean(int[] values)
                {
                    if (values.Length == 0) { return double.NaN; }
                    var sum = 0.0;
                    sum = GetSum(values, sum);
                    return sum / values.Length;
                }

                private static double GetSum(int[] values, double sum)
                {
                    foreach (var v in values)
                    {
                        if (v < 0) { throw new System.ArgumentException("negative: " + v); }
                        sum += v;
                    }
                    return sum;
                }

                public static string Describe(string label, int[] data)
                {
                    var total = label.Length * 0.0;
                    total = GetSum(data, total);
                    return label.ToUpperInvariant() + ": " + total.ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Copies_in_two_parts_of_a_partial_class_are_replaced_in_both_files_and_a_third_copy_too()
    {
        var first = """
            namespace Shop;

            public partial class Orders
            {
                public string Summary(int[] quantities)
                {
                    var text = "orders: ";
                    var lines = new System.Collections.Generic.List<string>();
                    foreach (var quantity in quantities) { lines.Add(quantity > 9 ? "many" : quantity.ToString()); }
                    lines.Sort(System.StringComparer.Ordinal);
                    return text + string.Join(", ", lines);
                }
            }
            """;
        var second = """
            namespace Shop;

            public partial class Orders
            {
                public int Count(int[] amounts)
                {
                    {|HAR2003:var lines = new System.Collections.Generic.List<string>();
                    foreach (var quantity in amounts) { lines.Add(quantity > 9 ? "many" : quantity.ToString()); }
                    lines.Sort(System.StringComparer.Ordinal);|}
                    return lines.Count;
                }

                public void Print(int[] counts, System.IO.TextWriter writer)
                {
                    writer.WriteLine("printing");
                    {|HAR2003:var rows = new System.Collections.Generic.List<string>();
                    foreach (var count in counts) { rows.Add(count > 9 ? "many" : count.ToString()); }
                    rows.Sort(System.StringComparer.Ordinal);|}
                    foreach (var row in rows) { writer.WriteLine(row); }
                }
            }
            """;
        var test = Create(("/repo/src/Orders.cs", first), ("/repo/src/OrdersPrinting.cs", second));
        test.FixedSources.Add(("/repo/src/Orders.cs", """
            namespace Shop;

            public partial class Orders
            {
                public string Summary(int[] quantities)
                {
                    var text = "orders: ";
                    var lines = GetLines(quantities);
                    return text + string.Join(", ", lines);
                }

                private static System.Collections.Generic.List<string> GetLines(int[] quantities)
                {
                    var lines = new System.Collections.Generic.List<string>();
                    foreach (var quantity in quantities) { lines.Add(quantity > 9 ? "many" : quantity.ToString()); }
                    lines.Sort(System.StringComparer.Ordinal);
                    return lines;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/OrdersPrinting.cs", """
            namespace Shop;

            public partial class Orders
            {
                public int Count(int[] amounts)
                {
                    var lines = GetLines(amounts);
                    return lines.Count;
                }

                public void Print(int[] counts, System.IO.TextWriter writer)
                {
                    writer.WriteLine("printing");
                    var rows = GetLines(counts);
                    foreach (var row in rows) { writer.WriteLine(row); }
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_copy_in_a_file_the_analyzer_excludes_is_left_as_it_is()
    {
        var first = """
            namespace Shop;

            public partial class Orders
            {
                public string Summary(int[] quantities)
                {
                    var text = "orders: ";
                    var lines = new System.Collections.Generic.List<string>();
                    foreach (var quantity in quantities) { lines.Add(quantity > 9 ? "many" : quantity.ToString()); }
                    lines.Sort(System.StringComparer.Ordinal);
                    return text + string.Join(", ", lines);
                }
            }
            """;
        var second = """
            namespace Shop;

            public partial class Orders
            {
                public int Count(int[] amounts)
                {
                    {|HAR2003:var lines = new System.Collections.Generic.List<string>();
                    foreach (var quantity in amounts) { lines.Add(quantity > 9 ? "many" : quantity.ToString()); }
                    lines.Sort(System.StringComparer.Ordinal);|}
                    return lines.Count;
                }
            }
            """;
        var excluded = """
            namespace Shop;

            public partial class Orders
            {
                public void Print(int[] counts, System.IO.TextWriter writer)
                {
                    writer.WriteLine("printing");
                    var rows = new System.Collections.Generic.List<string>();
                    foreach (var count in counts) { rows.Add(count > 9 ? "many" : count.ToString()); }
                    rows.Sort(System.StringComparer.Ordinal);
                    foreach (var row in rows) { writer.WriteLine(row); }
                }
            }
            """;
        var test = Create(("/repo/src/Orders.cs", first), ("/repo/src/OrdersCounting.cs", second), ("/repo/src/Legacy/OrdersPrinting.cs", excluded));
        test.AdditionalFiles[0] = ("/repo/harness.rules", Rules + "exclude = **/Legacy/**\n");
        test.FixedSources.Add(("/repo/src/Orders.cs", """
            namespace Shop;

            public partial class Orders
            {
                public string Summary(int[] quantities)
                {
                    var text = "orders: ";
                    var lines = GetLines(quantities);
                    return text + string.Join(", ", lines);
                }

                private static System.Collections.Generic.List<string> GetLines(int[] quantities)
                {
                    var lines = new System.Collections.Generic.List<string>();
                    foreach (var quantity in quantities) { lines.Add(quantity > 9 ? "many" : quantity.ToString()); }
                    lines.Sort(System.StringComparer.Ordinal);
                    return lines;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/OrdersCounting.cs", """
            namespace Shop;

            public partial class Orders
            {
                public int Count(int[] amounts)
                {
                    var lines = GetLines(amounts);
                    return lines.Count;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Legacy/OrdersPrinting.cs", excluded));
        return test.RunAsync();
    }

    [Fact]
    public Task FixAll_extracts_each_pair_once_in_two_classes_of_two_documents_in_every_scope()
    {
        var first = """
            namespace Shop;

            public class Cart
            {
                private readonly System.Collections.Generic.List<decimal> _prices = new();

                public decimal Total()
                {
                    var sum = 0m;
                    foreach (var price in _prices)
                    {
                        if (price < 0) { throw new System.InvalidOperationException("negative price " + price); }
                        sum += price;
                    }
                    return sum;
                }

                public string Receipt(string customer)
                {
                    var amount = customer.Length * 0m;
                    {|HAR2003:foreach (var price in _prices)
                    {
                        if (price < 0) { throw new System.InvalidOperationException("negative price " + price); }
                        amount += price;
                    }|}
                    return customer + " pays " + amount;
                }
            }
            """;
        var second = """
            namespace Shop;

            public static class Names
            {
                public static string Initials(string fullName)
                {
                    var initials = new System.Text.StringBuilder();
                    var words = fullName.Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
                    for (var i = 0; i < words.Length; i++) { words[i] = char.ToUpperInvariant(words[i][0]) + words[i].Substring(1); }
                    foreach (var word in words) { initials.Append(word[0]); }
                    return initials.ToString();
                }

                public static string Title(string text, bool shout)
                {
                    {|HAR2003:var parts = text.Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
                    for (var k = 0; k < parts.Length; k++) { parts[k] = char.ToUpperInvariant(parts[k][0]) + parts[k].Substring(1); }|}
                    var title = string.Join(" ", parts);
                    return shout ? title.ToUpperInvariant() + "!" : title;
                }
            }
            """;
        var test = Create(("/repo/src/Cart.cs", first), ("/repo/src/Names.cs", second));
        test.FixedSources.Add(("/repo/src/Cart.cs", """
            namespace Shop;

            public class Cart
            {
                private readonly System.Collections.Generic.List<decimal> _prices = new();

                public decimal Total()
                {
                    var sum = 0m;
                    sum = GetSum(sum);
                    return sum;
                }

                private decimal GetSum(decimal sum)
                {
                    foreach (var price in _prices)
                    {
                        if (price < 0) { throw new System.InvalidOperationException("negative price " + price); }
                        sum += price;
                    }
                    return sum;
                }

                public string Receipt(string customer)
                {
                    var amount = customer.Length * 0m;
                    amount = GetSum(amount);
                    return customer + " pays " + amount;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Names.cs", """
            namespace Shop;

            public static class Names
            {
                public static string Initials(string fullName)
                {
                    var initials = new System.Text.StringBuilder();
                    var words = GetWords(fullName);
                    foreach (var word in words) { initials.Append(word[0]); }
                    return initials.ToString();
                }

                private static string[] GetWords(string fullName)
                {
                    var words = fullName.Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
                    for (var i = 0; i < words.Length; i++) { words[i] = char.ToUpperInvariant(words[i][0]) + words[i].Substring(1); }
                    return words;
                }

                public static string Title(string text, bool shout)
                {
                    var parts = GetWords(text);
                    var title = string.Join(" ", parts);
                    return shout ? title.ToUpperInvariant() + "!" : title;
                }
            }
            """));
        Assert.Equal([FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution], test.FixAllScopes);
        return test.RunAsync();
    }

    /// <summary>The shape the "not offered" tests below start from, each with one thing added that rules the fix out.</summary>
    [Fact]
    public Task The_two_methods_the_refusals_start_from_get_the_fix()
    {
        var test = Create(("/repo/src/File0.cs", TwoMethods("""
            {|HAR2003:foreach (var value in values)
            {
                if (value < 0) { System.Console.WriteLine("skipping " + value); }
                result += value * value + limit;
            }|}
            """)));
        test.FixedSources.Add(("/repo/src/File0.cs", """
            namespace Shop;

            public class Worker
            {
                public int First(int[] values, int limit)
                {
                    var result = 0;
                    System.Console.WriteLine("first " + limit);
                    result = GetResult(values, result, limit);
                    return result;
                }

                private static int GetResult(int[] values, int result, int limit)
                {
                    foreach (var value in values)
                    {
                        if (value < 0) { System.Console.WriteLine("skipping " + value); }
                        result += value * value + limit;
                    }
                    return result;
                }

                public string Second(int[] values, int limit)
                {
                    var result = 1;
                    var header = "second: " + limit + " of " + values.Length;
                    result = GetResult(values, result, limit);
                    return header + result;
                }
            }
            """));
        return test.RunAsync();
    }

    private const string ImportRun = """
        namespace Shop;

        public class Import
        {
        STATIC_CONSTRUCTOR    public int Run(string[] rows)
            {
                var header = rows[0];
                if (header.Length == 0) { return 0; }
                var fields = header.Split(',');
                var count = fields.Length;
                if (count < 3) { throw new System.FormatException("too few columns: " + count); }
                var trimmed = new string[count];
                for (var i = 0; i < count; i++) { trimmed[i] = fields[i].Trim(); }
                return trimmed.Length + rows.Length;
            }
        }
        """;

    private const string ExportDescribe = """
        namespace Shop;

        public class Export
        {
            public string Describe(string line, bool verbose)
            {
                if (!verbose) { return string.Empty; }
                {|HAR2003:var fields = line.Split(',');
                var count = fields.Length;
                if (count < 3) { throw new System.FormatException("too few columns: " + count); }
                var trimmed = new string[count];
                for (var i = 0; i < count; i++) { trimmed[i] = fields[i].Trim(); }|}
                var builder = new System.Text.StringBuilder();
                foreach (var part in trimmed) { builder.Append('[').Append(part).Append(']'); }
                return builder.Length > 80 ? builder.ToString(0, 80) : builder.ToString();
            }
        }
        """;

    [Fact]
    public Task Copies_in_two_types_become_an_internal_static_method_of_the_first_called_through_its_name()
    {
        var test = Create(("/repo/src/File0.cs", ImportRun.Replace("STATIC_CONSTRUCTOR", string.Empty)), ("/repo/src/File1.cs", ExportDescribe));
        test.FixedSources.Add(("/repo/src/File0.cs", """
            namespace Shop;

            public class Import
            {
                public int Run(string[] rows)
                {
                    var header = rows[0];
                    if (header.Length == 0) { return 0; }
                    var trimmed = GetTrimmed(header);
                    return trimmed.Length + rows.Length;
                }

                internal static string[] GetTrimmed(string header)
                {
                    var fields = header.Split(',');
                    var count = fields.Length;
                    if (count < 3) { throw new System.FormatException("too few columns: " + count); }
                    var trimmed = new string[count];
                    for (var i = 0; i < count; i++) { trimmed[i] = fields[i].Trim(); }
                    return trimmed;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/File1.cs", """
            namespace Shop;

            public class Export
            {
                public string Describe(string line, bool verbose)
                {
                    if (!verbose) { return string.Empty; }
                    var trimmed = Import.GetTrimmed(line);
                    var builder = new System.Text.StringBuilder();
                    foreach (var part in trimmed) { builder.Append('[').Append(part).Append(']'); }
                    return builder.Length > 80 ? builder.ToString(0, 80) : builder.ToString();
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Not_offered_across_types_when_the_type_that_would_hold_the_method_has_a_static_constructor()
    {
        // Calling a static method of that type would run its static constructor, which the copy in the other type did not.
        return NotOfferedAsync(
            ImportRun.Replace("STATIC_CONSTRUCTOR", "    static Import() { System.Console.WriteLine(\"loaded\"); }\n\n"),
            ExportDescribe);
    }

    [Fact]
    public Task Not_offered_across_types_when_the_block_uses_instance_state()
    {
        const string Count = "var count = fields.Length;";
        const string CountThroughThis = "var count = fields.Length + GetHashCode() % 1;";
        return NotOfferedAsync(
            ImportRun.Replace("STATIC_CONSTRUCTOR", string.Empty).Replace(Count, CountThroughThis),
            ExportDescribe.Replace(Count, CountThroughThis));
    }

    [Fact]
    public Task A_guard_that_updates_a_variable_assigned_before_it_takes_the_variable_by_ref()
    {
        var test = Create(("/repo/src/Worker.cs", TwoMethods("""
            {|HAR2003:foreach (var value in values)
            {
                if (value > limit) { return default!; }
                result += value * value + limit;
            }|}
            """)));
        test.FixedSources.Add(("/repo/src/Worker.cs", """
            namespace Shop;

            public class Worker
            {
                public int First(int[] values, int limit)
                {
                    var result = 0;
                    System.Console.WriteLine("first " + limit);
                    if (!Extracted(values, limit, ref result)) return default!;
                    return result;
                }

                private static bool Extracted(int[] values, int limit, ref int result)
                {
                    foreach (var value in values)
                    {
                        if (value > limit) { return false; }
                        result += value * value + limit;
                    }
                    return true;
                }

                public string Second(int[] values, int limit)
                {
                    var result = 1;
                    var header = "second: " + limit + " of " + values.Length;
                    if (!Extracted(values, limit, ref result)) return default!;
                    return header + result;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Not_offered_when_the_block_breaks_or_continues_an_enclosing_loop()
    {
        const string Body = """
                {|HAR2003:if (values[round] < 0) { continue; }
                result += values[round] * values[round] + limit;
                if (result > 1000) { break; }|}
            }
            """;
        return NotOfferedAsync(TwoMethods(
            "for (var round = 0; round < limit; round++)\n{\n" + Body,
            "for (var round = limit - 1; round >= 0; round--)\n{\n" + Body));
    }

    [Fact]
    public Task Not_offered_when_the_block_awaits()
    {
        return NotOfferedAsync(TwoMethods(
            """
            {|HAR2003:foreach (var value in values)
            {
                await System.Threading.Tasks.Task.Delay(value + limit);
                result += value * value + limit;
            }|}
            """,
            modifiers: "public async",
            firstReturn: "System.Threading.Tasks.Task<int>",
            secondReturn: "System.Threading.Tasks.Task<string>"));
    }

    [Fact]
    public Task Not_offered_when_the_block_uses_a_ref_parameter()
    {
        return NotOfferedAsync(TwoMethods(
            """
            {|HAR2003:foreach (var value in values)
            {
                if (value < 0) { continue; }
                result += value * value + limit;
            }|}
            """,
            parameters: "int[] values, ref int limit"));
    }

    [Fact]
    public Task Two_variables_that_flow_out_of_the_block_become_out_parameters_declared_by_the_call()
    {
        const string Block = """
            {|HAR2003:var low = int.MaxValue;
            var high = int.MinValue;
            foreach (var value in values) { low = System.Math.Min(low, value); high = System.Math.Max(high, value + limit); }|}
            """;
        var test = Create(("/repo/src/Worker.cs", TwoMethods(Block + "\nresult += high - low;", Block + "\nresult *= low + high;")));
        test.FixedSources.Add(("/repo/src/Worker.cs", """
            namespace Shop;

            public class Worker
            {
                public int First(int[] values, int limit)
                {
                    var result = 0;
                    System.Console.WriteLine("first " + limit);
                    Min(values, limit, out var low, out var high);
                    result += high - low;
                    return result;
                }

                private static void Min(int[] values, int limit, out int low, out int high)
                {
                    low = int.MaxValue;
                    high = int.MinValue;
                    foreach (var value in values) { low = System.Math.Min(low, value); high = System.Math.Max(high, value + limit); }
                }

                public string Second(int[] values, int limit)
                {
                    var result = 1;
                    var header = "second: " + limit + " of " + values.Length;
                    Min(values, limit, out var low, out var high);
                    result *= low + high;
                    return header + result;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Values_passed_out_that_a_lambda_after_the_block_captures_are_passed_by_reference_all_the_same()
    {
        // The lambda captures the caller's variables, which the new method assigns through its out parameters.
        const string Block = """
            {|HAR2003:var low = int.MaxValue;
            var high = int.MinValue;
            foreach (var value in values) { low = System.Math.Min(low, value); high = System.Math.Max(high, value + limit); }|}
            """;
        var test = Create(("/repo/src/Worker.cs", TwoMethods(
            Block + "\nSystem.Func<int> spread = () => high - low;\nresult += spread();", Block + "\nresult *= low + high;")));
        test.FixedSources.Add(("/repo/src/Worker.cs", """
            namespace Shop;

            public class Worker
            {
                public int First(int[] values, int limit)
                {
                    var result = 0;
                    System.Console.WriteLine("first " + limit);
                    Min(values, limit, out var low, out var high);
                    System.Func<int> spread = () => high - low;
                    result += spread();
                    return result;
                }

                private static void Min(int[] values, int limit, out int low, out int high)
                {
                    low = int.MaxValue;
                    high = int.MinValue;
                    foreach (var value in values) { low = System.Math.Min(low, value); high = System.Math.Max(high, value + limit); }
                }

                public string Second(int[] values, int limit)
                {
                    var result = 1;
                    var header = "second: " + limit + " of " + values.Length;
                    Min(values, limit, out var low, out var high);
                    result *= low + high;
                    return header + result;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_value_returned_that_a_lambda_after_the_block_captures_is_returned_all_the_same()
    {
        const string Block = """
            {|HAR2003:var total = 0;
            foreach (var value in values) { total += value * value + limit; }|}
            """;
        var test = Create(("/repo/src/Worker.cs", TwoMethods(
            Block + "\nSystem.Func<int> twice = () => total * 2;\nresult += twice();", Block + "\nresult *= total;")));
        test.FixedSources.Add(("/repo/src/Worker.cs", """
            namespace Shop;

            public class Worker
            {
                public int First(int[] values, int limit)
                {
                    var result = 0;
                    System.Console.WriteLine("first " + limit);
                    var total = GetTotal(values, limit);
                    System.Func<int> twice = () => total * 2;
                    result += twice();
                    return result;
                }

                private static int GetTotal(int[] values, int limit)
                {
                    var total = 0;
                    foreach (var value in values) { total += value * value + limit; }
                    return total;
                }

                public string Second(int[] values, int limit)
                {
                    var result = 1;
                    var header = "second: " + limit + " of " + values.Length;
                    var total = GetTotal(values, limit);
                    result *= total;
                    return header + result;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Not_offered_when_a_lambda_in_the_block_captures_a_value_passed_out()
    {
        const string Block = """
            {|HAR2003:var low = int.MaxValue;
            var high = int.MinValue;
            System.Action widen = () => high++;
            foreach (var value in values) { low = System.Math.Min(low, value); widen(); }|}
            """;
        return NotOfferedAsync(TwoMethods(Block + "\nresult += high - low;", Block + "\nresult *= low + high;"));
    }

    [Fact]
    public Task Not_offered_when_a_lambda_before_the_block_captures_the_value_it_returns()
    {
        // The lambda could read the variable while the block is still changing it; a returned value is assigned only at the end.
        const string Block = """
            {|HAR2003:foreach (var value in values)
            {
                result += value * value + limit;
                System.Console.WriteLine(peek());
            }|}
            """;
        return NotOfferedAsync(TwoMethods("System.Func<int> peek = () => result;\n" + Block, "System.Func<int> peek = () => result + 1;\n" + Block));
    }

    [Fact]
    public Task Literals_that_differ_between_the_copies_become_parameters()
    {
        var test = Create(("/repo/src/Worker.cs", """
            namespace Shop;

            public class Worker
            {
                public int First(int[] values, int limit)
                {
                    var result = 0;
                    System.Console.WriteLine("first " + limit);
                    foreach (var value in values)
                    {
                        if (value > limit) { System.Console.WriteLine("over the limit: " + value); }
                        result += value * value + 1;
                    }
                    return result;
                }

                public string Second(int[] values, int limit)
                {
                    var result = 1;
                    var header = "second: " + limit + " of " + values.Length;
                    {|HAR2003:foreach (var value in values)
                    {
                        if (value > limit) { System.Console.WriteLine("too big: " + value); }
                        result += value * value + 2;
                    }|}
                    return header + result;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Worker.cs", """
            namespace Shop;

            public class Worker
            {
                public int First(int[] values, int limit)
                {
                    var result = 0;
                    System.Console.WriteLine("first " + limit);
                    result = GetResult(values, limit, "over the limit: ", result, 1);
                    return result;
                }

                private static int GetResult(int[] values, int limit, string text, int result, int number)
                {
                    foreach (var value in values)
                    {
                        if (value > limit) { System.Console.WriteLine(text + value); }
                        result += value * value + number;
                    }
                    return result;
                }

                public string Second(int[] values, int limit)
                {
                    var result = 1;
                    var header = "second: " + limit + " of " + values.Length;
                    result = GetResult(values, limit, "too big: ", result, 2);
                    return header + result;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Not_offered_when_literals_that_differ_have_different_types()
    {
        const string Block = """
            {|HAR2003:foreach (var value in values)
            {
                object extra = 1;
                System.Console.WriteLine(extra);
                result += value * value + limit;
            }|}
            """;
        return NotOfferedAsync(TwoMethods(Block, Block.Replace("extra = 1;", "extra = 1.5;")));
    }

    [Fact]
    public Task Not_offered_when_literals_that_differ_are_inside_a_lambda()
    {
        const string Block = """
            {|HAR2003:foreach (var value in values)
            {
                System.Func<int, bool> big = v => v > 3;
                if (big(value)) { System.Console.WriteLine(value); }
                result += value * value + limit;
            }|}
            """;
        return NotOfferedAsync(TwoMethods(Block, Block.Replace("v > 3", "v > 4")));
    }

    [Fact]
    public Task Not_offered_when_a_lambda_could_change_a_variable_the_block_reads()
    {
        const string Block = """
            {|HAR2003:foreach (var value in values)
            {
                bump();
                result += value * value + limit;
            }|}
            """;
        return NotOfferedAsync(TwoMethods("System.Action bump = () => limit++;\n" + Block, "System.Action bump = () => limit--;\n" + Block));
    }

    [Fact]
    public Task Not_offered_when_a_call_in_the_block_takes_the_caller_member_name()
    {
        return NotOfferedAsync(
            TwoMethods("""
                {|HAR2003:foreach (var value in values)
                {
                    Trace("value " + value);
                    result += value * value + limit;
                }|}
                """)
            .Replace("    public int First(", "    private static void Trace(string message, [System.Runtime.CompilerServices.CallerMemberName] string caller = \"\") => System.Console.WriteLine(caller + \": \" + message);\n\n    public int First("));
    }

    [Fact]
    public Task Not_offered_when_the_block_needs_this_in_a_struct()
    {
        return NotOfferedAsync(
            TwoMethods(
                """
                {|HAR2003:foreach (var value in values)
                {
                    _count++;
                    result += value * value + limit;
                }|}
                """,
                type: "struct")
            .Replace("public struct Worker\n{", "public struct Worker\n{\n    private int _count;\n"));
    }

    [Fact]
    public Task Not_offered_when_the_block_uses_a_type_parameter_of_its_method()
    {
        return NotOfferedAsync(
            TwoMethods("""
                {|HAR2003:foreach (var value in values)
                {
                    if (System.Collections.Generic.EqualityComparer<T>.Default.Equals(value, default!)) { continue; }
                    result += value!.GetHashCode() + limit;
                }|}
                """,
                parameters: "T[] values, int limit")
            .Replace(" First(", " First<T>(").Replace(" Second(", " Second<T>("));
    }

    [Fact]
    public Task Not_offered_when_the_block_holds_a_using_declaration()
    {
        return NotOfferedAsync(TwoMethods("""
            {|HAR2003:using var reader = new System.IO.StringReader("values: " + values.Length);
            foreach (var value in values)
            {
                result += value * value + limit + reader.Peek();
            }|}
            """));
    }

    [Fact]
    public Task Not_offered_in_a_checked_context()
    {
        const string Block = """
            foreach (var value in values)
            {
                {|HAR2003:if (value < 0) { System.Console.WriteLine("skipping " + value); }
                result += value * value + limit;|}
            }
            """;
        return NotOfferedAsync(TwoMethods("checked\n{\n" + Block + "\n}", "unchecked\n{\n" + Block + "\n}"));
    }

    [Fact]
    public Task Not_offered_when_the_block_calls_a_method_that_may_change_a_struct_from_outside()
    {
        const string Block = """
            {|HAR2003:foreach (var value in values)
            {
                tally.Add(value);
                System.Console.WriteLine(value * value + limit);
            }|}
            """;
        return NotOfferedAsync(
            TwoMethods("var tally = new Tally();\n" + Block + "\nresult += tally.Count;", "var tally = new Tally { Count = 1 };\n" + Block + "\nresult -= tally.Count;")
            + "\n\npublic struct Tally\n{\n    public int Count;\n\n    public void Add(int value) => Count += value;\n}\n");
    }

    [Fact]
    public Task Not_offered_when_the_method_would_go_inside_an_if_directive()
    {
        return NotOfferedAsync(
            TwoMethods("""
                {|HAR2003:foreach (var value in values)
                {
                    if (value < 0) { System.Console.WriteLine("skipping " + value); }
                    result += value * value + limit;
                }|}
                """)
            .Replace("    public int First(", "#if !RELEASE\n    public int First(")
            .Replace("    public string Second(", "#endif\n\n    public string Second("));
    }

    [Fact]
    public Task The_new_method_is_indented_like_its_neighbours_and_keeps_the_comments_inside_the_block()
    {
        var test = Create(("/repo/src/Worker.cs", """
            namespace Shop;

            public class Worker
            {
                public int First(int[] values, int limit)
                {
                    var result = 0;
                    if (limit > 0)
                    {
                        // squares above the limit
                        foreach (var value in values)
                        {
                            // skip the small ones
                            if (value < limit) { continue; }
                            result += value * value;
                        } // done
                        result -= limit;
                    }

                    return result;
                }

                public int Second(int[] values, int limit)
                {
                    var sum = 1;
                    System.Console.WriteLine("second " + limit);
                    {|HAR2003:foreach (var item in values)
                    {
                        // skip the small ones
                        if (item < limit) { continue; }
                        sum += item * item;
                    }|}
                    return sum;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Worker.cs", """
            namespace Shop;

            public class Worker
            {
                public int First(int[] values, int limit)
                {
                    var result = 0;
                    if (limit > 0)
                    {
                        // squares above the limit
                        result = GetResult(values, limit, result); // done
                        result -= limit;
                    }

                    return result;
                }

                private static int GetResult(int[] values, int limit, int result)
                {
                    foreach (var value in values)
                    {
                        // skip the small ones
                        if (value < limit) { continue; }
                        result += value * value;
                    }
                    return result;
                }

                public int Second(int[] values, int limit)
                {
                    var sum = 1;
                    System.Console.WriteLine("second " + limit);
                    sum = GetResult(values, limit, sum);
                    return sum;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_variable_from_outside_that_the_block_only_uses_inside_becomes_a_local_of_the_new_method()
    {
        var test = Create(("/repo/src/Worker.cs", """
            namespace Shop;

            public class Worker
            {
                public int First(int[] values, int limit)
                {
                    int square = limit * limit;
                    System.Console.WriteLine("first " + square);
                    var result = 0;
                    foreach (var value in values)
                    {
                        square = value * value;
                        if (square > limit) { result += square - limit; }
                    }
                    return result;
                }

                public string Second(int[] values, int limit)
                {
                    int square = limit;
                    System.Console.WriteLine("second " + square);
                    var result = limit;
                    {|HAR2003:foreach (var value in values)
                    {
                        square = value * value;
                        if (square > limit) { result += square - limit; }
                    }|}
                    return "second: " + result;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Worker.cs", """
            namespace Shop;

            public class Worker
            {
                public int First(int[] values, int limit)
                {
                    int square = limit * limit;
                    System.Console.WriteLine("first " + square);
                    var result = 0;
                    result = GetResult(values, limit, result);
                    return result;
                }

                private static int GetResult(int[] values, int limit, int result)
                {
                    int square;
                    foreach (var value in values)
                    {
                        square = value * value;
                        if (square > limit) { result += square - limit; }
                    }
                    return result;
                }

                public string Second(int[] values, int limit)
                {
                    int square = limit;
                    System.Console.WriteLine("second " + square);
                    var result = limit;
                    result = GetResult(values, limit, result);
                    return "second: " + result;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Not_offered_when_the_renaming_is_not_one_to_one()
    {
        const string Block = """
            {|HAR2003:foreach (var value in values)
            {
                if (value < 0) { System.Console.WriteLine("skipping " + value); }
                result += value * limit;
            }|}
            """;
        return NotOfferedAsync(TwoMethods(Block, Block.Replace("value * limit", "value * result")));
    }

    [Fact]
    public Task Copies_in_lambdas_and_switch_sections_are_extracted_too()
    {
        var test = Create(("/repo/src/Jobs.cs", """
            namespace Shop;

            public class Jobs
            {
                public System.Action Later(int[] values, string name)
                {
                    return () =>
                    {
                        System.Console.WriteLine("later");
                        foreach (var value in values) { if (value > 0) { System.Console.WriteLine(name + ": " + value); } }
                        System.Console.WriteLine(name + " done after " + values.Length);
                    };
                }

                public void Now(int kind, int[] items, string label)
                {
                    switch (kind)
                    {
                        case 1:
                            {|HAR2003:foreach (var item in items) { if (item > 0) { System.Console.WriteLine(label + ": " + item); } }
                            System.Console.WriteLine(label + " done after " + items.Length);|}
                            break;
                        default:
                            System.Console.WriteLine("nothing");
                            break;
                    }
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Jobs.cs", """
            namespace Shop;

            public class Jobs
            {
                public System.Action Later(int[] values, string name)
                {
                    return () =>
                    {
                        System.Console.WriteLine("later");
                        WriteLine(values, name);
                    };
                }

                private static void WriteLine(int[] values, string name)
                {
                    foreach (var value in values) { if (value > 0) { System.Console.WriteLine(name + ": " + value); } }
                    System.Console.WriteLine(name + " done after " + values.Length);
                }

                public void Now(int kind, int[] items, string label)
                {
                    switch (kind)
                    {
                        case 1:
                            WriteLine(items, label);
                            break;
                        default:
                            System.Console.WriteLine("nothing");
                            break;
                    }
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Comments_not_every_copy_holds_stay_before_each_call_and_the_shared_ones_move_into_the_method()
    {
        var test = Create(("/repo/src/Worker.cs", """
            namespace Shop;

            public class Worker
            {
                public int First(int[] values, int limit)
                {
                    var result = 0;
                    System.Console.WriteLine("squares of " + limit);
                    // first argument: the squares
                    foreach (var value in values)
                    {
                        if (value < 0) { continue; } // negative
                        result += value * value + limit;
                    }
                    return result;
                }

                public int Second(int[] values, int limit)
                {
                    var result = 1;
                    var header = "second: " + limit + " of " + values.Length;
                    System.Console.WriteLine(header.ToUpperInvariant());
                    {|HAR2003:System.Console.WriteLine("squares of " + limit);
                    // second argument: the sum of squares
                    /* above the limit */
                    foreach (var value in values)
                    {
                        if (value < 0) { continue; } // negative
                        result += value * value + limit;
                    }|}
                    return header.Length + result * 2;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Worker.cs", """
            namespace Shop;

            public class Worker
            {
                public int First(int[] values, int limit)
                {
                    var result = 0;
                    // first argument: the squares
                    result = GetResult(limit, values, result);
                    return result;
                }

                private static int GetResult(int limit, int[] values, int result)
                {
                    System.Console.WriteLine("squares of " + limit);
                    foreach (var value in values)
                    {
                        if (value < 0) { continue; } // negative
                        result += value * value + limit;
                    }
                    return result;
                }

                public int Second(int[] values, int limit)
                {
                    var result = 1;
                    var header = "second: " + limit + " of " + values.Length;
                    System.Console.WriteLine(header.ToUpperInvariant());
                    // second argument: the sum of squares
                    /* above the limit */
                    result = GetResult(limit, values, result);
                    return header.Length + result * 2;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_copy_without_comments_leaves_the_canonical_ones_in_the_method()
    {
        const string Block = """
            {|HAR2003:foreach (var value in values)
            {
                // the negative ones do not count
                if (value < 0) { System.Console.WriteLine("skipping " + value); }
                result += value * value + limit;
            }|}
            """;
        var test = Create(("/repo/src/Worker.cs", TwoMethods(Block, Block.Replace("    // the negative ones do not count\n", string.Empty))));
        test.FixedSources.Add(("/repo/src/Worker.cs", """
            namespace Shop;

            public class Worker
            {
                public int First(int[] values, int limit)
                {
                    var result = 0;
                    System.Console.WriteLine("first " + limit);
                    result = GetResult(values, result, limit);
                    return result;
                }

                private static int GetResult(int[] values, int result, int limit)
                {
                    foreach (var value in values)
                    {
                        // the negative ones do not count
                        if (value < 0) { System.Console.WriteLine("skipping " + value); }
                        result += value * value + limit;
                    }
                    return result;
                }

                public string Second(int[] values, int limit)
                {
                    var result = 1;
                    var header = "second: " + limit + " of " + values.Length;
                    result = GetResult(values, result, limit);
                    return header + result;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Guard_returns_of_one_constant_become_a_method_that_says_whether_to_go_on()
    {
        var test = Create(("/repo/src/Orders.cs", """
            namespace Shop;

            public class Orders
            {
                public bool Accept(string name, int quantity)
                {
                    System.Console.WriteLine("accept " + name);
                    if (name.Length == 0) { return false; }
                    foreach (var c in name) { if (char.IsDigit(c)) { return false; } }
                    System.Console.WriteLine(name.Trim() + ": " + quantity);
                    return quantity % 2 == 0;
                }

                public bool Reserve(string name, int quantity, int shelf)
                {
                    var label = "reserve " + name + shelf;
                    {|HAR2003:if (name.Length == 0) { return false; }
                    foreach (var c in name) { if (char.IsDigit(c)) { return false; } }
                    System.Console.WriteLine(name.Trim() + ": " + quantity);|}
                    return shelf > quantity && label.Length > 0;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Orders.cs", """
            namespace Shop;

            public class Orders
            {
                public bool Accept(string name, int quantity)
                {
                    System.Console.WriteLine("accept " + name);
                    if (!IsDigit(name, quantity)) return false;
                    return quantity % 2 == 0;
                }

                private static bool IsDigit(string name, int quantity)
                {
                    if (name.Length == 0) { return false; }
                    foreach (var c in name) { if (char.IsDigit(c)) { return false; } }
                    System.Console.WriteLine(name.Trim() + ": " + quantity);
                    return true;
                }

                public bool Reserve(string name, int quantity, int shelf)
                {
                    var label = "reserve " + name + shelf;
                    if (!IsDigit(name, quantity)) return false;
                    return shelf > quantity && label.Length > 0;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Returns_from_a_void_method_become_a_method_that_says_whether_to_go_on()
    {
        var test = Create(("/repo/src/Printer.cs", """
            namespace Shop;

            public class Printer
            {
                public void Print(string[] items, int width)
                {
                    System.Console.WriteLine("items");
                    if (items.Length == 0) { return; }
                    foreach (var item in items) { if (item is null) { return; } System.Console.WriteLine(item.PadLeft(width)); }
                    System.Console.WriteLine("end");
                }

                public void PrintTwice(string[] items, int width)
                {
                    var copies = 2;
                    {|HAR2003:if (items.Length == 0) { return; }
                    foreach (var item in items) { if (item is null) { return; } System.Console.WriteLine(item.PadLeft(width)); }|}
                    System.Console.WriteLine(copies);
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Printer.cs", """
            namespace Shop;

            public class Printer
            {
                public void Print(string[] items, int width)
                {
                    System.Console.WriteLine("items");
                    if (!WriteLine(items, width)) return;
                    System.Console.WriteLine("end");
                }

                private static bool WriteLine(string[] items, int width)
                {
                    if (items.Length == 0) { return false; }
                    foreach (var item in items) { if (item is null) { return false; } System.Console.WriteLine(item.PadLeft(width)); }
                    return true;
                }

                public void PrintTwice(string[] items, int width)
                {
                    var copies = 2;
                    if (!WriteLine(items, width)) return;
                    System.Console.WriteLine(copies);
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_block_that_returns_on_every_path_becomes_a_method_of_the_same_return_type()
    {
        var test = Create(("/repo/src/Stats.cs", """
            namespace Shop;

            public class Stats
            {
                public string Describe(int[] values, int limit)
                {
                    System.Console.WriteLine("describe");
                    if (values.Length == 0) { return "none"; }
                    var total = 0;
                    foreach (var value in values) { total += value * limit; }
                    return total > 100 ? "many" : "few: " + total;
                }

                public string Summarize(int[] values, int limit, bool verbose)
                {
                    if (verbose) { System.Console.WriteLine(limit); }
                    {|HAR2003:if (values.Length == 0) { return "none"; }
                    var total = 0;
                    foreach (var value in values) { total += value * limit; }
                    return total > 100 ? "many" : "few: " + total;|}
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Stats.cs", """
            namespace Shop;

            public class Stats
            {
                public string Describe(int[] values, int limit)
                {
                    System.Console.WriteLine("describe");
                    return Extracted(values, limit);
                }

                private static string Extracted(int[] values, int limit)
                {
                    if (values.Length == 0) { return "none"; }
                    var total = 0;
                    foreach (var value in values) { total += value * limit; }
                    return total > 100 ? "many" : "few: " + total;
                }

                public string Summarize(int[] values, int limit, bool verbose)
                {
                    if (verbose) { System.Console.WriteLine(limit); }
                    return Extracted(values, limit);
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Not_offered_when_the_block_returns_different_values_and_goes_on_otherwise()
    {
        const string Block = """
            {|HAR2003:if (name.Length == 0) { return "empty"; }
            foreach (var c in name) { if (char.IsDigit(c)) { return name; } }
            System.Console.WriteLine(name.Trim() + ": " + quantity);|}
            """;
        return NotOfferedAsync(
            "namespace Shop;\n\npublic class Orders\n{\n    public string Accept(string name, int quantity)\n    {\n        System.Console.WriteLine(\"accept\");\n"
            + Indent(Unmarked(Block)) + "\n        return \"ok\";\n    }\n\n    public string Reserve(string name, int quantity, int shelf)\n    {\n        var label = \"reserve\" + shelf;\n"
            + Indent(Block) + "\n        return label;\n    }\n}\n");
    }

    [Fact]
    public Task A_guard_that_a_value_flows_out_of_says_whether_to_go_on_and_hands_the_value_out()
    {
        var test = Create(("/repo/src/Orders.cs", """
            namespace Shop;

            public class Orders
            {
                public bool Accept(string name, int quantity)
                {
                    System.Console.WriteLine("accept");
                    var total = 0;
                    if (name.Length == 0) { return false; }
                    foreach (var c in name) { if (char.IsDigit(c)) { return false; } total += c * quantity; }
                    return total > 10;
                }

                public bool Reserve(string name, int quantity, int shelf)
                {
                    var label = "reserve" + shelf;
                    {|HAR2003:var total = 0;
                    if (name.Length == 0) { return false; }
                    foreach (var c in name) { if (char.IsDigit(c)) { return false; } total += c * quantity; }|}
                    return total > shelf;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Orders.cs", """
            namespace Shop;

            public class Orders
            {
                public bool Accept(string name, int quantity)
                {
                    System.Console.WriteLine("accept");
                    if (!IsDigit(name, quantity, out var total)) return false;
                    return total > 10;
                }

                private static bool IsDigit(string name, int quantity, out int total)
                {
                    total = 0;
                    if (name.Length == 0) { return false; }
                    foreach (var c in name) { if (char.IsDigit(c)) { return false; } total += c * quantity; }
                    return true;
                }

                public bool Reserve(string name, int quantity, int shelf)
                {
                    var label = "reserve" + shelf;
                    if (!IsDigit(name, quantity, out var total)) return false;
                    return total > shelf;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_variable_without_a_value_before_a_guard_is_an_out_parameter_that_starts_at_its_default()
    {
        var test = Create(("/repo/src/Parser.cs", """
            namespace Shop;

            public class Parser
            {
                public bool Check(string text)
                {
                    int position;
                    System.Console.WriteLine("check " + text);
                    if (text.Length == 0) { return false; }
                    position = text.IndexOf(':');
                    if (!int.TryParse(text.Substring(position + 1), out var parsed)) { return false; }
                    return parsed > position;
                }

                public bool Print(string line, int width)
                {
                    int colon;
                    {|HAR2003:if (line.Length == 0) { return false; }
                    colon = line.IndexOf(':');
                    if (!int.TryParse(line.Substring(colon + 1), out var number)) { return false; }|}
                    System.Console.WriteLine(number.ToString().PadLeft(width - colon));
                    return true;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Parser.cs", """
            namespace Shop;

            public class Parser
            {
                public bool Check(string text)
                {
                    int position;
                    System.Console.WriteLine("check " + text);
                    if (!IndexOf(text, out position, out var parsed)) return false;
                    return parsed > position;
                }

                private static bool IndexOf(string text, out int position, out int parsed)
                {
                    position = default;
                    parsed = default;
                    if (text.Length == 0) { return false; }
                    position = text.IndexOf(':');
                    if (!int.TryParse(text.Substring(position + 1), out parsed)) { return false; }
                    return true;
                }

                public bool Print(string line, int width)
                {
                    int colon;
                    if (!IndexOf(line, out colon, out var number)) return false;
                    System.Console.WriteLine(number.ToString().PadLeft(width - colon));
                    return true;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_variable_with_a_value_before_the_block_that_it_updates_is_passed_by_ref()
    {
        const string Block = """
            {|HAR2003:var longest = string.Empty;
            foreach (var value in values) { if (value > limit) { result += value; longest = value.ToString(); } }|}
            """;
        var test = Create(("/repo/src/Worker.cs", TwoMethods(Block + "\nSystem.Console.WriteLine(longest);", Block + "\nheader += longest;")));
        test.FixedSources.Add(("/repo/src/Worker.cs", """
            namespace Shop;

            public class Worker
            {
                public int First(int[] values, int limit)
                {
                    var result = 0;
                    System.Console.WriteLine("first " + limit);
                    Extracted(values, limit, out var longest, ref result);
                    System.Console.WriteLine(longest);
                    return result;
                }

                private static void Extracted(int[] values, int limit, out string longest, ref int result)
                {
                    longest = string.Empty;
                    foreach (var value in values) { if (value > limit) { result += value; longest = value.ToString(); } }
                }

                public string Second(int[] values, int limit)
                {
                    var result = 1;
                    var header = "second: " + limit + " of " + values.Length;
                    Extracted(values, limit, out var longest, ref result);
                    header += longest;
                    return header + result;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_tail_that_assigns_the_methods_out_parameters_passes_them_on_by_ref()
    {
        var test = Create(("/repo/src/Parser.cs", """
            namespace Shop;

            public class Parser
            {
                public bool TryFirst(string text, out int number, out string rest)
                {
                    number = 0;
                    rest = string.Empty;
                    System.Console.WriteLine("first " + text);
                    var colon = text.IndexOf(':');
                    if (colon < 0) { return false; }
                    number = colon * 2;
                    rest = text.Substring(colon + 1);
                    return true;
                }

                public bool TryLast(string line, out int position, out string tail)
                {
                    position = -1;
                    tail = line;
                    {|HAR2003:var colon = line.IndexOf(':');
                    if (colon < 0) { return false; }
                    position = colon * 2;
                    tail = line.Substring(colon + 1);
                    return true;|}
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Parser.cs", """
            namespace Shop;

            public class Parser
            {
                public bool TryFirst(string text, out int number, out string rest)
                {
                    number = 0;
                    rest = string.Empty;
                    System.Console.WriteLine("first " + text);
                    return IndexOf(text, ref number, ref rest);
                }

                private static bool IndexOf(string text, ref int number, ref string rest)
                {
                    var colon = text.IndexOf(':');
                    if (colon < 0) { return false; }
                    number = colon * 2;
                    rest = text.Substring(colon + 1);
                    return true;
                }

                public bool TryLast(string line, out int position, out string tail)
                {
                    position = -1;
                    tail = line;
                    return IndexOf(line, ref position, ref tail);
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Copies_that_differ_in_which_values_flow_out_pass_out_every_one_of_them()
    {
        const string Block = """
            {|HAR2003:var low = int.MaxValue;
            var high = int.MinValue;
            foreach (var value in values) { low = System.Math.Min(low, value); high = System.Math.Max(high, value + limit); }|}
            """;
        var test = Create(("/repo/src/Worker.cs", TwoMethods(Block + "\nresult += high - low;", Block + "\nresult *= high;")));
        test.FixedSources.Add(("/repo/src/Worker.cs", """
            namespace Shop;

            public class Worker
            {
                public int First(int[] values, int limit)
                {
                    var result = 0;
                    System.Console.WriteLine("first " + limit);
                    Min(values, limit, out var low, out var high);
                    result += high - low;
                    return result;
                }

                private static void Min(int[] values, int limit, out int low, out int high)
                {
                    low = int.MaxValue;
                    high = int.MinValue;
                    foreach (var value in values) { low = System.Math.Min(low, value); high = System.Math.Max(high, value + limit); }
                }

                public string Second(int[] values, int limit)
                {
                    var result = 1;
                    var header = "second: " + limit + " of " + values.Length;
                    Min(values, limit, out var low, out var high);
                    result *= high;
                    return header + result;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_nullable_parameter_known_not_null_that_the_block_may_set_to_null_gets_DisallowNull()
    {
        var test = Create(("/repo/src/Catalog.cs", """
            #nullable enable
            using System.Diagnostics.CodeAnalysis;

            namespace Shop;

            public class Catalog
            {
                private static bool TryFind(string key, [NotNullWhen(true)] out string? found)
                {
                    found = key.Length > 2 ? key : null;
                    return found is not null;
                }

                public int First(string? name, int count)
                {
                    if (name is null) { return 0; }
                    var upper = name.ToUpperInvariant() + count;
                    if (TryFind(upper + name.Trim(), out name)) { upper += name.Length; }
                    System.Console.WriteLine(upper);
                    return count;
                }

                public string Second(string? name, int count)
                {
                    var label = "second " + count;
                    if (name is null || count < 0) { return label; }
                    {|HAR2003:var upper = name.ToUpperInvariant() + count;
                    if (TryFind(upper + name.Trim(), out name)) { upper += name.Length; }
                    System.Console.WriteLine(upper);|}
                    return label + count;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Catalog.cs", """
            #nullable enable
            using System.Diagnostics.CodeAnalysis;

            namespace Shop;

            public class Catalog
            {
                private static bool TryFind(string key, [NotNullWhen(true)] out string? found)
                {
                    found = key.Length > 2 ? key : null;
                    return found is not null;
                }

                public int First(string? name, int count)
                {
                    if (name is null) { return 0; }
                    ToUpperInvariant(name, count);
                    return count;
                }

                private static void ToUpperInvariant([DisallowNull] string? name, int count)
                {
                    var upper = name.ToUpperInvariant() + count;
                    if (TryFind(upper + name.Trim(), out name)) { upper += name.Length; }
                    System.Console.WriteLine(upper);
                }

                public string Second(string? name, int count)
                {
                    var label = "second " + count;
                    if (name is null || count < 0) { return label; }
                    ToUpperInvariant(name, count);
                    return label + count;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_nullable_value_passed_out_that_a_check_in_the_block_proves_not_null_gets_NotNull()
    {
        var test = Create(("/repo/src/Parts.cs", """
            #nullable enable
            using System.Diagnostics.CodeAnalysis;

            namespace Shop;

            public class Parts
            {
                public int Measure(object[] items)
                {
                    var head = items[0] as string;
                    var size = items.Length;
                    if (head == null || size == 0) { throw new System.ArgumentException("bad items"); }
                    return head.Length * size;
                }

                public string Describe(object[] items, int width)
                {
                    var label = "items: " + width;
                    System.Console.WriteLine(label);
                    {|HAR2003:var head = items[0] as string;
                    var size = items.Length;
                    if (head == null || size == 0) { throw new System.ArgumentException("bad items"); }|}
                    return head.PadLeft(width) + label + size;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Parts.cs", """
            #nullable enable
            using System.Diagnostics.CodeAnalysis;

            namespace Shop;

            public class Parts
            {
                public int Measure(object[] items)
                {
                    Extracted(items, out var head, out var size);
                    return head.Length * size;
                }

                private static void Extracted(object[] items, [NotNull] out string? head, out int size)
                {
                    head = items[0] as string;
                    size = items.Length;
                    if (head == null || size == 0) { throw new System.ArgumentException("bad items"); }
                }

                public string Describe(object[] items, int width)
                {
                    var label = "items: " + width;
                    System.Console.WriteLine(label);
                    Extracted(items, out var head, out var size);
                    return head.PadLeft(width) + label + size;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Of_two_nullable_values_passed_out_only_the_one_the_block_leaves_not_null_loses_its_annotation()
    {
        // As Humanizer's formatter lookup: the formatter is never null, the fast-path formatter may be.
        var test = Create(("/repo/src/Parts.cs", """
            #nullable enable
            namespace Shop;

            public class Parts
            {
                public int Measure(object[] items)
                {
                    var text = items[0].ToString() ?? string.Empty;
                    var name = text as string;
                    if (name is not null && name.Length > 8) { name = null; }
                    return text.Length + (name?.Length ?? 0);
                }

                public string Describe(object[] items, int width)
                {
                    var label = "items: " + width;
                    System.Console.WriteLine(label);
                    {|HAR2003:var text = items[0].ToString() ?? string.Empty;
                    var name = text as string;
                    if (name is not null && name.Length > 8) { name = null; }|}
                    return text.PadLeft(width) + label + name;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Parts.cs", """
            #nullable enable
            namespace Shop;

            public class Parts
            {
                public int Measure(object[] items)
                {
                    Extracted(items, out var text, out var name);
                    return text.Length + (name?.Length ?? 0);
                }

                private static void Extracted(object[] items, out string text, out string? name)
                {
                    text = items[0].ToString() ?? string.Empty;
                    name = text as string;
                    if (name is not null && name.Length > 8) { name = null; }
                }

                public string Describe(object[] items, int width)
                {
                    var label = "items: " + width;
                    System.Console.WriteLine(label);
                    Extracted(items, out var text, out var name);
                    return text.PadLeft(width) + label + name;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_guard_keeps_what_its_callees_promise_about_null_for_the_code_after_it()
    {
        var test = Create(("/repo/src/Catalog.cs", """
            #nullable enable
            using System.Diagnostics.CodeAnalysis;

            namespace Shop;

            public class Catalog
            {
                private static bool TryFind(string key, [NotNullWhen(true)] out string? found)
                {
                    found = key.Length > 2 ? key : null;
                    return found is not null;
                }

                public bool Show(string key, int count)
                {
                    System.Console.WriteLine("show");
                    if (!TryFind(key, out var name)) { return false; }
                    if (name.Length > count) { return false; }
                    System.Console.WriteLine(name.Trim() + count);
                    return true;
                }

                public bool Hide(string key, int count)
                {
                    var hidden = count + 1;
                    {|HAR2003:if (!TryFind(key, out var name)) { return false; }
                    if (name.Length > count) { return false; }|}
                    System.Console.WriteLine(name.ToUpperInvariant() + hidden);
                    return true;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Catalog.cs", """
            #nullable enable
            using System.Diagnostics.CodeAnalysis;

            namespace Shop;

            public class Catalog
            {
                private static bool TryFind(string key, [NotNullWhen(true)] out string? found)
                {
                    found = key.Length > 2 ? key : null;
                    return found is not null;
                }

                public bool Show(string key, int count)
                {
                    System.Console.WriteLine("show");
                    if (!Extracted(key, count, out var name)) return false;
                    System.Console.WriteLine(name.Trim() + count);
                    return true;
                }

                private static bool Extracted(string key, int count, [NotNullWhen(true)] out string? name)
                {
                    if (!TryFind(key, out name)) { return false; }
                    if (name.Length > count) { return false; }
                    return true;
                }

                public bool Hide(string key, int count)
                {
                    var hidden = count + 1;
                    if (!Extracted(key, count, out var name)) return false;
                    System.Console.WriteLine(name.ToUpperInvariant() + hidden);
                    return true;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task When_one_copy_needs_more_values_after_it_every_copy_passes_them_all_out()
    {
        var test = Create(("/repo/src/Parts.cs", """
            namespace Shop;

            public class Parts
            {
                public int Measure(string[] parts)
                {
                    var name = parts[0].Trim();
                    var size = parts[1].Length;
                    if (name.Length == 0 || size == 0) { throw new System.ArgumentException("bad parts"); }
                    return name.Length * size;
                }

                public string Describe(string[] parts, int width)
                {
                    var label = "parts: " + width;
                    System.Console.WriteLine(label);
                    {|HAR2003:var name = parts[0].Trim();
                    var size = parts[1].Length;
                    if (name.Length == 0 || size == 0) { throw new System.ArgumentException("bad parts"); }|}
                    return name.PadLeft(width) + label;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Parts.cs", """
            namespace Shop;

            public class Parts
            {
                public int Measure(string[] parts)
                {
                    Trim(parts, out var name, out var size);
                    return name.Length * size;
                }

                private static void Trim(string[] parts, out string name, out int size)
                {
                    name = parts[0].Trim();
                    size = parts[1].Length;
                    if (name.Length == 0 || size == 0) { throw new System.ArgumentException("bad parts"); }
                }

                public string Describe(string[] parts, int width)
                {
                    var label = "parts: " + width;
                    System.Console.WriteLine(label);
                    Trim(parts, out var name, out var size);
                    return name.PadLeft(width) + label;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Not_offered_when_a_value_that_flows_out_of_a_guard_is_declared_by_a_pattern()
    {
        const string Block = """
            {|HAR2003:if (name.Length == 0) { return false; }
            if (name.Trim() is not { Length: > 2 } trimmed) { return false; }
            System.Console.WriteLine(trimmed + quantity);|}
            """;
        return NotOfferedAsync(
            "namespace Shop;\n\npublic class Orders\n{\n    public bool Accept(string name, int quantity)\n    {\n        System.Console.WriteLine(\"accept\");\n"
            + Indent(Unmarked(Block)) + "\n        return trimmed.Length > 10;\n    }\n\n    public bool Reserve(string name, int quantity, int shelf)\n    {\n        var label = \"reserve\" + shelf;\n"
            + Indent(Block) + "\n        return trimmed.Length > shelf;\n    }\n}\n");
    }

    [Fact]
    public Task Not_offered_when_the_block_also_breaks_out_of_an_outer_loop()
    {
        const string Body = """
                {|HAR2003:if (values[round] < 0) { return default!; }
                System.Console.WriteLine(values[round] * values[round] + limit);
                if (values[round] > limit) { break; }|}
            }
            """;
        return NotOfferedAsync(TwoMethods(
            "for (var round = 0; round < limit; round++)\n{\n" + Body,
            "for (var round = limit - 1; round >= 0; round--)\n{\n" + Body));
    }

    /// <summary>
    /// Two methods that hold <paramref name="block"/> (markup on the second copy): <c>First</c> over a
    /// <paramref name="firstType"/> named <c>node</c>, <c>Second</c> over a <c>Leaf</c>, which derives from <c>Node</c>.
    /// </summary>
    private static string NodeAndLeaf(string block, string helper, string firstType = "Node") => $$"""
        namespace Shop;

        public class Node
        {
            public string Label() => GetType().Name;
        }

        public sealed class Leaf : Node { }

        public sealed class Branch : Node { }

        public class Printer
        {
            public void First({{firstType}} node, string label)
            {
                System.Console.WriteLine("first");
        {{Indent(Unmarked(block))}}
            }

            public void Second(Leaf leaf, string label)
            {
                var header = "second";
        {{Indent(block.Replace("node", "leaf"))}}
                System.Console.WriteLine(header);
            }

        {{helper}}
        }
        """;

    /// <summary>The class declarations of <see cref="NodeAndLeaf"/>, for fixed sources.</summary>
    private const string NodeTypes = """
        namespace Shop;

        public class Node
        {
            public string Label() => GetType().Name;
        }

        public sealed class Leaf : Node { }

        public sealed class Branch : Node { }


        """;

    [Fact]
    public Task A_variable_of_a_derived_type_in_one_copy_only_passed_on_as_the_base_type_gets_a_parameter_of_the_base_type()
    {
        const string Block = """
            {|HAR2003:var text = label.Trim() + ":" + label.Length;
            System.Console.WriteLine(Describe(text, node));
            System.Console.WriteLine(text.ToUpperInvariant());|}
            """;
        var test = Create(("/repo/src/Printer.cs", NodeAndLeaf(Block, "    private static string Describe(string text, Node node) => text + node.GetType().Name;")));
        test.FixedSources.Add(("/repo/src/Printer.cs", NodeTypes + """
            public class Printer
            {
                public void First(Node node, string label)
                {
                    System.Console.WriteLine("first");
                    Trim(label, node);
                }

                private static void Trim(string label, Node node)
                {
                    var text = label.Trim() + ":" + label.Length;
                    System.Console.WriteLine(Describe(text, node));
                    System.Console.WriteLine(text.ToUpperInvariant());
                }

                public void Second(Leaf leaf, string label)
                {
                    var header = "second";
                    Trim(label, leaf);
                    System.Console.WriteLine(header);
                }

                private static string Describe(string text, Node node) => text + node.GetType().Name;
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Variables_of_two_sibling_types_that_only_call_members_of_their_base_class_get_a_parameter_of_that_class()
    {
        const string Block = """
            {|HAR2003:var text = label.Trim() + ":" + label.Length;
            System.Console.WriteLine(text + node.Label());
            System.Console.WriteLine(text.ToUpperInvariant());|}
            """;
        var test = Create(("/repo/src/Printer.cs", NodeAndLeaf(Block, string.Empty, firstType: "Branch")));
        test.FixedSources.Add(("/repo/src/Printer.cs", NodeTypes + """
            public class Printer
            {
                public void First(Branch node, string label)
                {
                    System.Console.WriteLine("first");
                    Trim(label, node);
                }

                private static void Trim(string label, Node node)
                {
                    var text = label.Trim() + ":" + label.Length;
                    System.Console.WriteLine(text + node.Label());
                    System.Console.WriteLine(text.ToUpperInvariant());
                }

                public void Second(Leaf leaf, string label)
                {
                    var header = "second";
                    Trim(label, leaf);
                    System.Console.WriteLine(header);
                }


            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Not_offered_when_a_variable_of_another_type_in_each_copy_is_passed_to_a_generic_method()
    {
        // Each copy infers its own type argument: Name<Node> and Name<Leaf> print different names.
        const string Block = """
            {|HAR2003:var text = label.Trim() + ":" + label.Length;
            System.Console.WriteLine(text + Name(node));
            System.Console.WriteLine(text.ToUpperInvariant());|}
            """;
        return NotOfferedAsync(NodeAndLeaf(Block, "    private static string Name<T>(T item) => typeof(T).Name + item;"));
    }

    [Fact]
    public Task Not_offered_when_a_variable_of_another_type_in_each_copy_is_used_otherwise_than_passed_on_or_called()
    {
        // The arrays are a Node[] and a Leaf[], whose type names differ.
        const string Block = """
            {|HAR2003:var text = label.Trim() + ":" + label.Length;
            System.Console.WriteLine(text + new[] { node }.GetType().Name);
            System.Console.WriteLine(text.ToUpperInvariant());|}
            """;
        return NotOfferedAsync(NodeAndLeaf(Block, string.Empty));
    }
}
