using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Harness.Analyzers.CodeFixes.Redundancy;
using Harness.Analyzers.Redundancy;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy;

public class IdenticalBranchesCodeFixTests
{
    private const string Path0 = "/0/Test0.cs";
    private const string Path1 = "/0/Test1.cs";

    private static CodeFixTest Create(string source, string fixedSource)
    {
        var test = new CodeFixTest(new IdenticalBranchesAnalyzer(), new IdenticalBranchesCodeFix());
        test.AdditionalFiles.Add(("/harness.rules", IdenticalBranchesTests.OneStatementBranches));
        test.Sources.Add((Path0, source));
        test.FixedSources.Add((Path0, fixedSource));
        return test;
    }

    /// <summary>The source, markup removed, as the fixed text: asserts that no fix is offered for any diagnostic.</summary>
    private static CodeFixTest NotOffered(string source) =>
        Create(source, source.Replace("[|", "").Replace("|]", ""));

    // ---- if / else if ----

    [Fact]
    public Task Adjacent_else_if_with_the_same_body_joins_the_previous_condition_with_or()
    {
        var source = """
            public class C
            {
                public int M(int x)
                {
                    // pick the size
                    if (x == 1)
                    {
                        // ten it is
                        return 10;
                    }
                    else if (/* legacy */ x == 2)
                    [|{
                        // ten it is
                        return   10;
                    }|]
                    else
                    {
                        return 0;
                    }
                }
            }
            """;
        var fixedSource = """
            public class C
            {
                public int M(int x)
                {
                    // pick the size
                    if (x == 1 || /* legacy */ x == 2)
                    {
                        // ten it is
                        return 10;
                    }
                    else
                    {
                        return 0;
                    }
                }
            }
            """;
        return Create(source, fixedSource).RunAsync();
    }

    [Fact]
    public Task A_comment_only_the_removed_copy_has_keeps_the_fix_from_being_offered()
    {
        var source = """
            public class C
            {
                public int M(int x)
                {
                    if (x == 1)
                    {
                        return 10;
                    }
                    else if (x == 2)
                    [|{
                        // TODO: twenty?
                        return 10;
                    }|]
                    else if (x == 3) // legacy callers
                    [|{
                        return 10;
                    }|]

                    return 0;
                }
            }
            """;
        return NotOffered(source).RunAsync();
    }

    [Fact]
    public Task Three_identical_branches_become_one_condition_and_the_chain_keeps_its_else()
    {
        var source = """
            public class C
            {
                public string M(int x, bool flag)
                {
                    if (x == 1) return "small";
                    else if (x == 2) [|return "small";|]
                    else if (flag) [|return "small";|]
                    else return "big";
                }
            }
            """;
        var fixedSource = """
            public class C
            {
                public string M(int x, bool flag)
                {
                    if (x == 1 || x == 2 || flag) return "small";
                    else return "big";
                }
            }
            """;
        return Create(source, fixedSource).RunAsync();
    }

    [Fact]
    public Task Operands_that_bind_more_loosely_than_or_are_parenthesized_and_side_effects_keep_their_order()
    {
        var source = """
            using System;

            public class C
            {
                public bool Check(int x) => x > 3;

                public void M(int x, bool flag, bool? maybe, bool a, bool b, Action act)
                {
                    if (flag ? x > 0 : x < 0)
                    {
                        act();
                    }
                    else if (maybe ?? false)
                    [|{
                        act();
                    }|]
                    else if (a && b)
                    [|{
                        act();
                    }|]
                    else if (Check(x) || b)
                    [|{
                        act();
                    }|]
                }
            }
            """;
        var fixedSource = """
            using System;

            public class C
            {
                public bool Check(int x) => x > 3;

                public void M(int x, bool flag, bool? maybe, bool a, bool b, Action act)
                {
                    if ((flag ? x > 0 : x < 0) || (maybe ?? false) || a && b || Check(x) || b)
                    {
                        act();
                    }
                }
            }
            """;
        return Create(source, fixedSource).RunAsync();
    }

    [Fact]
    public Task A_twin_that_is_not_the_branch_just_before_is_neither_reported_nor_merged()
    {
        // Merging x == 3 into x == 1 would move its test before x == 2's; in general the branch between could match
        // first, so only neighbours are findings.
        var source = """
            public class C
            {
                public int M(int x)
                {
                    if (x == 1) return 10;
                    else if (x == 2) return 20;
                    else if (x == 3) return 10;
                    else return 0;
                }
            }
            """;
        return NotOffered(source).RunAsync();
    }

