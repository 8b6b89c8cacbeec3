using System;
using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace Harness.Analyzers.Tests.VerificationTests;

public sealed class CodeFixTestTests
{
    private const string Path0 = "/0/Test0.cs";
    private const string Path1 = "/0/Test1.cs";

    private static CodeFixTest Test(string markup, string fixedText)
    {
        var test = Sample();
        test.Sources.Add((Path0, markup));
        test.FixedSources.Add((Path0, fixedText));
        return test;
    }

    /// <summary>Two files, three fixable diagnostics (two in one file), for single fixes and FixAll in every scope.</summary>
    private static CodeFixTest TwoFiles()
    {
        var test = Sample();
        test.Sources.Add((Path0, "class [|Bad|] { }\r\nclass C { int [|Bad|]; }\r\n"));
        test.Sources.Add((Path1, "class D { void [|Bad|]() { } }\n"));
        test.FixedSources.Add((Path0, "class Good { }\nclass C { int Good; }\n"));
        test.FixedSources.Add((Path1, "class D { void Good() { } }\n"));
        return test;
    }

    /// <summary>The sample fixer's FixAll is Roslyn's batch fixer, which needs an equivalence key: see the test of that.</summary>
    private static CodeFixTest Sample() => new(new BadIdentifierAnalyzer(), new BadToGoodFixer()) { FixAllWithoutKey = false };

    private static async Task<string> FailsAsync(CodeFixTest test) =>
        (await Assert.ThrowsAsync<VerificationException>(() => test.RunAsync())).Message;

    [Fact]
    public async Task A_single_fix_gives_the_fixed_text()
    {
        await Test("class [|Bad|] { }", "class Good { }").RunAsync();
    }

    [Fact]
    public async Task A_FixAll_that_needs_an_equivalence_key_fails_as_dotnet_format_runs_it()
    {
        var test = Test("class [|Bad|] { }", "class Good { }");
        test.FixAllWithoutKey = true;

        var message = await FailsAsync(test);

        Assert.StartsWith("FixAll (Solution, with no equivalence key, as dotnet format runs it) offered no code action, though 'Rename to Good' is offered", message);
    }

    [Fact]
    public async Task Fixes_and_FixAll_in_every_scope_across_two_files()
    {
        var test = TwoFiles();
        Assert.Equal([FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution], test.FixAllScopes);

        await test.RunAsync();
    }

    [Fact]
    public async Task Wrong_fixed_text_fails_with_a_line_diff()
    {
        var test = TwoFiles();
        test.FixedSources[0] = (Path0, "class Good { }\nclass C { int Bad; }\n");

        var message = await FailsAsync(test);
        Assert.Contains("After applying the code fix, the code differs", message);
        Assert.Contains("/0/Test0.cs:", message);
        Assert.Contains("-    2 | class C { int Bad; }", message);
        Assert.Contains("+    2 | class C { int Good; }", message);
        Assert.DoesNotContain("/0/Test1.cs:", message);
    }

    [Fact]
    public async Task Trailing_whitespace_differences_are_made_visible()
    {
        var message = await FailsAsync(Test("class [|Bad|] { }", "class Good { }  "));

        Assert.Contains("- ", message);
        Assert.Contains("class Good { }··", message);
    }

    [Theory]
    [InlineData(FixAllScope.Document)]
    [InlineData(FixAllScope.Project)]
    [InlineData(FixAllScope.Solution)]
    public async Task Wrong_batch_fixed_text_fails_in_each_FixAll_scope(FixAllScope scope)
    {
        var test = TwoFiles();
        test.FixAllScopes = [scope];
        test.BatchFixedSources.Add((Path0, "class Good { }\nclass C { int Good; }\n"));
        test.BatchFixedSources.Add((Path1, "class D { void Bad() { } }\n"));

        Assert.Contains($"After FixAll ({scope}), the code differs", await FailsAsync(test));
    }

    [Fact]
    public async Task The_action_is_chosen_by_equivalence_key_or_index()
    {
        var test = Test("class [|Bad|] { }", "class Better { }");
        test.CodeActionEquivalenceKey = "BadToBetter";
        await test.RunAsync();

        test = Test("class [|Bad|] { }", "class Better { }");
        test.CodeActionIndex = 1;
        await test.RunAsync();

        test = Test("class [|Bad|] { }", "class Better { }");
        Assert.Contains("+    1 | class Good { }", await FailsAsync(test));
    }

    [Fact]
    public async Task A_fix_that_is_not_offered_passes_when_the_fixed_text_equals_the_source()
    {
        var test = Test("class C { int M() => [|Bad|].X; }", "class C { int M() => Bad.X; }");
        test.ReferencedProjects.Add(("Lib", ["public static class Bad { public static int X; }"]));

        await test.RunAsync();
    }

    [Fact]
    public async Task A_fix_that_is_offered_fails_when_the_fixed_text_equals_the_source()
    {
        var message = await FailsAsync(Test("class [|Bad|] { }", "class Bad { }"));

        Assert.Contains("Expected no code fix", message);
        Assert.Contains("'Rename to Good' for /0/Test0.cs(1,7,1,10): warning TST0001", message);
    }

    [Fact]
    public async Task An_expected_fix_that_is_not_offered_fails()
    {
        var test = Test("class C { int M() => [|Bad|].X; }", "class C { int M() => Good.X; }");
        test.ReferencedProjects.Add(("Lib", ["public static class Bad { public static int X; }"]));

        Assert.Contains("no fix was offered", await FailsAsync(test));
    }

    [Fact]
    public async Task A_missing_equivalence_key_fails_and_lists_what_was_offered()
    {
        var test = Test("class [|Bad|] { }", "class Best { }");
        test.CodeActionEquivalenceKey = "BadToBest";

        var message = await FailsAsync(test);
        Assert.Contains("no fix was offered; offered: 'Rename to Good' (key 'BadToGood')", message);
    }

    [Fact]
    public async Task A_fix_that_breaks_compilation_fails()
    {
        var test = Test("class C { void [|Bad|]() { } void M() => [|Bad|](); }", "class C { void Good() { } void M() => Bad(); }");

        var message = await FailsAsync(test);
        Assert.Contains("The code fix introduced compiler diagnostics", message);
        Assert.Contains("error CS0103", message);
    }

    [Fact]
    public async Task A_fix_that_never_removes_its_diagnostic_fails()
    {
        var test = Test("class [|Bad|] { }", "class /*x*/Bad { }");
        test.CodeActionEquivalenceKey = "Comment";

        Assert.Contains("did not converge", await FailsAsync(test));
    }

    [Fact]
    public async Task Diagnostics_before_the_fix_must_match_the_markup()
    {
        var message = await FailsAsync(Test("class Bad { }", "class Good { }"));

        Assert.Contains("0 missing, 1 unexpected", message);
    }

    [Fact]
    public async Task Every_source_needs_a_fixed_text()
    {
        var test = TwoFiles();
        test.FixedSources.RemoveAt(1);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => test.RunAsync());
        Assert.Contains("/0/Test1.cs", error.Message);
    }

    [Fact]
    public async Task Config_applies_before_fixing()
    {
        var test = Test("class Bad { }", "class Bad { }");
        test.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.TST0001.severity = none\n"));

        await test.RunAsync();
    }
}
