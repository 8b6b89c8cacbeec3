using System.Threading.Tasks;
using Harness.Analyzers.Redundancy;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy;

public class IdenticalBranchesTests
{
    private const string Id = "HAR2004";

    /// <summary>Rules that compare one-statement branches too, so that examples stay short; the default has its own tests.</summary>
    internal const string OneStatementBranches = "[redundancy]\nbranch_statements = 1\n";

    private static AnalyzerTest Create(params string[] sources)
    {
        var test = new AnalyzerTest(new IdenticalBranchesAnalyzer());
        test.AdditionalFiles.Add(("/harness.rules", OneStatementBranches));
        for (var i = 0; i < sources.Length; i++)
        {
            test.Sources.Add(($"/repo/src/File{i}.cs", sources[i]));
        }

        return test;
    }

    private static ExpectedDiagnostic Expect(int marker, int twinMarker, string kind, int twinLine) =>
        ExpectedDiagnostic.Diagnostic(Id).AtMarker(marker).WithAdditionalMarker(twinMarker)
            .WithMessage($"This {kind} is identical to the one at line {twinLine}: merge them, or make the copy do what it was meant to");

    /// <summary>
    /// Humanizer's CardinalPluralRules and ProfiledFormatter: the plural rule of French equals Portuguese's, and Polish
    /// maps categories to forms as Russian does; each key's entry of a table, equal by the data. An arm that computes
    /// its value the same way as another is still a copy.
    /// </summary>
    [Fact]
    public Task Arms_that_choose_among_constants_are_table_entries_but_arms_that_compute_alike_are_reported()
    {
        var source = """
            namespace Plurals;

            public enum Category { One, Few, Many, Other }
            public enum Form { Singular, Paucal, Plural, Default }
            public enum Rule { French, Portuguese, Polish, Russian, Custom, Fallback }

            public static class Rules
            {
                private static bool IsMillion(long i) => i != 0 && i % 1_000_000 == 0;

                public static Category Select(Rule rule, long i, int v) => rule switch
                {
                    Rule.French => i == 0 || i == 1 ? Category.One : IsMillion(i) ? Category.Many : Category.Other,
                    Rule.Portuguese => i == 0 || i == 1 ? Category.One : IsMillion(i) ? Category.Many : Category.Other,
                    Rule.Polish => i == 1 && v == 0 ? Category.One : Category.Other,
                    _ => Category.Other,
                };

                public static Form ToForm(Rule rule, Category category) => rule switch
                {
                    Rule.Polish => category switch { Category.One => Form.Singular, Category.Few => Form.Paucal, _ => Form.Default },
                    Rule.Russian => category switch { Category.One => Form.Singular, Category.Few => Form.Paucal, _ => Form.Default },
                    _ => Form.Default,
                };

                public static string Describe(Rule rule, long i) => rule switch
                {
                    {|#1:Rule.Custom => string.Concat(rule.ToString(), ":", i.ToString(System.Globalization.CultureInfo.InvariantCulture))|},
                    {|#0:Rule.Fallback => string.Concat(rule.ToString(), ":", i.ToString(System.Globalization.CultureInfo.InvariantCulture))|},
                    _ => "none",
                };
            }
            """;
        var test = new AnalyzerTest(new IdenticalBranchesAnalyzer());
        test.Sources.Add(("/repo/src/File0.cs", source));
        test.ExpectedDiagnostics.Add(Expect(0, 1, "switch arm", 28));
        return test.RunAsync();
    }

    /// <summary>Decisions are found from their keywords in the text (issue 8): the word elsewhere is not one.</summary>
    [Fact]
    public Task Keywords_in_comments_strings_and_names_are_not_decisions()
    {
        var source = """
            public class C
            {
                // else, switch and ? in a comment: if (a) return 1; else return 1;
                private readonly string _text = "if (a) return 1; else return 1; x ? y : y";
                public int? elsewhere;
                public int M(bool a, int? b, string s)
                {
                    var switchCount = b ?? 0;
                    var length = s?.Length;
                    if (a) {|#1:return 1;|}
                    else {|#0:return 1;|}
                }
                public int N(bool a, int b) => {|#2:a ? {|#3:b + 1|} : b + 1|};
            }
            """;
        var test = Create(source);
        test.ExpectedDiagnostics.Add(Expect(0, 1, IdenticalBranchesAnalyzer.BranchKind, 10));
        test.ExpectedDiagnostics.Add(Expect(2, 3, IdenticalBranchesAnalyzer.ConditionalKind, 13));
        return test.RunAsync();
    }