    [Fact]
    public Task Conditions_that_declare_variables_or_are_not_bool_are_not_merged()
    {
        var source = """
            public class Truth
            {
                public static bool operator true(Truth t) => true;
                public static bool operator false(Truth t) => false;
                public static Truth operator |(Truth a, Truth b) => a;
            }

            public class C
            {
                public int Patterns(object o)
                {
                    if (o is int n) return 1;
                    else if (o is long m) [|return 1;|]
                    return 0;
                }

                public int OutVariables(string s, string t)
                {
                    if (int.TryParse(s, out var a)) return 1;
                    else if (int.TryParse(t, out var b)) [|return 1;|]
                    return 0;
                }

                public int UserDefinedTruth(Truth p, Truth q)
                {
                    if (p) return 1;
                    else if (q) [|return 1;|]
                    return 0;
                }
            }
            """;
        return NotOffered(source).RunAsync();
    }

    [Fact]
    public Task A_variable_the_earlier_condition_declares_stays_declared_there_when_the_later_condition_joins_it()
    {
        // ILReader.CreateILVariable: the later condition reads what the earlier one's out variable got, and only the
        // final else reads it; the later condition still runs only when the earlier one is false.
        var source = """
            using System.Collections.Generic;

            public class C
            {
                public string Name(int index, bool debug, Dictionary<int, string> names)
                {
                    string result;
                    if (!debug || !names.TryGetValue(index, out var name))
                    {
                        result = "V_" + index;
                    }
                    else if (string.IsNullOrWhiteSpace(name))
                    [|{
                        result = "V_" + index;
                    }|]
                    else
                    {
                        result = name;
                    }

                    return result;
                }
            }
            """;
        var fixedSource = """
            using System.Collections.Generic;

            public class C
            {
                public string Name(int index, bool debug, Dictionary<int, string> names)
                {
                    string result;
                    if (!debug || !names.TryGetValue(index, out var name) || string.IsNullOrWhiteSpace(name))
                    {
                        result = "V_" + index;
                    }
                    else
                    {
                        result = name;
                    }

                    return result;
                }
            }
            """;
        return Create(source, fixedSource).RunAsync();
    }

    [Fact]
    public Task An_else_equal_to_its_if_unwraps_the_body_into_the_enclosing_block_keeping_comments_and_reindenting()
    {
        var source = """
            public class C
            {
                private int _count;

                public int M(int x, bool verbose)
                {
                    // Both ways do the same.
                    if (x > 0 && verbose)
                    {
                        // count it
                        _count++;
                        System.Console.WriteLine(
                            "counted");
                    }
                    else
                    [|{
                        // count it
                        _count++;
                        System.Console.WriteLine(
                            "counted");
                    }|]

                    return _count;
                }
            }
            """;
        var fixedSource = """
            public class C
            {
                private int _count;

                public int M(int x, bool verbose)
                {
                    // Both ways do the same.
                    // count it
                    _count++;
                    System.Console.WriteLine(
                        "counted");

                    return _count;
                }
            }
            """;
        return Create(source, fixedSource).RunAsync();
    }

    [Fact]
    public Task A_one_line_if_else_and_a_brace_on_the_if_line_unwrap_too()
    {
        var source = """
            public class C
            {
                public int OneLine(bool a)
                {
                    if (a) return 1; else [|return 1;|]
                }

                public void SameLineBraces(bool a, int[] items)
                {
                    if (a) {
                        items[0] = 1;
                        items[1] = 2;
                    } else [|{
                        items[0] = 1;
                        items[1] = 2;
                    }|]
                }
            }
            """;
        var fixedSource = """
            public class C
            {
                public int OneLine(bool a)
                {
                    return 1;
                }

                public void SameLineBraces(bool a, int[] items)
                {
                    items[0] = 1;
                    items[1] = 2;
                }
            }
            """;
        return Create(source, fixedSource).RunAsync();
    }

