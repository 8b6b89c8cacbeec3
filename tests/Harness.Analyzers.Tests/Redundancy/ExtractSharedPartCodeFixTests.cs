using System.Threading.Tasks;
using Harness.Analyzers.CodeFixes.Redundancy;
using Harness.Analyzers.Redundancy;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy;

public class ExtractSharedPartCodeFixTests
{
    private static CodeFixTest Create(params (string Path, string Markup)[] sources)
    {
        var test = new CodeFixTest(new DuplicationAnalyzer(), new ExtractSharedPartCodeFix()) { CodeActionEquivalenceKey = ExtractSharedPartCodeFix.ExtractSharedPartKey };
        test.AdditionalFiles.Add(("/repo/harness.rules", DuplicationTest.Rules));
        test.Sources.AddRange(sources);
        return test;
    }

    /// <summary>A test that expects no fix: the fixed text is the source with its markup removed.</summary>
    private static Task NotOfferedAsync(string markup)
    {
        var test = Create(("/repo/src/File0.cs", markup));
        test.FixedSources.Add(("/repo/src/File0.cs", System.Text.RegularExpressions.Regex.Replace(markup, @"\{\|[A-Z0-9#]+:|\|\}", string.Empty)));
        return test.RunAsync();
    }

    [Fact]
    public Task A_copy_with_one_more_statement_at_the_end_calls_the_extracted_shared_part()
    {
        var test = Create(("/repo/src/Orders.cs", """
            namespace Shop;

            public class Orders
            {
                public string Summary(string[] lines)
                {
                    var count = lines.Length;
                    var first = lines[0].Trim();
                    var last = lines[count - 1].Trim();
                    var text = first + " .. " + last + " (" + count + ")";
                    return text;
                }

                public string {|HAR2002:Audit|}(string[] lines)
                {
                    var count = lines.Length;
                    var first = lines[0].Trim();
                    var last = lines[count - 1].Trim();
                    var text = first + " .. " + last + " (" + count + ")";
                    System.Console.WriteLine(text);
                    return text;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Orders.cs", """
            namespace Shop;

            public class Orders
            {
                public string Summary(string[] lines)
                {
                    var text = GetText(lines);
                    return text;
                }

                private static string GetText(string[] lines)
                {
                    var count = lines.Length;
                    var first = lines[0].Trim();
                    var last = lines[count - 1].Trim();
                    var text = first + " .. " + last + " (" + count + ")";
                    return text;
                }

                public string Audit(string[] lines)
                {
                    var text = GetText(lines);
                    System.Console.WriteLine(text);
                    return text;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Copies_with_statements_of_their_own_before_and_after_share_an_instance_method()
    {
        var test = Create(("/repo/src/Ledger.cs", """
            namespace Shop;

            public class Ledger
            {
                private decimal _balance;

                public decimal Deposit(decimal amount, string note)
                {
                    System.Console.WriteLine("deposit");
                    var rounded = System.Math.Round(amount, 2);
                    _balance += rounded;
                    var entry = note.Trim() + ": " + rounded;
                    System.Console.WriteLine(entry);
                    return _balance;
                }

                public decimal {|HAR2002:Refund|}(decimal amount, string note)
                {
                    var rounded = System.Math.Round(amount, 2);
                    _balance += rounded;
                    var entry = note.Trim() + ": " + rounded;
                    System.Console.WriteLine(entry);
                    System.Console.WriteLine("refund");
                    return -_balance;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Ledger.cs", """
            namespace Shop;

            public class Ledger
            {
                private decimal _balance;

                public decimal Deposit(decimal amount, string note)
                {
                    System.Console.WriteLine("deposit");
                    Round(amount, note);
                    return _balance;
                }

                private void Round(decimal amount, string note)
                {
                    var rounded = System.Math.Round(amount, 2);
                    _balance += rounded;
                    var entry = note.Trim() + ": " + rounded;
                    System.Console.WriteLine(entry);
                }

                public decimal Refund(decimal amount, string note)
                {
                    Round(amount, note);
                    System.Console.WriteLine("refund");
                    return -_balance;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_value_that_differs_in_the_shared_part_becomes_a_parameter()
    {
        var test = Create(("/repo/src/Labels.cs", """
            namespace Shop;

            public static class Labels
            {
                public static string Short(string name)
                {
                    var trimmed = name.Trim();
                    var upper = trimmed.ToUpperInvariant();
                    var spaced = upper.Replace('_', ' ');
                    var padded = spaced.PadRight(12);
                    return padded;
                }

                public static string {|HAR2002:Long|}(string name)
                {
                    var trimmed = name.Trim();
                    var upper = trimmed.ToUpperInvariant();
                    var spaced = upper.Replace('_', ' ');
                    var padded = spaced.PadRight(40);
                    var framed = "[" + padded + "]";
                    return framed;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Labels.cs", """
            namespace Shop;

            public static class Labels
            {
                public static string Short(string name)
                {
                    var padded = GetPadded(name, 12);
                    return padded;
                }

                private static string GetPadded(string name, int totalWidth)
                {
                    var trimmed = name.Trim();
                    var upper = trimmed.ToUpperInvariant();
                    var spaced = upper.Replace('_', ' ');
                    var padded = spaced.PadRight(totalWidth);
                    return padded;
                }

                public static string Long(string name)
                {
                    var padded = GetPadded(name, 40);
                    var framed = "[" + padded + "]";
                    return framed;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Copies_in_two_types_of_one_file_share_an_internal_static_method_of_the_kept_one()
    {
        var test = Create(("/repo/src/Exports.cs", """
            namespace Shop;

            public class CsvExport
            {
                public string Line(string[] cells)
                {
                    var cleaned = new string[cells.Length];
                    for (var i = 0; i < cells.Length; i++) { cleaned[i] = cells[i].Trim(); }
                    var joined = string.Join(",", cleaned);
                    return joined;
                }
            }

            public class AuditExport
            {
                public string {|HAR2002:Line|}(string[] cells)
                {
                    var cleaned = new string[cells.Length];
                    for (var i = 0; i < cells.Length; i++) { cleaned[i] = cells[i].Trim(); }
                    var joined = string.Join(",", cleaned);
                    System.Console.WriteLine(joined);
                    return joined;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Exports.cs", """
            namespace Shop;

            public class CsvExport
            {
                public string Line(string[] cells)
                {
                    var joined = GetJoined(cells);
                    return joined;
                }

                internal static string GetJoined(string[] cells)
                {
                    var cleaned = new string[cells.Length];
                    for (var i = 0; i < cells.Length; i++) { cleaned[i] = cells[i].Trim(); }
                    var joined = string.Join(",", cleaned);
                    return joined;
                }
            }

            public class AuditExport
            {
                public string Line(string[] cells)
                {
                    var joined = CsvExport.GetJoined(cells);
                    System.Console.WriteLine(joined);
                    return joined;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Not_offered_across_types_when_the_shared_part_uses_instance_state()
    {
        return NotOfferedAsync("""
            namespace Shop;

            public class CsvExport
            {
                private readonly string _separator = ",";

                public string Line(string[] cells)
                {
                    var cleaned = new string[cells.Length];
                    for (var i = 0; i < cells.Length; i++) { cleaned[i] = cells[i].Trim(); }
                    var joined = string.Join(_separator, cleaned);
                    return joined;
                }
            }

            public class AuditExport
            {
                private readonly string _separator = ",";

                public string {|HAR2002:Line|}(string[] cells)
                {
                    var cleaned = new string[cells.Length];
                    for (var i = 0; i < cells.Length; i++) { cleaned[i] = cells[i].Trim(); }
                    var joined = string.Join(_separator, cleaned);
                    System.Console.WriteLine(joined);
                    return joined;
                }
            }
            """);
    }

    [Fact]
    public Task Not_offered_when_the_bodies_line_up_statement_for_statement_which_the_merge_fixes()
    {
        return NotOfferedAsync("""
            namespace Shop;

            public enum Align { Left, Right }

            public static class Cells
            {
                public static string Cell(string text)
                {
                    var trimmed = text.Trim();
                    var upper = trimmed.ToUpperInvariant();
                    var padded = Pad(upper, 12, Align.Left);
                    var framed = "[" + padded + "]";
                    var result = framed.Replace(' ', '.');
                    return result;
                }

                public static string {|HAR2002:Total|}(string text)
                {
                    var trimmed = text.Trim();
                    var upper = trimmed.ToUpperInvariant();
                    var padded = Pad(upper, 20, Align.Right);
                    var framed = "[" + padded + "]";
                    var result = framed.Replace(' ', '_');
                    return result;
                }

                public static string Pad(string text, int width, Align align) => align == Align.Left ? text.PadRight(width) : text.PadLeft(width);
            }
            """);
    }

    [Fact]
    public Task A_shared_part_that_returns_one_constant_to_decline_becomes_a_method_that_says_whether_to_go_on()
    {
        // The shared checks decline with one constant (false), as HAR2003's extraction handles: the call says whether to go on.
        var test = Create(("/repo/src/Matcher.cs", """
            namespace Shop;

            public class Matcher
            {
                public bool IsOrder(string text, int limit)
                {
                    var trimmed = text.Trim().ToLowerInvariant();
                    if (trimmed.Length == 0 || trimmed.Length > limit) { return false; }
                    var parts = trimmed.Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
                    if (parts.Length < 2 || parts[0] != "order") { return false; }
                    System.Console.WriteLine(parts[1].TrimStart('#'));
                    return true;
                }

                public bool {|HAR2002:IsOrderLine|}(string text, int limit)
                {
                    var trimmed = text.Trim().ToLowerInvariant();
                    if (trimmed.Length == 0 || trimmed.Length > limit) { return false; }
                    var parts = trimmed.Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
                    if (parts.Length < 2 || parts[0] != "order") { return false; }
                    System.Console.WriteLine(parts[1].TrimStart('#'));
                    System.Console.WriteLine(limit);
                    return true;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Matcher.cs", """
            namespace Shop;

            public class Matcher
            {
                public bool IsOrder(string text, int limit)
                {
                    if (!Trim(text, limit)) return false;
                    return true;
                }

                private static bool Trim(string text, int limit)
                {
                    var trimmed = text.Trim().ToLowerInvariant();
                    if (trimmed.Length == 0 || trimmed.Length > limit) { return false; }
                    var parts = trimmed.Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
                    if (parts.Length < 2 || parts[0] != "order") { return false; }
                    System.Console.WriteLine(parts[1].TrimStart('#'));
                    return true;
                }

                public bool IsOrderLine(string text, int limit)
                {
                    if (!Trim(text, limit)) return false;
                    System.Console.WriteLine(limit);
                    return true;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_shared_part_that_returns_two_different_values_is_extracted_up_to_its_first_return()
    {
        // The whole shared run returns -1 or 0: one call cannot say which, so only the run up to the first guard moves.
        var test = Create(("/repo/src/File0.cs", """
            namespace Shop;

            public static class Parser
            {
                public static int Parse(string text)
                {
                    var trimmed = text.Trim();
                    if (trimmed.Length == 0) { return -1; }
                    var digits = trimmed.TrimStart('0');
                    if (digits.Length == 0) { return 0; }
                    return int.Parse(digits);
                }

                public static int {|HAR2002:ParseLogged|}(string text)
                {
                    var trimmed = text.Trim();
                    if (trimmed.Length == 0) { return -1; }
                    var digits = trimmed.TrimStart('0');
                    if (digits.Length == 0) { return 0; }
                    System.Console.WriteLine(digits);
                    return int.Parse(digits);
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/File0.cs", """
            namespace Shop;

            public static class Parser
            {
                public static int Parse(string text)
                {
                    if (!Trim(text, out var digits)) return -1;
                    if (digits.Length == 0) { return 0; }
                    return int.Parse(digits);
                }

                private static bool Trim(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? digits)
                {
                    digits = default;
                    var trimmed = text.Trim();
                    if (trimmed.Length == 0) { return false; }
                    digits = trimmed.TrimStart('0');
                    return true;
                }

                public static int ParseLogged(string text)
                {
                    if (!Trim(text, out var digits)) return -1;
                    if (digits.Length == 0) { return 0; }
                    System.Console.WriteLine(digits);
                    return int.Parse(digits);
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Not_offered_when_the_shared_part_awaits()
    {
        return NotOfferedAsync("""
            using System.Threading.Tasks;

            namespace Shop;

            public static class Sender
            {
                public static async Task<int> SendAsync(string text)
                {
                    var trimmed = text.Trim();
                    await Task.Delay(trimmed.Length);
                    var length = trimmed.Length * 2;
                    var total = length + text.Length;
                    return total;
                }

                public static async Task<int> {|HAR2002:SendLoggedAsync|}(string text)
                {
                    var trimmed = text.Trim();
                    await Task.Delay(trimmed.Length);
                    var length = trimmed.Length * 2;
                    var total = length + text.Length;
                    System.Console.WriteLine(total);
                    return total;
                }
            }
            """);
    }

    [Fact]
    public Task A_ref_parameter_the_shared_part_writes_is_passed_on_by_ref()
    {
        var test = Create(("/repo/src/File0.cs", """
            namespace Shop;

            public static class Counter
            {
                public static string Count(string[] words, ref int total)
                {
                    var first = words[0].Trim();
                    total += words.Length;
                    var line = first + "/" + total;
                    var shown = line.ToUpperInvariant();
                    return shown;
                }

                public static string {|HAR2002:CountLogged|}(string[] words, ref int total)
                {
                    var first = words[0].Trim();
                    total += words.Length;
                    var line = first + "/" + total;
                    var shown = line.ToUpperInvariant();
                    System.Console.WriteLine(shown);
                    return shown;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/File0.cs", """
            namespace Shop;

            public static class Counter
            {
                public static string Count(string[] words, ref int total)
                {
                    Trim(words, ref total, out var shown);
                    return shown;
                }

                private static void Trim(string[] words, ref int total, out string shown)
                {
                    var first = words[0].Trim();
                    total += words.Length;
                    var line = first + "/" + total;
                    shown = line.ToUpperInvariant();
                }

                public static string CountLogged(string[] words, ref int total)
                {
                    Trim(words, ref total, out var shown);
                    System.Console.WriteLine(shown);
                    return shown;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Not_offered_when_more_than_three_values_differ_in_the_shared_part()
    {
        return NotOfferedAsync("""
            namespace Shop;

            public static class Frames
            {
                public static string Frame(string text)
                {
                    var head = text.Substring(0, 1);
                    var body = text.Substring(1, 2).PadLeft(3);
                    var tail = text.Substring(3).PadRight(4);
                    var result = head + body + tail;
                    return result;
                }

                public static string {|HAR2002:WideFrame|}(string text)
                {
                    var head = text.Substring(0, 5);
                    var body = text.Substring(5, 6).PadLeft(7);
                    var tail = text.Substring(8).PadRight(9);
                    var result = head + body + tail;
                    System.Console.WriteLine(result);
                    return result;
                }
            }
            """);
    }

    /// <summary>The example of docs/rules/HAR2002.md.</summary>
    [Fact]
    public Task The_documented_pair_shares_a_method_that_returns_the_list_both_go_on_with()
    {
        var test = Create(("/repo/src/Reports.cs", """
            using System.Collections.Generic;

            namespace Shop;

            public class Reports
            {
                public List<string> Daily(IEnumerable<(string Name, int Count)> rows)
                {
                    var lines = new List<string>();
                    foreach (var row in rows)
                    {
                        if (row.Count > 0)
                        {
                            lines.Add(row.Name + ": " + row.Count);
                        }
                    }

                    lines.Sort();
                    return lines;
                }

                public List<string> {|HAR2002:Weekly|}(IEnumerable<(string Name, int Count)> rows)
                {
                    var lines = new List<string>();
                    foreach (var row in rows)
                    {
                        if (row.Count > 0)
                        {
                            lines.Add(row.Name + ": " + row.Count);
                        }
                    }

                    lines.Sort();
                    lines.Reverse();
                    return lines;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Reports.cs", """
            using System.Collections.Generic;

            namespace Shop;

            public class Reports
            {
                public List<string> Daily(IEnumerable<(string Name, int Count)> rows)
                {
                    var lines = GetLines(rows);
                    return lines;
                }

                private static List<string> GetLines(IEnumerable<(string Name, int Count)> rows)
                {
                    var lines = new List<string>();
                    foreach (var row in rows)
                    {
                        if (row.Count > 0)
                        {
                            lines.Add(row.Name + ": " + row.Count);
                        }
                    }

                    lines.Sort();
                    return lines;
                }

                public List<string> Weekly(IEnumerable<(string Name, int Count)> rows)
                {
                    var lines = GetLines(rows);
                    lines.Reverse();
                    return lines;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Copies_in_two_files_share_internal_static_methods_of_the_kept_type_each_with_a_name_of_its_own()
    {
        var test = Create(
            ("/repo/src/Csv.cs", """
                namespace Shop;

                public static class Csv
                {
                    public static string Line(string[] cells)
                    {
                        var cleaned = new string[cells.Length];
                        for (var i = 0; i < cells.Length; i++) { cleaned[i] = cells[i].Trim(); }
                        var text = string.Join(",", cleaned);
                        return text;
                    }

                    public static string Title(string name)
                    {
                        var trimmed = name.Trim();
                        var upper = trimmed.ToUpperInvariant();
                        var spaced = upper.Replace('_', ' ');
                    var text = spaced.PadRight(10);
                        return text;
                    }
                }
                """),
            ("/repo/src/Tsv.cs", """
                namespace Shop;

                public static class Tsv
                {
                    public static string {|HAR2002:Line|}(string[] cells)
                    {
                        var cleaned = new string[cells.Length];
                        for (var i = 0; i < cells.Length; i++) { cleaned[i] = cells[i].Trim(); }
                        var text = string.Join("\t", cleaned);
                        System.Console.WriteLine(text);
                        return text;
                    }

                    public static string {|HAR2002:Title|}(string name)
                    {
                        var trimmed = name.Trim();
                        var upper = trimmed.ToUpperInvariant();
                        var spaced = upper.Replace('_', ' ');
                    var text = spaced.PadRight(10);
                        System.Console.WriteLine(text);
                        return text;
                    }
                }
                """));
        test.FixedSources.Add(("/repo/src/Csv.cs", """
            namespace Shop;

            public static class Csv
            {
                public static string Line(string[] cells)
                {
                    var text = GetText(cells, ",");
                    return text;
                }

                internal static string GetText(string[] cells, string separator)
                {
                    var cleaned = new string[cells.Length];
                    for (var i = 0; i < cells.Length; i++) { cleaned[i] = cells[i].Trim(); }
                    var text = string.Join(separator, cleaned);
                    return text;
                }

                public static string Title(string name)
                {
                    var text = Trim(name);
                    return text;
                }

                internal static string Trim(string name)
                {
                    var trimmed = name.Trim();
                    var upper = trimmed.ToUpperInvariant();
                    var spaced = upper.Replace('_', ' ');
                    var text = spaced.PadRight(10);
                    return text;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Tsv.cs", """
            namespace Shop;

            public static class Tsv
            {
                public static string Line(string[] cells)
                {
                    var text = Csv.GetText(cells, "\t");
                    System.Console.WriteLine(text);
                    return text;
                }

                public static string Title(string name)
                {
                    var text = Csv.Trim(name);
                    System.Console.WriteLine(text);
                    return text;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_shared_run_inside_a_loop_is_extracted_too()
    {
        var test = Create(("/repo/src/Totals.cs", """
            namespace Shop;

            public static class Totals
            {
                public static decimal Sum(decimal[][] rows)
                {
                    var total = 0m;
                    foreach (var row in rows)
                    {
                        var first = row[0];
                        var last = row[row.Length - 1];
                        var mid = (first + last) / 2;
                        total += mid;
                    }

                    return total;
                }

                public static decimal {|HAR2002:SumLogged|}(decimal[][] rows)
                {
                    var total = 0m;
                    foreach (var row in rows)
                    {
                        var first = row[0];
                        var last = row[row.Length - 1];
                        var mid = (first + last) / 2;
                        System.Console.WriteLine(mid);
                        total += mid;
                    }

                    return total;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Totals.cs", """
            namespace Shop;

            public static class Totals
            {
                public static decimal Sum(decimal[][] rows)
                {
                    var total = 0m;
                    foreach (var row in rows)
                    {
                        var mid = GetMid(row);
                        total += mid;
                    }

                    return total;
                }

                private static decimal GetMid(decimal[] row)
                {
                    var first = row[0];
                    var last = row[row.Length - 1];
                    var mid = (first + last) / 2;
                    return mid;
                }

                public static decimal SumLogged(decimal[][] rows)
                {
                    var total = 0m;
                    foreach (var row in rows)
                    {
                        var mid = GetMid(row);
                        System.Console.WriteLine(mid);
                        total += mid;
                    }

                    return total;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Not_offered_when_the_shared_run_continues_the_loop_around_it()
    {
        return NotOfferedAsync("""
            namespace Shop;

            public static class Totals
            {
                public static decimal Sum(decimal[][] rows)
                {
                    var total = 0m;
                    foreach (var row in rows)
                    {
                        var first = row[0];
                        if (first < 0) { continue; }
                        var last = row[row.Length - 1];
                        total += (first + last) / 2;
                    }

                    return total;
                }

                public static decimal {|HAR2002:SumLogged|}(decimal[][] rows)
                {
                    var total = 0m;
                    foreach (var row in rows)
                    {
                        var first = row[0];
                        if (first < 0) { continue; }
                        var last = row[row.Length - 1];
                        total += (first + last) / 2;
                        System.Console.WriteLine(total);
                    }

                    return total;
                }
            }
            """);
    }
}