    [Fact]
    public Task An_else_equal_to_its_if_is_reported_at_the_else_body()
    {
        var source = """
            public class C
            {
                public int M(bool a)
                {
                    if (a) {|#1:return 1;|}
                    else {|#0:return 1;|}
                }
            }
            """;
        var test = Create(source);
        test.ExpectedDiagnostics.Add(Expect(0, 1, "branch", 5));
        return test.RunAsync();
    }

    [Fact]
    public Task By_default_one_statement_branches_and_short_arms_are_lookup_tables_and_longer_twins_are_reported()
    {
        var source = """
            public class C
            {
                public string Size(int bytes)
                {
                    switch (bytes)
                    {
                        case 1: return "small";
                        case 2: return "small";
                        {|#1:case 3:|}
                            System.Console.WriteLine(bytes);
                            return "logged";
                        {|#0:case 4:|}
                            System.Console.WriteLine(bytes);
                            return "logged";
                    }

                    if (bytes > 10) return "big";
                    else if (bytes > 5) return "big";

                    return bytes switch
                    {
                        6 => "six",
                        7 => "six",
                        {|#3:8 => string.Concat("eight", bytes.ToString(), "!")|},
                        {|#2:_ => string.Concat("eight", bytes.ToString(), "!")|},
                    };
                }
            }
            """;
        var test = new AnalyzerTest(new IdenticalBranchesAnalyzer());
        test.Sources.Add(("/repo/src/File0.cs", source));
        test.ExpectedDiagnostics.Add(Expect(0, 1, "switch section", 9));
        test.ExpectedDiagnostics.Add(Expect(2, 3, "switch arm", 24));
        return test.RunAsync();
    }

    [Fact]
    public Task An_else_if_chain_reports_a_branch_equal_to_the_one_just_before_it_and_no_twin_further_apart()
    {
        var source = """
            public class C
            {
                public int M(int x)
                {
                    if (x == 1)
                    {|#1:{
                        return 10;
                    }|}
                    else if (x == 2)
                    {|#0:{
                        // a comment and another layout do not make it different
                        return   10;
                    }|}
                    else if (x == 3)
                    {
                        return 20;
                    }
                    else if (x == 4)
                    {
                        return 40;
                    }
                    else if (x == 5)
                        {|#3:return 20;|}
                    else
                    {|#2:{
                        return 20;
                    }|}
                }
            }
            """;
        var test = Create(source);
        test.ExpectedDiagnostics.Add(Expect(0, 1, "branch", 6));
        test.ExpectedDiagnostics.Add(Expect(2, 3, "branch", 23));
        return test.RunAsync();
    }

    [Fact]
    public Task Two_else_ifs_with_the_same_body_are_reported_and_the_condition_does_not_matter()
    {
        var source = """
            public class C
            {
                public void M(bool a, bool b, System.Action act)
                {
                    if (a) {|#1:act();|}
                    else if (b) {|#0:act();|}
                }
            }
            """;
        var test = Create(source);
        test.ExpectedDiagnostics.Add(Expect(0, 1, "branch", 5));
        return test.RunAsync();
    }

    [Fact]
    public Task What_is_not_a_chain_or_differs_is_quiet()
    {
        var source = """
            public class C
            {
                public int NoElse(bool a)
                {
                    if (a) { return 1; }
                    return 1;
                }

                public int Different(bool a, bool b)
                {
                    if (a) { return 1; }
                    else if (b) { return 2; }
                    else { return 3; }
                }

                public int SameStatementsOtherOrder(bool a, int x)
                {
                    if (a) { x++; x *= 2; }
                    else { x *= 2; x++; }
                    return x;
                }

                public void EmptyBranchesAreNotCode(bool a, bool b)
                {
                    if (a) { }
                    else if (b) { }
                    else { }

                    if (a) ;
                    else ;
                }

                public int Literals(bool a) => a ? 1 : 2;
            }
            """;
        return Create(source).RunAsync();
    }

    [Fact]
    public Task Branches_whose_condition_declares_a_variable_their_body_uses_are_not_compared()
    {
        // C# rejects the second 'n' (CS0128), but an editor shows the code as the user types it.
        var source = """
            public class C
            {
                public string M(object o, string s)
                {
                    if (o is int n) return n.ToString();
                    else if (o is long n) return n.ToString();
                    else if (int.TryParse(s, out var n)) return n.ToString();
                    else if (o is string t) {|#1:return "other";|}
                    else {|#0:return "other";|}
                }
            }
            """;
        var test = Create(source);
        test.AllowCompilerErrors = true;
        test.ExpectedDiagnostics.Add(Expect(0, 1, "branch", 8));
        return test.RunAsync();
    }