    [Fact]
    public Task A_body_that_declares_variables_stays_a_block_and_an_else_if_twin_of_the_else_becomes_the_else()
    {
        var source = """
            public class C
            {
                public int Declares(bool a, int x)
                {
                    if (a)
                    {
                        var twice = x * 2;
                        x += twice;
                    }
                    else
                    [|{
                        var twice = x * 2;
                        x += twice;
                    }|]

                    var other = 1;
                    return x + other;
                }

                public string ElseIf(int x)
                {
                    if (x < 0)
                    {
                        return "negative";
                    }
                    else if (x == 0)
                    {
                        return "small";
                    }
                    else
                    [|{
                        return "small";
                    }|]
                }
            }
            """;
        var fixedSource = """
            public class C
            {
                public int Declares(bool a, int x)
                {
                    {
                        var twice = x * 2;
                        x += twice;
                    }

                    var other = 1;
                    return x + other;
                }

                public string ElseIf(int x)
                {
                    if (x < 0)
                    {
                        return "negative";
                    }
                    else
                    {
                        return "small";
                    }
                }
            }
            """;
        return Create(source, fixedSource).RunAsync();
    }

    [Fact]
    public Task Three_identical_branches_ending_in_else_become_the_body_alone()
    {
        var source = """
            public class C
            {
                public int M(int x, bool a)
                {
                    if (x == 1) return 7;
                    else if (a) [|return 7;|]
                    else [|return 7;|]
                }
            }
            """;
        var fixedSource = """
            public class C
            {
                public int M(int x, bool a)
                {
                    return 7;
                }
            }
            """;
        return Create(source, fixedSource).RunAsync();
    }

    [Fact]
    public Task Conditions_with_fields_of_this_are_dropped_when_the_field_is_still_read_elsewhere()
    {
        var source = """
            public struct Options
            {
                public bool Fast;
            }

            public class C
            {
                private bool _enabled;

                public void Enable() => _enabled = !_enabled;

                public int M(Options options)
                {
                    if (this._enabled || options.Fast) return 1;
                    else [|return 1;|]
                }
            }
            """;
        var fixedSource = """
            public struct Options
            {
                public bool Fast;
            }

            public class C
            {
                private bool _enabled;

                public void Enable() => _enabled = !_enabled;

                public int M(Options options)
                {
                    return 1;
                }
            }
            """;
        var test = Create(source, fixedSource);
        return test.RunAsync();
    }

    [Fact]
    public Task Conditions_of_patterns_and_built_in_operators_on_parameters_are_dropped()
    {
        var source = """
            public class C
            {
                public string M(object? o, int x, bool? maybe)
                {
                    if (o is string or null && x is > 0 and < 10 && !(maybe ?? false) && x != (x > 5 ? 1 : 2))
                    {
                        return "same";
                    }
                    else
                    [|{
                        return "same";
                    }|]
                }
            }
            """;
        var fixedSource = """
            public class C
            {
                public string M(object? o, int x, bool? maybe)
                {
                    return "same";
                }
            }
            """;
        return Create(source, fixedSource).RunAsync();
    }

    [Fact]
    public Task The_rule_page_example_merges_the_branches_and_leaves_the_rest()
    {
        var source = """
            public static class Pricing
            {
                public static decimal Discount(Customer customer)
                {
                    if (customer.IsGold)
                    {
                        return 0.10m;
                    }
                    else if (customer.IsSilver)
                    [|{
                        return 0.10m;
                    }|]

                    return [|customer.Orders > 10 ? 0.05m : 0.05m|];
                }

                public static string Label(int code) => code switch
                {
                    200 => "ok",
                    201 => "created",
                    [|204 => "ok"|],
                    _ => "error",
                };
            }

            public record Customer(bool IsGold, bool IsSilver, int Orders);
            """;
        var fixedSource = """
            public static class Pricing
            {
                public static decimal Discount(Customer customer)
                {
                    if (customer.IsGold || customer.IsSilver)
                    {
                        return 0.10m;
                    }

                    return customer.Orders > 10 ? 0.05m : 0.05m;
                }

                public static string Label(int code) => code switch
                {
                    200 => "ok",
                    201 => "created",
                    204 => "ok",
                    _ => "error",
                };
            }

            public record Customer(bool IsGold, bool IsSilver, int Orders);
            """;
        return Create(source, fixedSource).RunAsync();
    }

