using System.Threading.Tasks;
using Harness.Analyzers.CodeFixes.Redundancy;
using Harness.Analyzers.Redundancy;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy;

public class MergeWithParameterCodeFixTests
{
    /// <summary>A copy that changed one literal, which no value flows into by name.</summary>
    private const string Prices = """
        namespace Shop;

        public class Prices
        {
            public decimal Discount(decimal[] items)
            {
                var total = 0m;
                foreach (var item in items) { total += item; }
                return total > 100 ? total * 0.9m : total;
            }

            public decimal {|HAR2001:VipDiscount|}(decimal[] items)
            {
                var sum = 0m;
                foreach (var item in items) { sum += item; }
                return sum > 100 ? sum * 0.8m : sum;
            }

            public decimal Checkout(decimal[] items, bool vip) => vip ? VipDiscount(items) : Discount(items);
        }
        """;

    internal static CodeFixTest Create(params (string Path, string Markup)[] sources)
    {
        var test = new CodeFixTest(new DuplicationAnalyzer(), new MergeWithParameterCodeFix()) { CodeActionEquivalenceKey = MergeWithParameterCodeFix.MergeKey };
        test.AdditionalFiles.Add(("/repo/harness.rules", DuplicationTest.Rules));
        test.Sources.AddRange(sources);
        return test;
    }

    [Fact]
    public Task A_rewrite_that_turned_a_literal_into_a_parameter_is_merged_into_the_original()
    {
        var mailer = """
            using System.Threading.Tasks;

            namespace Shop;

            public class Mailer
            {
                public async Task<int> SendAsync(string to, string body)
                {
                    var attempts = 0;
                    while (attempts < 3)
                    {
                        attempts++;
                        if (await TryAsync(to, body)) { return attempts; }
                    }

                    return -1;
                }

                public async Task<int> {|HAR2005:SendV2Async|}(string to, string body, int retries)
                {
                    var attempts = 0;
                    while (attempts < retries)
                    {
                        attempts++;
                        if (await TryAsync(to, body)) { return attempts; }
                    }

                    return -1;
                }

                private Task<bool> TryAsync(string to, string body) => Task.FromResult(to.Length > body.Length);
            }
            """;
        var caller = """
            namespace Shop;

            public static class Signup
            {
                public static System.Threading.Tasks.Task<int> WelcomeAsync(Mailer mailer, string to) => mailer.SendV2Async(to, "welcome", 5);
            }
            """;
        var test = Create(("/repo/src/Mailer.cs", mailer), ("/repo/src/Signup.cs", caller));
        test.FixedSources.Add(("/repo/src/Mailer.cs", """
            using System.Threading.Tasks;

            namespace Shop;

            public class Mailer
            {
                public async Task<int> SendAsync(string to, string body, int retries = 3)
                {
                    var attempts = 0;
                    while (attempts < retries)
                    {
                        attempts++;
                        if (await TryAsync(to, body)) { return attempts; }
                    }

                    return -1;
                }

                private Task<bool> TryAsync(string to, string body) => Task.FromResult(to.Length > body.Length);
            }
            """));
        test.FixedSources.Add(("/repo/src/Signup.cs", caller.Replace("SendV2Async", "SendAsync")));
        return test.RunAsync();
    }