    [Fact]
    public Task Nested_ifs_are_chains_of_their_own()
    {
        var source = """
            public class C
            {
                public int M(bool a, bool b, bool c)
                {
                    if (a)
                    {
                        if (b) {|#1:return 1;|}
                        else {|#0:return 1;|}
                    }
                    else
                    {
                        if (c) return 2;
                        else return 3;
                    }
                }

                public int Outer(bool a, bool b)
                {
                    if (a) {|#3:{ if (b) return 1; else return 2; }|}
                    else {|#2:{ if (b) return 1; else return 2; }|}
                }
            }
            """;
        var test = Create(source);
        test.ExpectedDiagnostics.Add(Expect(0, 1, "branch", 7));
        test.ExpectedDiagnostics.Add(Expect(2, 3, "branch", 19));
        return test.RunAsync();
    }

    [Fact]
    public Task Switch_sections_are_compared_by_their_whole_statement_lists_and_reported_at_the_first_label()
    {
        var source = """
            public class C
            {
                public string M(int x)
                {
                    switch (x)
                    {
                        {|#1:case 1:|}
                        case 2:
                            System.Console.WriteLine("low");
                            return "low";
                        case 3:
                            System.Console.WriteLine("low");
                            return "three";
                        {|#0:case 4:|}
                            System.Console.WriteLine("low");
                            return "low";
                        case 5:
                            break;
                        case 6:
                            break;
                        default:
                            return "other";
                    }

                    return "none";
                }
            }
            """;
        var test = Create(source);
        test.ExpectedDiagnostics.Add(Expect(0, 1, "switch section", 7));
        return test.RunAsync();
    }

    [Fact]
    public Task Switch_with_pattern_labels_compares_bodies_unless_a_body_uses_its_own_pattern_variable()
    {
        var source = """
            public class C
            {
                public string M(object o)
                {
                    switch (o)
                    {
                        case int n when n > 0:
                            return n.ToString();
                        case long n:
                            return n.ToString();
                        {|#1:case string s:|}
                            return "text";
                        {|#0:case char[] { Length: > 0 }:|}
                            return "text";
                        {|#3:case null:|}
                            return "null";
                        {|#2:default:|}
                            return "null";
                    }
                }
            }
            """;
        var test = Create(source);
        test.ExpectedDiagnostics.Add(Expect(0, 1, "switch section", 11));
        test.ExpectedDiagnostics.Add(Expect(2, 3, "switch section", 15));
        return test.RunAsync();
    }

    [Fact]
    public Task Switch_expression_arms_with_equal_expressions_are_reported_except_throw_arms()
    {
        var source = """
            using System;

            public class C
            {
                public string Name(int x) => x switch
                {
                    {|#1:1 => "one"|},
                    {|#3:2 => "two"|},
                    {|#0:3 when DateTime.Now.Year > 2000 => "one"|},
                    4 => throw new ArgumentException("four"),
                    5 => throw new ArgumentException("four"),
                    {|#2:_ => "two"|},
                };

                public string Kind(object o) => o switch
                {
                    int n => n.ToString(),
                    long n => n.ToString(),
                    _ => "",
                };
            }
            """;
        var test = Create(source);
        test.ExpectedDiagnostics.Add(Expect(0, 1, "switch arm", 7));
        test.ExpectedDiagnostics.Add(Expect(2, 3, "switch arm", 8));
        return test.RunAsync();
    }

    [Fact]
    public Task A_conditional_expression_with_equal_branches_is_reported_whole()
    {
        var source = """
            public class C
            {
                public int M(bool a, int x, int y)
                {
                    var same = {|#0:a ? {|#1:x + 1|} : x+1|};
                    var chained = a ? 1 : x > 0 ? 1 : 2;
                    var different = a ? x : y;
                    return ({|#2:a
                        ? {|#3:same|}
                        : same|}) + chained + different;
                }
            }
            """;
        var test = Create(source);
        test.ExpectedDiagnostics.Add(Expect(0, 1, "conditional expression's false branch", 5));
        test.ExpectedDiagnostics.Add(Expect(2, 3, "conditional expression's false branch", 9));
        return test.RunAsync();
    }