    [Fact]
    public Task A_condition_with_side_effects_or_that_may_throw_or_whose_reads_would_go_unused_is_kept()
    {
        var source = """
            using System.Threading.Tasks;

            public class C
            {
                private static bool s_flag = true;
                private volatile bool _stop;
                private bool _onlyHere;
                private int _calls;

                public bool Check() => ++_calls > 2;

                public string Text { get; set; } = "";

                public int Invocation() { if (Check()) return 1; else [|return 1;|] }

                public int Property() { if (Text.Length > 0) return 1; else [|return 1;|] }

                public int Assignment(int x) { if ((x = 3) > 2) return x; else [|return x;|] }

                public int Increment(int x) { if (x++ > 2) return 1; else [|return 1;|] }

                public int Division(int x, int y) { if (x / y > 2) return 1; else [|return 1;|] }

                public int StaticField() { if (s_flag) return 1; else [|return 1;|] }

                public int VolatileField() { if (_stop) return 1; else [|return 1;|] }

                public int FieldReadNowhereElse() { if (_onlyHere) return 1; else [|return 1;|] }

                public int LocalReadNowhereElse() { var flag = true; if (flag) return 1; else [|return 1;|] }

                public int ArrayElement(bool[] flags) { if (flags[0]) return 1; else [|return 1;|] }

                public int PropertyPattern(string s) { if (s is { Length: 0 }) return 1; else [|return 1;|] }

                public async Task<int> Awaits(Task<bool> ready) { if (await ready) return 1; else [|return 1;|] }

                public int Dynamic(dynamic d) { if (d == 1) return 1; else [|return 1;|] }

                public int Ternary(bool a) => [|Check() ? 1 : 1|];
            }

            public class Primary(bool flag)
            {
                public int M() { if (flag) return 1; else [|return 1;|] }
            }
            """;
        return NotOffered(source).RunAsync();
    }

