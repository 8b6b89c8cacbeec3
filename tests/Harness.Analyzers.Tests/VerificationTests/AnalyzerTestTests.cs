using System;
using System.Linq;
using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Harness.Analyzers.Tests.VerificationTests;

public sealed class AnalyzerTestTests
{
    private static AnalyzerTest Test(string markup, params Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer[] analyzers)
    {
        var test = new AnalyzerTest(analyzers.Length == 0 ? [new BadIdentifierAnalyzer()] : analyzers);
        test.Sources.Add(("/0/Test0.cs", markup));
        return test;
    }

    private static async Task<string> FailsAsync(AnalyzerTest test) =>
        (await Assert.ThrowsAsync<VerificationException>(() => test.RunAsync())).Message;

    [Fact]
    public async Task Markup_in_several_files_matches_the_reported_diagnostics()
    {
        var test = new AnalyzerTest(new BadIdentifierAnalyzer());
        test.Sources.Add(("/0/Test0.cs", "class [|Bad|] { }"));
        test.Sources.Add(("/0/Test1.cs", "class C { void {|TST0001:Bad|}() { } void M() => {|TST0001:Bad|}(); }"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Verify_helper_uses_the_analyzers_only_id_for_default_markup()
    {
        await AnalyzerTest.VerifyAsync(new BadIdentifierAnalyzer(), "class [|Bad|] { }");
    }

    [Fact]
    public async Task A_missing_diagnostic_fails_and_is_listed()
    {
        var message = await FailsAsync(Test("class [|Good|] { }"));

        Assert.Contains("1 missing, 0 unexpected", message);
        Assert.Contains("/0/Test0.cs(1,7,1,11): TST0001  «Good»", message);
    }

    [Fact]
    public async Task An_unexpected_diagnostic_fails_and_is_listed_with_its_message()
    {
        var message = await FailsAsync(Test("class Bad { }"));

        Assert.Contains("0 missing, 1 unexpected", message);
        Assert.Contains("/0/Test0.cs(1,7,1,10): warning TST0001: 'Bad' is a bad name  «Bad»", message);
    }

    [Fact]
    public async Task A_diagnostic_on_a_different_span_fails()
    {
        var message = await FailsAsync(Test("class [|Bad |]{ }"));

        Assert.Contains("1 missing, 1 unexpected", message);
    }

    [Fact]
    public async Task Expected_twice_but_reported_once_fails()
    {
        var message = await FailsAsync(Test("class {|TST0001:[|Bad|]|} { }"));

        Assert.Contains("2 expected, 1 reported", message);
    }

    [Fact]
    public async Task An_analyzer_exception_fails_the_test_with_the_exception()
    {
        var message = await FailsAsync(Test("class C { }", new ThrowingAnalyzer()));

        Assert.Contains("boom from the test analyzer", message);
        Assert.Contains("ThrowingAnalyzer", message);
    }

    [Fact]
    public async Task Reporting_an_undeclared_id_fails()
    {
        Assert.Contains("TST0009", await FailsAsync(Test("class C { }", new UndeclaredIdAnalyzer())));
    }

    [Fact]
    public async Task An_analyzer_exception_fails_GetAnalyzerDiagnosticsAsync_too()
    {
        var test = Test("class C { }", new ThrowingAnalyzer());

        var error = await Assert.ThrowsAsync<VerificationException>(() => test.GetAnalyzerDiagnosticsAsync());
        Assert.Contains("boom from the test analyzer", error.Message);
    }

    [Fact]
    public async Task GetAnalyzerDiagnosticsAsync_returns_diagnostics_without_checking_markup_or_compilation()
    {
        var diagnostics = await Test("class Bad { int x = \"no\"; Bad2 y; }").GetAnalyzerDiagnosticsAsync();

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("TST0001", diagnostic.Id);
        Assert.Equal(new TextSpan(6, 3), diagnostic.Location.SourceSpan);
    }

    [Fact]
    public async Task Compiler_errors_fail_the_test_and_are_listed()
    {
        var message = await FailsAsync(Test("class [|Bad|] { int x = \"no\"; }"));

        Assert.Contains("do not compile", message);
        Assert.Contains("error CS0029", message);
    }

    [Fact]
    public async Task Compiler_errors_are_allowed_when_asked()
    {
        var test = Test("class [|Bad|] { int x = \"no\"; }");
        test.AllowCompilerErrors = true;

        await test.RunAsync();
    }

    [Fact]
    public async Task Top_level_statements_compile_as_a_console_application()
    {
        var test = Test("int [|Bad|] = 1; System.Console.WriteLine([|Bad|]);");
        test.OutputKind = OutputKind.ConsoleApplication;

        await test.RunAsync();
        test.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        Assert.Contains("CS8805", await FailsAsync(test));
    }

    [Fact]
    public async Task Pragma_warning_disable_hides_a_diagnostic()
    {
        await Test("#pragma warning disable TST0001\nclass Bad { }").RunAsync();
    }

    [Fact]
    public async Task Editorconfig_severity_none_hides_the_diagnostic()
    {
        var test = Test("class Bad { }");
        test.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.TST0001.severity = none\n"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Editorconfig_severity_error_raises_the_reported_severity()
    {
        var test = Test("class {|#0:Bad|} { }");
        test.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.TST0001.severity = error\n"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("TST0001").AtMarker(0).WithSeverity(DiagnosticSeverity.Error));

        await test.RunAsync();
        test.ExpectedDiagnostics[0] = test.ExpectedDiagnostics[0].WithSeverity(DiagnosticSeverity.Warning);
        Assert.Contains("(1,7,1,10): error TST0001", await FailsAsync(test));
    }

    [Fact]
    public async Task Editorconfig_sections_apply_by_path()
    {
        var test = new AnalyzerTest(new BadIdentifierAnalyzer());
        test.Sources.Add(("/src/Hidden.cs", "class Bad { }"));
        test.Sources.Add(("/src/Shown.cs", "class [|Bad|]<T> { }"));
        test.Sources.Add(("/other/Hidden.cs", "class [|Bad|]<T, U> { }"));
        test.AnalyzerConfigFiles.Add(("/src/.editorconfig", "[Hidden.cs]\ndotnet_diagnostic.TST0001.severity = none\n"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Global_config_sets_severity_and_editorconfig_overrides_it()
    {
        var test = new AnalyzerTest(new BadIdentifierAnalyzer());
        test.Sources.Add(("/src/A.cs", "class {|#0:Bad|} { }"));
        test.Sources.Add(("/src/B.cs", "class {|#1:Bad|}<T> { }"));
        test.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.TST0001.severity = error\n"));
        test.AnalyzerConfigFiles.Add(("/src/.editorconfig", "[B.cs]\ndotnet_diagnostic.TST0001.severity = suggestion\n"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("TST0001").AtMarker(0).WithSeverity(DiagnosticSeverity.Error));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("TST0001").AtMarker(1).WithSeverity(DiagnosticSeverity.Info));

        await test.RunAsync();
    }

    [Fact]
    public async Task A_rule_disabled_by_default_is_reported_only_when_config_enables_it()
    {
        var test = Test("class Worse { }", new DisabledByDefaultAnalyzer());
        await test.RunAsync();

        test = Test("class [|Worse|] { }", new DisabledByDefaultAnalyzer());
        test.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.TST0002.severity = warning\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Malformed_config_fails_the_test()
    {
        var test = Test("class [|Bad|] { }");
        test.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.TST0001.severity = loud\n"));

        Assert.Contains("loud", await FailsAsync(test));
    }

    [Fact]
    public async Task Analyzers_read_per_file_and_global_options()
    {
        var test = Test("class {|#0:C|} { }", new OptionReadingAnalyzer());
        test.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\ntst_option = from-editorconfig\n"));
        test.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ntst_global = from-globalconfig\n"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("TST0004").AtMarker(0).WithMessage("tst_option=from-editorconfig, tst_global=from-globalconfig"));

        await test.RunAsync();
    }

    [Fact]
    public async Task A_wrong_message_fails()
    {
        var test = Test("class {|#0:C|} { }", new OptionReadingAnalyzer());
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("TST0004").AtMarker(0).WithMessage("tst_option=x, tst_global=(unset)"));

        var message = await FailsAsync(test);
        Assert.Contains("/0/Test0.cs(1,7,1,8): TST0004: tst_option=x, tst_global=(unset)", message);
        Assert.Contains("warning TST0004: tst_option=(unset), tst_global=(unset)", message);
    }

    [Fact]
    public async Task Diagnostics_in_additional_files_are_expected_with_markup()
    {
        var test = Test("class C { }", new RulesFileAnalyzer());
        test.AdditionalFiles.Add(("/repo/harness.rules", "[layer domain]\nnamespaces = Shop.Domain\n  [|this is not a rule|]\n"));
        test.AdditionalFiles.Add(("/repo/readme.txt", "not a rules file"));

        await test.RunAsync();
        test.AdditionalFiles[0] = ("/repo/harness.rules", "[layer domain]\nnamespaces = Shop.Domain\nthis is [|not|] a rule\n");
        Assert.Contains("/repo/harness.rules(3,1,3,19): warning TST0003: Malformed rule line 'this is not a rule'", await FailsAsync(test));
    }

    [Fact]
    public async Task Global_config_severity_applies_to_additional_file_diagnostics()
    {
        var test = Test("class C { }", new RulesFileAnalyzer());
        test.AdditionalFiles.Add(("/repo/x.rules", "{|#0:oops|}"));
        test.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.TST0003.severity = error\n"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("TST0003").AtMarker(0).WithSeverity(DiagnosticSeverity.Error).WithMessage("Malformed rule line 'oops'"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Line_and_column_expectations_match_like_the_compiler_prints()
    {
        var test = Test("class C\n{\n    void Bad() { }\n}\n");
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("TST0001").At("/0/Test0.cs", 3, 10, 3, 13));
        await test.RunAsync();

        test.ExpectedDiagnostics[0] = ExpectedDiagnostic.Diagnostic("TST0001").At("/0/Test0.cs", 3, 10);
        await test.RunAsync();

        test.ExpectedDiagnostics[0] = ExpectedDiagnostic.Diagnostic("TST0001").At("/0/Test0.cs", 3, 10, 3, 14);
        Assert.Contains("/0/Test0.cs(3,10,3,14): TST0001", await FailsAsync(test));

        test.ExpectedDiagnostics[0] = ExpectedDiagnostic.Diagnostic("TST0001").At("/0/Test0.cs", new TextSpan(19, 3));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_diagnostic_without_location_is_matched_with_its_additional_locations()
    {
        var test = new AnalyzerTest(new BadCountAnalyzer());
        test.Sources.Add(("/0/A.cs", "class {|#0:Bad|} { }"));
        test.Sources.Add(("/0/B.cs", "class C { void {|#1:Bad|}() { } }"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("TST0005").WithMessage("2 bad name(s)").WithAdditionalMarker(0).WithAdditionalMarker(1));
        await test.RunAsync();

        test.ExpectedDiagnostics[0] = ExpectedDiagnostic.Diagnostic("TST0005").WithAdditionalMarker(1).WithAdditionalMarker(0);
        Assert.Contains("(no location): TST0005 (additional locations: 2)", await FailsAsync(test));

        test.ExpectedDiagnostics[0] = ExpectedDiagnostic.Diagnostic("TST0005").AtMarker(0);
        Assert.Contains("(no location): warning TST0005: 2 bad name(s)", await FailsAsync(test));
    }

    [Fact]
    public async Task An_unknown_marker_is_a_test_error()
    {
        var test = Test("class C { }", new BadCountAnalyzer());
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("TST0005").AtMarker(3));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => test.RunAsync());
        Assert.Contains("marker #3", error.Message);
    }

    [Fact]
    public async Task Referenced_projects_are_separate_assemblies_that_may_reference_each_other()
    {
        var test = Test(
            "class C { B.{|#0:Derived|}? d; A.Base? b; }",
            new CrossAssemblyAnalyzer());
        test.ReferencedProjects.Add(("LibA", ["namespace A; public class Base { }"]));
        test.ReferencedProjects.Add(("LibB", ["namespace B; public class Derived : A.Base { }"]));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("TST0006").AtMarker(0).WithMessage("'Derived' comes from assembly 'LibB'"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("TST0006").At("/0/Test0.cs", 1, 27).WithMessage("'Base' comes from assembly 'LibA'"));

        await test.RunAsync();
    }

    [Fact]
    public async Task A_referenced_project_that_does_not_compile_fails()
    {
        var test = Test("class C { }", new CrossAssemblyAnalyzer());
        test.ReferencedProjects.Add(("LibA", ["public class Base { int x = \"no\"; }"]));

        var message = await FailsAsync(test);
        Assert.Contains("Referenced project 'LibA' does not compile", message);
        Assert.Contains("CS0029", message);
    }

    [Fact]
    public async Task Reference_assemblies_cover_the_framework()
    {
        var test = Test("using System.Net.Http; using System.Text.Json; class [|Bad|] { HttpClient? c; string S() => JsonSerializer.Serialize(1); }");

        await test.RunAsync();
        Assert.True(ReferenceAssemblies.Net.Length > 100);
    }

    [Fact]
    public void Reference_assemblies_are_the_restored_fixed_package_with_the_sdk_pack_as_fallback()
    {
        var directory = ReferenceAssemblies.Directory.Replace('\\', '/');
        Assert.Contains("/microsoft.netcore.app.ref/", directory);
        Assert.EndsWith("/ref/net10.0", directory);
        Assert.True(System.IO.File.Exists(System.IO.Path.Combine(ReferenceAssemblies.FindSdkRefPack()!, "System.Runtime.dll")));
    }

    [Fact]
    public async Task Default_markup_needs_a_single_id_or_DefaultDiagnosticId()
    {
        var test = Test("class [|Bad|] { }", new BadIdentifierAnalyzer(), new DisabledByDefaultAnalyzer());
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => test.RunAsync());
        Assert.Contains("DefaultDiagnosticId", error.Message);

        test.DefaultDiagnosticId = BadIdentifierAnalyzer.Id;
        await test.RunAsync();
    }

    [Fact]
    public async Task Paths_must_be_absolute_and_distinct()
    {
        var test = new AnalyzerTest(new BadIdentifierAnalyzer());
        test.Sources.Add(("Test0.cs", "class C { }"));
        Assert.Contains("absolute", (await Assert.ThrowsAsync<InvalidOperationException>(() => test.RunAsync())).Message);

        test.Sources[0] = ("/0/Test0.cs", "class C { }");
        test.AdditionalFiles.Add(("/0/Test0.cs", ""));
        Assert.Contains("used twice", (await Assert.ThrowsAsync<InvalidOperationException>(() => test.RunAsync())).Message);
    }

    [Fact]
    public async Task Several_analyzers_run_together()
    {
        var test = Test("class {|TST0001:Bad|} { }", new BadIdentifierAnalyzer(), new OptionReadingAnalyzer());
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic(OptionReadingAnalyzer.Id).At("/0/Test0.cs", 1, 7, 1, 10));

        await test.RunAsync();
        Assert.Equal(["TST0001", "TST0004"], (await test.GetAnalyzerDiagnosticsAsync()).Select(d => d.Id).Order().ToArray());
    }
}