    [Fact]
    public Task Top_level_statements_records_and_async_methods_are_analysed()
    {
        var program = """
            using System.Threading.Tasks;

            var flag = args.Length > 0;
            if (flag) {|#1:System.Console.WriteLine("x");|}
            else {|#0:System.Console.WriteLine("x");|}

            public record Point(int X, int Y)
            {
                public int Quadrant => X > 0 ? (Y > 0 ? 1 : 4) : (Y > 0 ? 2 : 3);
                public string Sign => {|#4:X > 0 ? {|#5:"+"|} : "+"|};

                public async Task<int> LoadAsync(bool cached)
                {
                    if (cached) {|#7:{ await Task.Yield(); return X; }|}
                    else {|#6:{ await Task.Yield(); return X; }|}
                }
            }
            """;
        var test = Create(program);
        test.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Expect(0, 1, "branch", 4));
        test.ExpectedDiagnostics.Add(Expect(4, 5, "conditional expression's false branch", 10));
        test.ExpectedDiagnostics.Add(Expect(6, 7, "branch", 14));
        return test.RunAsync();
    }

    [Fact]
    public Task Preprocessor_directives_inside_a_branch_keep_it_out_of_the_comparison()
    {
        var source = """
            public class C
            {
                public int M(bool a)
                {
                    if (a)
                    {
            #if NEVER_DEFINED
                        System.Console.WriteLine("debug");
            #endif
                        return 1;
                    }
                    else
                    {
                        return 1;
                    }
                }
            }
            """;
        return Create(source).RunAsync();
    }

    [Fact]
    public Task Code_that_does_not_compile_does_not_crash_and_broken_branches_are_not_compared()
    {
        var source = """
            public class C
            {
                public int M(bool a)
                {
                    if (a) else return;
                    if (a) Missing(; else Missing(;
                    if ( else
                    switch (a) { case : case : }
                    var x = a ? : ;
                    var y = a switch { => , => };
                    if (a) {|#1:return Unknown();|}
                    else {|#0:return Unknown();|}
                }

                public int N(bool a) { if (a) { return 1; } else {
            """;
        var test = Create(source);
        test.AllowCompilerErrors = true;
        test.ExpectedDiagnostics.Add(Expect(0, 1, "branch", 11));
        return test.RunAsync();
    }

    [Fact]
    public Task The_example_of_the_rule_page_reports_what_the_page_says()
    {
        var source = """
            public static class Pricing
            {
                public static decimal Discount(Customer customer)
                {
                    if (customer.IsGold)
                    {|#1:{
                        return 0.10m;
                    }|}
                    else if (customer.IsSilver)
                    {|#0:{
                        return 0.10m;
                    }|}

                    return {|#2:customer.Orders > 10 ? {|#3:0.05m|} : 0.05m|};
                }

                public static string Label(int code) => code switch
                {
                    {|#5:200 => "ok"|},
                    201 => "created",
                    {|#4:204 => "ok"|},
                    _ => "error",
                };
            }

            public record Customer(bool IsGold, bool IsSilver, int Orders);
            """;
        var test = Create(source);
        test.ExpectedDiagnostics.Add(Expect(0, 1, "branch", 6));
        test.ExpectedDiagnostics.Add(Expect(2, 3, "conditional expression's false branch", 14));
        test.ExpectedDiagnostics.Add(Expect(4, 5, "switch arm", 19));
        return test.RunAsync();
    }

    /// <summary>
    /// ICSharpCode.Decompiler's DeclareVariables (line 665): 'var' is chosen for an anonymous type, or for an implicitly
    /// typed out variable; each reason joins two tests and they share none. AwaitInFinallyTransform (line 191) matches
    /// == null and != null of one load: the shared test merges, and the twin is reported.
    /// </summary>
    [Fact]
    public Task Twins_under_two_separate_conjunctions_are_quiet_but_conjunctions_sharing_a_test_are_reported()
    {
        var source = """
            public static class Declarations
            {
                public static string Declare(bool anonymousTypes, bool containsAnonymous, bool implicitOut, bool referenced, bool isNull, bool isNotNull, bool isLoad)
                {
                    string type;
                    bool isOutVar = false;
                    if (anonymousTypes && containsAnonymous)
                    {
                        type = "var";
                        isOutVar = true;
                    }
                    else if (implicitOut && !referenced)
                    {
                        type = "var";
                        isOutVar = true;
                    }
                    else
                    {
                        type = "int";
                    }

                    if (isNull && isLoad)
                    {|#1:{
                        type += "?";
                        isOutVar = !isOutVar;
                    }|}
                    else if (isNotNull && isLoad)
                    {|#0:{
                        type += "?";
                        isOutVar = !isOutVar;
                    }|}

                    return isOutVar ? "out " + type : type;
                }
            }
            """;
        var test = Create(source);
        test.ExpectedDiagnostics.Add(Expect(0, 1, "branch", 23));
        return test.RunAsync();
    }
}