    [Fact]
    public Task Top_level_statements_unwrap_into_top_level_statements()
    {
        var source = """
            if (args is null)
            {
                System.Console.WriteLine("a");
                System.Console.WriteLine("b");
            }
            else
            [|{
                System.Console.WriteLine("a");
                System.Console.WriteLine("b");
            }|]
            System.Console.WriteLine("c");
            """;
        var fixedSource = """
            System.Console.WriteLine("a");
            System.Console.WriteLine("b");
            System.Console.WriteLine("c");
            """;
        var test = Create(source, fixedSource);
        test.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    [Fact]
    public Task An_if_that_does_not_start_its_line_is_placed_by_the_formatter_and_sections_get_the_if_unwrapped()
    {
        var source = """
            public class C
            {
                public int M(int x, bool flag)
                {
                retry: if (flag)
                    {
                        x++;
                        x--;
                    }
                    else [|{
                        x++;
                        x--;
                    }|]
                    if (x > 100) goto retry;
                    switch (x)
                    {
                        case 1:
                            if (flag)
                            {
                                x = 2;
                                break;
                            }
                            else
                            [|{
                                x = 2;
                                break;
                            }|]
                        case 2: x = 3; break;
                        [|case 3:|]
                            x = 3; break;
                    }
                    System.Func<int> f = () => [|flag ? x : x|];
                    return x + f();
                }
            }
            """;
        var fixedSource = """
            public class C
            {
                public int M(int x, bool flag)
                {
                retry:
                    {
                        x++;
                        x--;
                    }
                    if (x > 100) goto retry;
                    switch (x)
                    {
                        case 1:
                            x = 2;
                            break;
                        case 2: case 3: x = 3; break;
                    }
                    System.Func<int> f = () => x;
                    return x + f();
                }
            }
            """;
        return Create(source, fixedSource).RunAsync();
    }

    // ---- switch statements ----

    [Fact]
    public Task Case_labels_of_an_identical_section_move_to_the_first_one_past_constant_sections()
    {
        var source = """
            public class C
            {
                public string M(int x)
                {
                    switch (x)
                    {
                        case 1:
                            System.Console.WriteLine("low");
                            return "low";
                        case 2:
                            return "two";
                        // three is low too
                        [|case 3:|]
                        case 4:
                            System.Console.WriteLine("low");
                            return "low";
                        default:
                            return "other";
                    }
                }
            }
            """;
        var fixedSource = """
            public class C
            {
                public string M(int x)
                {
                    switch (x)
                    {
                        case 1:
                        // three is low too
                        case 3:
                        case 4:
                            System.Console.WriteLine("low");
                            return "low";
                        case 2:
                            return "two";
                        default:
                            return "other";
                    }
                }
            }
            """;
        return Create(source, fixedSource).RunAsync();
    }

    [Fact]
    public Task Default_joins_an_identical_section_and_one_line_sections_stay_on_one_line()
    {
        var source = """
            public enum Color { Red, Green, Blue }

            public class C
            {
                public string M(Color color)
                {
                    switch (color)
                    {
                        case Color.Red: return "warm";
                        case Color.Green: return "cold";
                        [|case Color.Blue:|] return "warm";
                        [|default:|] return "warm";
                    }
                }
            }
            """;
        var fixedSource = """
            public enum Color { Red, Green, Blue }

            public class C
            {
                public string M(Color color)
                {
                    switch (color)
                    {
                        case Color.Red: case Color.Blue: default: return "warm";
                        case Color.Green: return "cold";
                    }
                }
            }
            """;
        return Create(source, fixedSource).RunAsync();
    }

    [Fact]
    public Task Adjacent_pattern_sections_merge_but_patterns_do_not_move_past_other_sections()
    {
        var source = """
            public class C
            {
                public string Adjacent(object o)
                {
                    switch (o)
                    {
                        case string:
                            return "text";
                        [|case char[] { Length: > 0 }:|]
                            return "text";
                        default:
                            return "other";
                    }
                }

                public string NotAdjacent(int x)
                {
                    switch (x)
                    {
                        case > 10:
                            return "big";
                        case > 5:
                            return "medium";
                        [|case > 0:|]
                            return "big";
                        default:
                            return "other";
                    }
                }
            }
            """;
        var fixedSource = """
            public class C
            {
                public string Adjacent(object o)
                {
                    switch (o)
                    {
                        case string:
                        case char[] { Length: > 0 }:
                            return "text";
                        default:
                            return "other";
                    }
                }

                public string NotAdjacent(int x)
                {
                    switch (x)
                    {
                        case > 10:
                            return "big";
                        case > 5:
                            return "medium";
                        case > 0:
                            return "big";
                        default:
                            return "other";
                    }
                }
            }
            """;
        return Create(source, fixedSource).RunAsync();
    }

    [Fact]
    public Task Sections_with_when_clauses_or_pattern_variables_are_not_merged()
    {
        var source = """
            public class C
            {
                public string When(int x, bool flag)
                {
                    switch (x)
                    {
                        case 1 when flag:
                            return "one";
                        [|case 2:|]
                            return "one";
                        default:
                            return "other";
                    }
                }

                public string Variables(object o)
                {
                    switch (o)
                    {
                        case int n:
                            return "number";
                        [|case long m:|]
                            return "number";
                        default:
                            return "other";
                    }
                }

                public string ConstantPastWhen(int x, bool flag)
                {
                    switch (x)
                    {
                        case 1:
                            return "one";
                        case int n when n > 5 && flag:
                            return "big";
                        [|case 7:|]
                            return "one";
                        default:
                            return "other";
                    }
                }
            }
            """;
        return NotOffered(source).RunAsync();
    }

    // ---- switch expressions ----

    [Fact]
    public Task Adjacent_switch_arms_merge_with_or_and_an_arm_before_an_identical_discard_goes()
    {
        var source = """
            public class C
            {
                public string Name(int code) => code switch
                {
                    200 => "ok",
                    [|204 => "ok"|],
                    404 => "missing",
                    [|_ => "missing"|],
                };

                public string Last(int code) => code switch
                {
                    < 0 => "negative",
                    0 or 1 => "few",
                    [|> 1 and < 10 => "few"|],
                    [|>= 10 => "few"|]
                };

                public string Chain(int code) => code switch
                {
                    1 => "same",
                    [|2 => "same"|],
                    [|_ => "same"|],
                };
            }
            """;
        var fixedSource = """
            public class C
            {
                public string Name(int code) => code switch
                {
                    200 or 204 => "ok",
                    _ => "missing",
                };

                public string Last(int code) => code switch
                {
                    < 0 => "negative",
                    0 or 1 or > 1 and < 10 or >= 10 => "few"
                };

                public string Chain(int code) => code switch
                {
                    _ => "same",
                };
            }
            """;
        var test = Create(source, fixedSource);
        return test.RunAsync();
    }

    [Fact]
    public Task Switch_arms_that_are_not_adjacent_have_when_clauses_or_designations_are_not_merged()
    {
        var source = """
            public class C
            {
                public string Apart(int code) => code switch
                {
                    1 => "a",
                    2 => "b",
                    [|3 => "a"|],
                    _ => "c",
                };

                public string When(int code, bool flag) => code switch
                {
                    1 when flag => "a",
                    [|2 => "a"|],
                    _ => "c",
                };

                public string Designation(object o) => o switch
                {
                    int n => "number",
                    [|long m => "number"|],
                    _ => "other",
                };

                public string GetterBeforeDiscard(string s) => s switch
                {
                    "" => "empty",
                    { Length: 1 } => "other",
                    [|_ => "other"|],
                };
            }
            """;
        return NotOffered(source).RunAsync();
    }

    [Fact]
    public Task Switch_arms_are_not_joined_with_or_before_CSharp_9()
    {
        var source = """
            public class C
            {
                public string Name(int code) => code switch
                {
                    200 => "ok",
                    [|204 => "ok"|],
                    _ => "error",
                };
            }
            """;
        var test = NotOffered(source);
        test.LanguageVersion = LanguageVersion.CSharp8;
        return test.RunAsync();
    }

    // ---- conditional expressions ----

    [Fact]
    public Task A_conditional_with_equal_branches_becomes_its_value()
    {
        var source = """
            public class C
            {
                public int M(bool flag, int x, int y)
                {
                    var same = [|flag ? x + 1 : x+1|];
                    var nested = ([|x > 0
                        ? same
                        : same|]) * 2;
                    y = [|flag ? (y = 3) : (y = 3)|];
                    return nested + y;
                }

                public decimal Rate(int orders) => [|orders > 10 ? 0.05m : 0.05m|];
            }
            """;
        var fixedSource = """
            public class C
            {
                public int M(bool flag, int x, int y)
                {
                    var same = x + 1;
                    var nested = (same) * 2;
                    y = (y = 3);
                    return nested + y;
                }

                public decimal Rate(int orders) => 0.05m;
            }
            """;
        return Create(source, fixedSource).RunAsync();
    }

    [Fact]
    public Task A_constant_value_where_it_could_pick_another_overload_is_not_substituted()
    {
        var source = """
            public class C
            {
                public static void Take(byte b) { }
                public static void Take(long l) { }

                public void M(bool flag)
                {
                    Take([|flag ? 1 : 1|]);
                    long widened = [|flag ? 2 : 2|];
                    Take(widened);
                }
            }
            """;
        return NotOffered(source).RunAsync();
    }

    // ---- FixAll, keys, nesting ----

    [Fact]
    public Task FixAll_fixes_two_documents_in_document_project_and_solution_scope()
    {
        var source0 = """
            public class A
            {
                public int M(int x)
                {
                    if (x == 1) return 1;
                    else if (x == 2) [|return 1;|]
                    else if (x == 3) [|return 1;|]
                    return 0;
                }

                public int N(int x)
                {
                    if (x == 1) return 2;
                    else if (x == 5) [|return 2;|]
                    return 0;
                }
            }
            """;
        var source1 = """
            public class B
            {
                public string M(int x)
                {
                    switch (x)
                    {
                        case 1:
                            return "a";
                        [|case 2:|]
                            return "a";
                        [|case 3:|]
                            return "a";
                    }

                    return "";
                }
            }
            """;
        var fixed0 = """
            public class A
            {
                public int M(int x)
                {
                    if (x == 1 || x == 2 || x == 3) return 1;
                    return 0;
                }

                public int N(int x)
                {
                    if (x == 1 || x == 5) return 2;
                    return 0;
                }
            }
            """;
        var fixed1 = """
            public class B
            {
                public string M(int x)
                {
                    switch (x)
                    {
                        case 1:
                        case 2:
                        case 3:
                            return "a";
                    }

                    return "";
                }
            }
            """;
        var test = new CodeFixTest(new IdenticalBranchesAnalyzer(), new IdenticalBranchesCodeFix());
        test.AdditionalFiles.Add(("/harness.rules", IdenticalBranchesTests.OneStatementBranches));
        test.Sources.Add((Path0, source0));
        test.Sources.Add((Path1, source1));
        test.FixedSources.Add((Path0, fixed0));
        test.FixedSources.Add((Path1, fixed1));
        Assert.Equal([FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution], test.FixAllScopes);
        return test.RunAsync();
    }

    [Fact]
    public Task An_equivalence_key_selects_one_kind_of_fix_and_FixAll_fixes_every_kind()
    {
        var source = """
            public class C
            {
                public string M(int code, bool flag)
                {
                    var name = code switch
                    {
                        1 => "one",
                        [|2 => "one"|],
                        _ => "many",
                    };
                    var other = code switch
                    {
                        3 => "three",
                        [|4 => "three"|],
                        _ => "many",
                    };
                    if (flag) return name;
                    else [|return name;|]
                }
            }
            """;
        var fixedSource = """
            public class C
            {
                public string M(int code, bool flag)
                {
                    var name = code switch
                    {
                        1 or 2 => "one",
                        _ => "many",
                    };
                    var other = code switch
                    {
                        3 or 4 => "three",
                        _ => "many",
                    };
                    if (flag) return name;
                    else return name;
                }
            }
            """;
        var test = Create(source, fixedSource);
        test.CodeActionEquivalenceKey = IdenticalBranchesCodeFix.MergeSwitchArmsKey;

        // dotnet format passes the key of the first finding's fix: FixAll must not leave the other kinds.
        test.BatchFixedSources.Add((Path0, fixedSource.Replace("        if (flag) return name;\n        else return name;", "        return name;")));
        return test.RunAsync();
    }

    [Fact]
    public Task Nested_fixes_of_different_kinds_converge()
    {
        var source = """
            public class C
            {
                public int M(bool a, bool b)
                {
                    if (a) return [|b ? 1 : 1|];
                    else [|return [|b ? 1 : 1|];|]
                }

                public int N(bool a, bool b, int x)
                {
                    if (a)
                    {
                        if (b) return x;
                        else [|return x;|]
                    }
                    else
                    {
                        return x;
                    }
                }
            }
            """;
        var fixedSource = """
            public class C
            {
                public int M(bool a, bool b)
                {
                    return 1;
                }

                public int N(bool a, bool b, int x)
                {
                    return x;
                }
            }
            """;
        return Create(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task One_FixAll_pass_fixes_a_whole_chain_as_fixing_one_at_a_time_would()
    {
        // The verifier repeats FixAll until nothing is left; an editor applies it once. Every kind is fixed, whatever the
        // key: dotnet format passes the key of the first finding's fix.
        var source = """
            public class C
            {
                public int M(int x)
                {
                    if (x == 1) return 1;
                    else if (x == 2) return 1;
                    else if (x == 3) return 1;
                    else if (x == 4) return 1;
                    else return 1;
                }

                public int N(int x)
                {
                    switch (x)
                    {
                        case 1: return 5;
                        case 2: return 5;
                        case 3: return 5;
                        default: return 0;
                    }
                }
            }
            """;
        var expected = """
            public class C
            {
                public int M(int x)
                {
                    return 1;
                }

                public int N(int x)
                {
                    switch (x)
                    {
                        case 1: case 2: case 3: return 5;
                        default: return 0;
                    }
                }
            }
            """;
        using var workspace = new AdhocWorkspace();
        var document = TestProject.AddTo(workspace, ProjectSpec.For("Test", [(Path0, source)])).Documents.Single();
        var diagnostics = await DiagnosticsAsync(document);
        Assert.Equal(6, diagnostics.Length);

        var fixer = new IdenticalBranchesCodeFix();
        var context = new FixAllContext(
            document, fixer, FixAllScope.Document, IdenticalBranchesCodeFix.MergeBranchesKey, fixer.FixableDiagnosticIds,
            new FixedDiagnostics(diagnostics), CancellationToken.None);
        var action = await fixer.GetFixAllProvider().GetFixAsync(context);
        var operations = await action!.GetOperationsAsync(CancellationToken.None);
        var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        var text = await solution.GetDocument(document.Id)!.GetTextAsync();
        Assert.Equal(expected.Replace("\r\n", "\n"), text.ToString().Replace("\r\n", "\n"));
    }

    private const string EveryConstruct = """
        public class C
        {
            public int M(int x, int y)
            {
                if (x == 1) return y;
                else if (x == 2) return y;
                switch (x)
                {
                    case 3: return y + 5;
                    case 4: return y + 5;
                }

                var z = x > y ? y * 2 : y * 2;
                return x switch { 5 => (x * 2) + (y * 3) - 1, 6 => (x * 2) + (y * 3) - 1, _ => z };
            }
        }
        """;

    [Fact]
    public async Task Each_finding_names_its_construct_for_the_fix()
    {
        using var workspace = new AdhocWorkspace();
        var document = TestProject.AddTo(workspace, ProjectSpec.For("Test", [(Path0, EveryConstruct)])).Documents.Single();
        var text = await document.GetTextAsync();

        var constructs = (await DiagnosticsAsync(document))
            .Select(d => (Code: text.ToString(d.Location.SourceSpan), Construct: d.Properties[IdenticalBranchesAnalyzer.ConstructProperty]))
            .OrderBy(found => found.Code, System.StringComparer.Ordinal);

        Assert.Equal(
            [
                ("6 => (x * 2) + (y * 3) - 1", "switch arm"),
                ("case 4:", "switch section"),
                ("return y;", "branch"),
                ("x > y ? y * 2 : y * 2", "conditional expression's false branch"),
            ],
            constructs);
    }

    /// <summary>
    /// The fix looks for the construct the finding names: a finding whose construct is not at its location (stale, or
    /// another) gets no fix, and one without the property, from an analyzer that did not set it, finds the construct itself.
    /// </summary>
    [Fact]
    public async Task The_fix_looks_for_the_construct_the_finding_names_and_offers_nothing_for_another()
    {
        using var workspace = new AdhocWorkspace();
        var document = TestProject.AddTo(workspace, ProjectSpec.For("Test", [(Path0, EveryConstruct)])).Documents.Single();
        var expectedKeys = new Dictionary<string, string>
        {
            [IdenticalBranchesAnalyzer.BranchKind] = IdenticalBranchesCodeFix.MergeBranchesKey,
            [IdenticalBranchesAnalyzer.SwitchSectionKind] = IdenticalBranchesCodeFix.MergeCaseLabelsKey,
            [IdenticalBranchesAnalyzer.SwitchArmKind] = IdenticalBranchesCodeFix.MergeSwitchArmsKey,
            [IdenticalBranchesAnalyzer.ConditionalKind] = IdenticalBranchesCodeFix.RemoveConditionalKey,
        };

        foreach (var diagnostic in await DiagnosticsAsync(document))
        {
            var construct = diagnostic.Properties[IdenticalBranchesAnalyzer.ConstructProperty]!;
            Assert.Equal([expectedKeys[construct]], await OfferedKeysAsync(document, diagnostic, diagnostic.Properties));
            Assert.Equal([expectedKeys[construct]], await OfferedKeysAsync(document, diagnostic, diagnostic.Properties.Remove(IdenticalBranchesAnalyzer.ConstructProperty)));
            foreach (var other in expectedKeys.Keys.Where(kind => kind != construct).Append("stale"))
            {
                Assert.Empty(await OfferedKeysAsync(document, diagnostic, diagnostic.Properties.SetItem(IdenticalBranchesAnalyzer.ConstructProperty, other)));
            }
        }
    }

    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Document document)
    {
        var compilation = await document.Project.GetCompilationAsync();
        var rules = new TestAdditionalText("/harness.rules", SourceText.From(IdenticalBranchesTests.OneStatementBranches));
        return await compilation!.WithAnalyzers([new IdenticalBranchesAnalyzer()], new AnalyzerOptions([rules])).GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>The equivalence keys of the fixes offered for the diagnostic, carrying these properties instead of its own.</summary>
    private static async Task<List<string?>> OfferedKeysAsync(Document document, Diagnostic diagnostic, ImmutableDictionary<string, string?> properties)
    {
        var keys = new List<string?>();
        var withProperties = Diagnostic.Create(diagnostic.Descriptor, diagnostic.Location, diagnostic.AdditionalLocations, properties);
        await new IdenticalBranchesCodeFix().RegisterCodeFixesAsync(
            new CodeFixContext(document, withProperties, (action, _) => keys.Add(action.EquivalenceKey), CancellationToken.None));
        return keys;
    }

    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }

    [Fact]
    public void Equivalence_keys_are_stable()
    {
        Assert.Equal("HAR2004.MergeBranches", IdenticalBranchesCodeFix.MergeBranchesKey);
        Assert.Equal("HAR2004.MergeCaseLabels", IdenticalBranchesCodeFix.MergeCaseLabelsKey);
        Assert.Equal("HAR2004.MergeSwitchArms", IdenticalBranchesCodeFix.MergeSwitchArmsKey);
        Assert.Equal("HAR2004.RemoveConditional", IdenticalBranchesCodeFix.RemoveConditionalKey);
        Assert.Equal("HAR2004", Assert.Single(new IdenticalBranchesCodeFix().FixableDiagnosticIds));
    }
}