    [Fact]
    public Task A_copy_that_changed_one_literal_is_merged_and_its_callers_pass_the_value_by_name()
    {
        var test = Create(("/repo/src/Prices.cs", Prices));
        // The copy is the later member, so one fix and FixAll agree: the first is kept.
        test.FixedSources.Add(("/repo/src/Prices.cs", """
            namespace Shop;

            public class Prices
            {
                public decimal Discount(decimal[] items, decimal value = 0.9m)
                {
                    var total = 0m;
                    foreach (var item in items) { total += item; }
                    return total > 100 ? total * value : total;
                }

                public decimal Checkout(decimal[] items, bool vip) => vip ? Discount(items, value: 0.8m) : Discount(items);
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Not_offered_when_a_method_group_refers_to_the_copy()
    {
        var code = """
            namespace Shop;

            public class Rates
            {
                public int Low(int[] values) { var total = 0; foreach (var v in values) { total += v * 3; } return total + 1; }
                public int {|HAR2001:Mid|}(int[] values) { var total = 0; foreach (var v in values) { total += v * 5; } return total + 1; }
                public System.Func<int[], int> Pick() => Mid;
            }
            """;
        return AssertNotOfferedAsync(code);
    }

    [Fact]
    public Task Two_literals_become_two_parameters_named_after_the_parameters_they_are_passed_to()
    {
        var report = """
            namespace Shop;

            public class Report
            {
                public string Header(string[] columns)
                {
                    var cleaned = new string[columns.Length];
                    for (var i = 0; i < columns.Length; i++) { cleaned[i] = columns[i].Trim(); }
                    var line = string.Join("|", cleaned);
                    return line.PadRight(40, '-');
                }

                public string {|HAR2001:Footer|}(string[] columns)
                {
                    var parts = new string[columns.Length];
                    for (var i = 0; i < columns.Length; i++) { parts[i] = columns[i].Trim(); }
                    var line = string.Join("|", parts);
                    return line.PadRight(60, '=');
                }

                public string Page(string[] columns) => Header(columns) + Footer(columns);
            }
            """;
        var test = Create(("/repo/src/Report.cs", report));
        test.FixedSources.Add(("/repo/src/Report.cs", """
            namespace Shop;

            public class Report
            {
                public string Header(string[] columns, int totalWidth = 40, char paddingChar = '-')
                {
                    var cleaned = new string[columns.Length];
                    for (var i = 0; i < columns.Length; i++) { cleaned[i] = columns[i].Trim(); }
                    var line = string.Join("|", cleaned);
                    return line.PadRight(totalWidth, paddingChar);
                }

                public string Page(string[] columns) => Header(columns) + Header(columns, totalWidth: 60, paddingChar: '=');
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Three_values_a_number_an_enum_member_and_a_character_become_three_parameters()
    {
        var cells = """
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

                public static string Row(string name, string sum) => Cell(name) + Total(sum);
            }
            """;
        var test = Create(("/repo/src/Cells.cs", cells));
        test.FixedSources.Add(("/repo/src/Cells.cs", """
            namespace Shop;

            public enum Align { Left, Right }

            public static class Cells
            {
                public static string Cell(string text, int width = 12, Align align = Align.Left, char newChar = '.')
                {
                    var trimmed = text.Trim();
                    var upper = trimmed.ToUpperInvariant();
                    var padded = Pad(upper, width, align);
                    var framed = "[" + padded + "]";
                    var result = framed.Replace(' ', newChar);
                    return result;
                }

                public static string Pad(string text, int width, Align align) => align == Align.Left ? text.PadRight(width) : text.PadLeft(width);

                public static string Row(string name, string sum) => Cell(name) + Cell(sum, width: 20, align: Align.Right, newChar: '_');
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_static_readonly_field_cannot_be_a_default_so_the_parameter_is_required_and_every_caller_passes_it()
    {
        var test = Create(("/repo/src/Layout.cs", WidthLayout(ReadOnlyWidths, "Layout.Wide", "Layout.Narrow", string.Empty)), ("/repo/src/Screen.cs", Screen));
        test.FixedSources.Add(("/repo/src/Layout.cs", """
            namespace Shop;

            public class Layout
            {
                public static readonly int Wide = 120;
                public static readonly int Narrow = 60;

                public string Describe(string title, int width)
                {
                    var trimmed = title.Trim();
                    var upper = trimmed.ToUpperInvariant();
                    var line = upper + " " + width;
                    return line.PadRight(width);
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Screen.cs", Screen.Replace(
            """layout.Describe("orders") + layout.DescribeCompact("lines")""",
            """layout.Describe("orders", width: Layout.Wide) + layout.Describe("lines", width: Layout.Narrow)""")));
        return test.RunAsync();
    }

    [Fact]
    public Task Values_assigned_to_members_are_named_after_them()
    {
        var window = """
            namespace Shop;

            public class Window
            {
                public int Width { get; set; }

                public int Height { get; set; }

                public int Top { get; set; }

                public bool Visible { get; set; }

                public int Redraws { get; private set; }

                public void Reset()
                {
                    Width = 80;
                    Height = 24;
                    Top = 0;
                    Visible = true;
                    Redraws++;
                }

                public void {|HAR2001:Maximize|}()
                {
                    Width = 200;
                    Height = 60;
                    Top = 0;
                    Visible = true;
                    Redraws++;
                }

                public void Toggle(bool big)
                {
                    if (big) { Maximize(); } else { Reset(); }
                }
            }
            """;
        var test = Create(("/repo/src/Window.cs", window));
        test.FixedSources.Add(("/repo/src/Window.cs", """
            namespace Shop;

            public class Window
            {
                public int Width { get; set; }

                public int Height { get; set; }

                public int Top { get; set; }

                public bool Visible { get; set; }

                public int Redraws { get; private set; }

                public void Reset(int width = 80, int height = 24)
                {
                    Width = width;
                    Height = height;
                    Top = 0;
                    Visible = true;
                    Redraws++;
                }

                public void Toggle(bool big)
                {
                    if (big) { Reset(width: 200, height: 60); } else { Reset(); }
                }
            }
            """));
        return test.RunAsync();
    }

    /// <summary><c>typeof</c> is no constant, so its parameter is required and both callers pass their type; <c>nameof</c> is one, so it is the default.</summary>
    [Theory]
    [InlineData("typeof", "System.Type kind", "Entry(user, kind: typeof(Order))")]
    [InlineData("nameof", "string kind = nameof(Order)", "Entry(user)")]
    public Task A_typeof_or_nameof_becomes_a_parameter_required_unless_it_is_a_constant(string @operator, string parameter, string keptCall)
    {
        var audit = $$"""
            namespace Shop;

            public class Order { }

            public class Invoice { }

            public static class Audit
            {
                public static string Entry(string user)
                {
                    var trimmed = user.Trim();
                    var upper = trimmed.ToUpperInvariant();
                    var kind = {{@operator}}(Order);
                    var line = upper + ":" + kind;
                    return line.PadLeft(20);
                }

                public static string {|HAR2002:InvoiceEntry|}(string user)
                {
                    var trimmed = user.Trim();
                    var upper = trimmed.ToUpperInvariant();
                    var kind = {{@operator}}(Invoice);
                    var line = upper + ":" + kind;
                    return line.PadLeft(20);
                }

                public static string Both(string user) => Entry(user) + InvoiceEntry(user);
            }
            """;
        var test = Create(("/repo/src/Audit.cs", audit));
        test.FixedSources.Add(("/repo/src/Audit.cs", $$"""
            namespace Shop;

            public class Order { }

            public class Invoice { }

            public static class Audit
            {
                public static string Entry(string user, {{parameter}})
                {
                    var trimmed = user.Trim();
                    var upper = trimmed.ToUpperInvariant();
                    var line = upper + ":" + kind;
                    return line.PadLeft(20);
                }

                public static string Both(string user) => {{keptCall}} + Entry(user, kind: {{@operator}}(Invoice));
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_local_that_only_holds_the_value_becomes_the_parameter_and_a_value_passed_by_name_takes_that_name()
    {
        var mailer = """
            namespace Shop;

            public class Mailer
            {
                public int Send(string to)
                {
                    var retries = 3;
                    var attempts = 0;
                    while (attempts < retries)
                    {
                        attempts++;
                        if (Deliver(to, timeout: 30)) { return attempts; }
                    }

                    return -1;
                }

                public int {|HAR2001:Notify|}(string to)
                {
                    var retries = 5;
                    var attempts = 0;
                    while (attempts < retries)
                    {
                        attempts++;
                        if (Deliver(to, timeout: 10)) { return attempts; }
                    }

                    return -1;
                }

                public int Both(string to) => Send(to) + Notify(to);

                private static bool Deliver(string to, int timeout) => to.Length % timeout == 0;
            }
            """;
        var test = Create(("/repo/src/Mailer.cs", mailer));
        test.FixedSources.Add(("/repo/src/Mailer.cs", """
            namespace Shop;

            public class Mailer
            {
                public int Send(string to, int retries = 3, int timeout = 30)
                {
                    var attempts = 0;
                    while (attempts < retries)
                    {
                        attempts++;
                        if (Deliver(to, timeout: timeout)) { return attempts; }
                    }

                    return -1;
                }

                public int Both(string to) => Send(to) + Send(to, retries: 5, timeout: 10);

                private static bool Deliver(string to, int timeout) => to.Length % timeout == 0;
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_number_converted_where_it_stands_gives_the_parameter_the_converted_type()
    {
        var code = """
            namespace Shop;

            public static class Scales
            {
                public static double Scale(int[] values)
                {
                    double rate = 3;
                    var total = 0.0;
                    foreach (var v in values) { total += v * rate; }
                    return total;
                }

                public static double {|HAR2001:ScaleFine|}(int[] values)
                {
                    double rate = 3.5;
                    var total = 0.0;
                    foreach (var v in values) { total += v * rate; }
                    return total;
                }

                public static double Both(int[] values) => Scale(values) + ScaleFine(values);
            }
            """;
        var test = Create(("/repo/src/Scales.cs", code));
        test.FixedSources.Add(("/repo/src/Scales.cs", """
            namespace Shop;

            public static class Scales
            {
                public static double Scale(int[] values, double rate = 3)
                {
                    var total = 0.0;
                    foreach (var v in values) { total += v * rate; }
                    return total;
                }

                public static double Both(int[] values) => Scale(values) + Scale(values, rate: 3.5);
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_local_written_again_stays_and_the_parameter_named_after_it_gets_a_number()
    {
        var code = """
            namespace Shop;

            public static class Limits
            {
                public static int Tries(string text)
                {
                    var limit = 3;
                    if (text.Length > 50) { limit++; }
                    return limit * text.Length;
                }

                public static int {|HAR2001:MoreTries|}(string text)
                {
                    var limit = 6;
                    if (text.Length > 50) { limit++; }
                    return limit * text.Length;
                }

                public static int Both(string text) => Tries(text) + MoreTries(text);
            }
            """;
        var test = Create(("/repo/src/Limits.cs", code));
        test.FixedSources.Add(("/repo/src/Limits.cs", """
            namespace Shop;

            public static class Limits
            {
                public static int Tries(string text, int limit2 = 3)
                {
                    var limit = limit2;
                    if (text.Length > 50) { limit++; }
                    return limit * text.Length;
                }

                public static int Both(string text) => Tries(text) + Tries(text, limit2: 6);
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_local_whose_name_another_declaration_uses_too_stays_and_the_parameter_gets_a_number()
    {
        var code = """
            namespace Shop;

            public static class Tries
            {
                public static int Count(string[] texts)
                {
                    var limit = 3;
                    var total = 0;
                    foreach (var text in texts) { total += text.Length > limit ? 1 : 0; }
                    System.Func<int, int> twice = x => { var limit = x * 2; return limit; };
                    return twice(total);
                }

                public static int {|HAR2001:CountMore|}(string[] texts)
                {
                    var limit = 6;
                    var total = 0;
                    foreach (var text in texts) { total += text.Length > limit ? 1 : 0; }
                    System.Func<int, int> twice = x => { var limit = x * 2; return limit; };
                    return twice(total);
                }

                public static int Both(string[] texts) => Count(texts) + CountMore(texts);
            }
            """;
        var test = Create(("/repo/src/Tries.cs", code));
        test.FixedSources.Add(("/repo/src/Tries.cs", """
            namespace Shop;

            public static class Tries
            {
                public static int Count(string[] texts, int limit2 = 3)
                {
                    var limit = limit2;
                    var total = 0;
                    foreach (var text in texts) { total += text.Length > limit ? 1 : 0; }
                    System.Func<int, int> twice = x => { var limit = x * 2; return limit; };
                    return twice(total);
                }

                public static int Both(string[] texts) => Count(texts) + Count(texts, limit2: 6);
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_value_compared_with_a_property_is_named_after_the_property()
    {
        var text = """
            namespace Shop;

            public static class Lines
            {
                public static bool Fits(string text)
                {
                    var trimmed = text.Trim();
                    if (trimmed.Length > 80) { return false; }
                    return trimmed.Length > 0;
                }

                public static bool {|HAR2001:FitsShort|}(string text)
                {
                    var trimmed = text.Trim();
                    if (trimmed.Length > 40) { return false; }
                    return trimmed.Length > 0;
                }

                public static bool Check(string text) => Fits(text) && FitsShort(text);
            }
            """;
        var test = Create(("/repo/src/Lines.cs", text));
        test.FixedSources.Add(("/repo/src/Lines.cs", """
            namespace Shop;

            public static class Lines
            {
                public static bool Fits(string text, int length = 80)
                {
                    var trimmed = text.Trim();
                    if (trimmed.Length > length) { return false; }
                    return trimmed.Length > 0;
                }

                public static bool Check(string text) => Fits(text) && Fits(text, length: 40);
            }
            """));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("Send", "SendWithRetries", "attempts", "retries")]
    [InlineData("Trim", "TrimToWidth", "attempts", "width")]
    [InlineData("Send", "SendWithRetries", "retries", "retries2")]
    public Task A_value_that_flows_into_nothing_named_is_named_after_what_the_copy_adds_to_the_member_name_and_a_name_in_use_gets_a_number(
        string kept, string copy, string local, string parameter)
    {
        var code = $$"""
            namespace Shop;

            public static class Texts
            {
                public static int {{kept}}(string text)
                {
                    var {{local}} = 0;
                    while ({{local}} < 3) { {{local}}++; }
                    return {{local}} + text.Length;
                }

                public static int {|HAR2001:{{copy}}|}(string text)
                {
                    var {{local}} = 0;
                    while ({{local}} < 5) { {{local}}++; }
                    return {{local}} + text.Length;
                }

                public static int Both(string text) => {{kept}}(text) + {{copy}}(text);
            }
            """;
        var test = Create(("/repo/src/Texts.cs", code));
        test.FixedSources.Add(("/repo/src/Texts.cs", $$"""
            namespace Shop;

            public static class Texts
            {
                public static int {{kept}}(string text, int {{parameter}} = 3)
                {
                    var {{local}} = 0;
                    while ({{local}} < {{parameter}}) { {{local}}++; }
                    return {{local}} + text.Length;
                }

                public static int Both(string text) => {{kept}}(text) + {{kept}}(text, {{parameter}}: 5);
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Not_offered_when_a_caller_names_a_parameter_the_kept_method_calls_otherwise()
    {
        var code = """
            namespace Shop;

            public static class Scores
            {
                public static int Low(int[] values) { var total = 1; foreach (var v in values) { total += v * 3; } return total % 11; }
                public static int {|HAR2001:High|}(int[] scores) { var total = 1; foreach (var v in scores) { total += v * 4; } return total % 11; }
                public static int Both(int[] values) => Low(values) + High(scores: values);
            }
            """;
        return AssertNotOfferedAsync(code);
    }

    [Fact]
    public Task Not_offered_when_a_required_parameter_would_follow_an_optional_one() => AssertWidthsNotMergedAsync(
        ReadOnlyWidths, "Layout.Wide", "Layout.Narrow", ", string suffix = \"\"");

    [Fact]
    public Task Not_offered_when_the_kept_method_implements_an_interface_whose_signature_it_must_keep() =>
        AssertNotOfferedAsync(Prices.Replace("public class Prices", "public interface IPrices\n{\n    decimal Discount(decimal[] items);\n}\n\npublic class Prices : IPrices"));

    [Fact]
    public Task Not_offered_when_the_copy_value_is_not_accessible_at_a_call() =>
        AssertWidthsNotMergedAsync("private const int Wide = 120;\n    private const int Narrow = 60;", "Wide", "Narrow", string.Empty);

    [Fact]
    public Task Not_offered_when_four_values_differ()
    {
        var code = """
            namespace Shop;

            public static class Scores
            {
                public static int Low(int[] values) { var total = 1; foreach (var v in values) { total += v * 3 - 7; } return total % 11; }
                public static int {|HAR2001:High|}(int[] values) { var total = 2; foreach (var v in values) { total += v * 4 - 8; } return total % 12; }
                public static int Both(int[] values) => Low(values) + High(values);
            }
            """;
        return AssertNotOfferedAsync(code);
    }

    /// <summary>A property whose read counts, a call: moving either to the call site would change when it runs.</summary>
    [Theory]
    [InlineData("Next")]
    [InlineData("System.Math.Abs(-7)")]
    public Task Not_offered_when_a_value_has_a_side_effect_or_is_a_call(string copyValue)
    {
        var code = $$"""
            namespace Shop;

            public static class Ids
            {
                private static int _next;

                public static int Next => ++_next;

                public static string Order(string name)
                {
                    var trimmed = name.Trim();
                    var upper = trimmed.ToUpperInvariant();
                    var id = 7;
                    var code = upper + "-" + id;
                    return code.PadLeft(12);
                }

                public static string {|HAR2002:Invoice|}(string name)
                {
                    var trimmed = name.Trim();
                    var upper = trimmed.ToUpperInvariant();
                    var id = {{copyValue}};
                    var code = upper + "-" + id;
                    return code.PadLeft(12);
                }

                public static string Both(string name) => Order(name) + Invoice(name);
            }
            """;
        return AssertNotOfferedAsync(code);
    }

    [Fact]
    public Task Methods_with_out_parameters_are_merged_and_the_calls_still_pass_them_by_reference()
    {
        // ILSpy's MatchGetConstructorFromHandle beside MatchGetMethodFromHandle: a matcher that hands back what it
        // matched, and looks for another type name. The new parameter is passed by value after the out one.
        var test = Create(("/repo/src/Parsing.cs", """
            namespace Shop;

            public class Parsing
            {
                public bool MatchMethod(object node, out string name)
                {
                    name = string.Empty;
                    if (node is not System.Type type) { return false; }
                    if (type.FullName != "System.Reflection.MethodInfo") { return false; }
                    name = type.Name;
                    return true;
                }

                public bool {|HAR2001:MatchConstructor|}(object node, out string name)
                {
                    name = string.Empty;
                    if (node is not System.Type type) { return false; }
                    if (type.FullName != "System.Reflection.ConstructorInfo") { return false; }
                    name = type.Name;
                    return true;
                }

                public bool Either(object node) => MatchMethod(node, out _) || MatchConstructor(node, out var found) && found.Length > 0;
            }
            """));
        test.FixedSources.Add(("/repo/src/Parsing.cs", """
            namespace Shop;

            public class Parsing
            {
                public bool MatchMethod(object node, out string name, string fullName = "System.Reflection.MethodInfo")
                {
                    name = string.Empty;
                    if (node is not System.Type type) { return false; }
                    if (type.FullName != fullName) { return false; }
                    name = type.Name;
                    return true;
                }

                public bool Either(object node) => MatchMethod(node, out _) || MatchMethod(node, out var found, fullName: "System.Reflection.ConstructorInfo") && found.Length > 0;
            }
            """));
        return test.RunAsync();
    }

    /// <summary>Humanizer's TryReadToken beside TryReadIgnoredToken: two matchers over two read-only lists of one reader.</summary>
    private const string Reader = """
        namespace Shop;

        public class Reader
        {
            private readonly string[] _words = { "one", "two" };
            private readonly string[] _ignored = { "and" };

            public bool TryReadWord(string text, ref int position)
            {
                foreach (var candidate in _words)
                {
                    if (text.Substring(position).StartsWith(candidate)) { position += candidate.Length; return true; }
                }

                return false;
            }

            public bool {|HAR2002:TryReadIgnored|}(string text, ref int position)
            {
                foreach (var candidate in _ignored)
                {
                    if (text.Substring(position).StartsWith(candidate)) { position += candidate.Length; return true; }
                }

                return false;
            }

        """;

    [Fact]
    public Task A_read_only_field_of_this_becomes_a_parameter_that_every_call_on_this_passes()
    {
        var test = Create(("/repo/src/Reader.cs", Reader + """
                public int Count(string text)
                {
                    var position = 0;
                    var count = 0;
                    while (TryReadWord(text, ref position) || this.TryReadIgnored(text, ref position)) { count++; }
                    return count;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Reader.cs", """
            namespace Shop;

            public class Reader
            {
                private readonly string[] _words = { "one", "two" };
                private readonly string[] _ignored = { "and" };

                public bool TryReadWord(string text, ref int position, string[] value)
                {
                    foreach (var candidate in value)
                    {
                        if (text.Substring(position).StartsWith(candidate)) { position += candidate.Length; return true; }
                    }

                    return false;
                }

                public int Count(string text)
                {
                    var position = 0;
                    var count = 0;
                    while (TryReadWord(text, ref position, value: _words) || this.TryReadWord(text, ref position, value: _ignored)) { count++; }
                    return count;
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Not_offered_when_a_read_only_field_would_be_read_at_a_call_on_another_object()
    {
        // other.TryReadIgnored reads other's list; _ignored at the call would be this one's.
        var code = Reader + """
                public bool Both(Reader other, string text)
                {
                    var position = 0;
                    return TryReadWord(text, ref position) && other.TryReadIgnored(text, ref position);
                }
            }
            """;
        return AssertNotOfferedAsync(code);
    }

    [Fact]
    public Task Not_offered_when_a_read_only_field_holds_a_mutable_struct()
    {
        // Each read of the field is a fresh copy; a parameter is one value the body could change in place.
        var code = """
            namespace Shop;

            public struct Window { public int Size; }

            public class Layout
            {
                private readonly Window _wide = new Window { Size = 80 };
                private readonly Window _narrow = new Window { Size = 40 };

                public int Fit(string[] words)
                {
                    var used = 0;
                    foreach (var word in words)
                    {
                        if (used + word.Length > Measure(_wide)) { return used; }
                        used += word.Length + 1;
                    }

                    return used;
                }

                public int {|HAR2002:FitNarrow|}(string[] words)
                {
                    var used = 0;
                    foreach (var word in words)
                    {
                        if (used + word.Length > Measure(_narrow)) { return used; }
                        used += word.Length + 1;
                    }

                    return used;
                }

                public int Both(string[] words) => Fit(words) + FitNarrow(words);

                private static int Measure(Window window) => window.Size;
            }
            """;
        return AssertNotOfferedAsync(code);
    }

    [Fact]
    public Task Not_offered_when_the_kept_method_has_an_overload_that_a_call_could_now_pick()
    {
        var code = """
            namespace Shop;

            public static class Joins
            {
                public static string Join(string[] parts) { var cleaned = new string[parts.Length]; for (var i = 0; i < parts.Length; i++) { cleaned[i] = parts[i].Trim(); } return string.Join(",", cleaned); }
                public static string Join(string[] parts, string separator) => string.Join(separator, parts);
                public static string {|HAR2001:JoinLines|}(string[] parts) { var cleaned = new string[parts.Length]; for (var i = 0; i < parts.Length; i++) { cleaned[i] = parts[i].Trim(); } return string.Join("\n", cleaned); }
                public static string Both(string[] parts) => Join(parts) + JoinLines(parts);
            }
            """;
        return AssertNotOfferedAsync(code);
    }

    [Fact]
    public Task Not_offered_when_the_copy_reads_one_of_its_parameters_where_the_kept_method_has_a_value()
    {
        var code = """
            namespace Shop;

            public static class Taxes
            {
                public static decimal Gross(decimal[] lines, decimal rate)
                {
                    var total = 0m;
                    foreach (var line in lines) { total += line; }
                    var tax = total * 0.2m;
                    var gross = total + tax;
                    return decimal.Round(gross * rate, 2);
                }

                public static decimal {|HAR2002:Net|}(decimal[] lines, decimal rate)
                {
                    var total = 0m;
                    foreach (var line in lines) { total += line; }
                    var tax = total * rate;
                    var gross = total + tax;
                    return decimal.Round(gross * rate, 2);
                }

                public static decimal Both(decimal[] lines) => Gross(lines, 1m) + Net(lines, 1m);
            }
            """;
        return AssertNotOfferedAsync(code);
    }

    private const string ReadOnlyWidths = "public static readonly int Wide = 120;\n    public static readonly int Narrow = 60;";

    private const string Screen = """
        namespace Shop;

        public static class Screen
        {
            public static string Show(Layout layout) => layout.Describe("orders") + layout.DescribeCompact("lines");
        }
        """;

    /// <summary>A layout whose copy reads another width; <see cref="Screen"/> calls both.</summary>
    private static string WidthLayout(string widths, string keptWidth, string copyWidth, string moreParameters) => $$"""
        namespace Shop;

        public class Layout
        {
            {{widths}}

            public string Describe(string title{{moreParameters}})
            {
                var width = {{keptWidth}};
                var trimmed = title.Trim();
                var upper = trimmed.ToUpperInvariant();
                var line = upper + " " + width;
                return line.PadRight(width);
            }

            public string {|HAR2002:DescribeCompact|}(string title{{moreParameters}})
            {
                var width = {{copyWidth}};
                var trimmed = title.Trim();
                var upper = trimmed.ToUpperInvariant();
                var line = upper + " " + width;
                return line.PadRight(width);
            }
        }
        """;

    /// <summary>The fix must leave the layout and its caller alone.</summary>
    private static Task AssertWidthsNotMergedAsync(string widths, string keptWidth, string copyWidth, string moreParameters)
    {
        var layout = WidthLayout(widths, keptWidth, copyWidth, moreParameters);
        var test = Create(("/repo/src/Layout.cs", layout), ("/repo/src/Screen.cs", Screen));
        test.FixedSources.Add(("/repo/src/Layout.cs", layout.Replace("{|HAR2002:", string.Empty).Replace("|}", string.Empty)));
        test.FixedSources.Add(("/repo/src/Screen.cs", Screen));
        return test.RunAsync();
    }

    private static Task AssertNotOfferedAsync(string code)
    {
        var test = Create(("/repo/src/Code.cs", code));
        test.FixedSources.Add(("/repo/src/Code.cs", code.Replace("{|HAR2001:", string.Empty).Replace("{|HAR2002:", string.Empty).Replace("|}", string.Empty)));
        return test.RunAsync();
    }
}
