using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Harness.Analyzers.Tests.Configuration;

public class RulesFileProblemsTests
{
    private const string Code = "namespace Shop.Domain { public class Order { } }";

    [Fact]
    public Task Each_bad_line_is_reported_at_that_line_and_the_rest_still_applies()
    {
        var rules = """
            root = true
            {|HAR0003:colour = blue|}
            {|HAR0001:this line is neither|}
            {|HAR0001:= no key|}
            {|HAR0002:[colour blue]|}
            ignored = because the section is unknown

            [layer domain]
            namespaces = Shop.Domain.**
            may_use    = nothing   # a trailing comment
            {|HAR0003:may_uze = nothing|}
            {|HAR0006:assemblies = Shop..Bad|}

            [layer app]
            namespaces = Shop.App.**
            {|HAR0005:may_use = domian, domain|}

            {|HAR0008:[layer empty]|}
            because = it has no patterns

            {|HAR0001:[layer|}
            {|HAR0001:[ban]|}
            {|HAR0005:[ban nowhere]|}
            M:System.Console.WriteLine = ignored with its unknown scope

            [ban *]
            {|HAR0007:X:System.Console = not an ID|}
            {|HAR0004:M:System.Console.Write =|}

            [modules features]
            {|HAR0006:namespaces = Shop.Features.**|}

            [redundancy]
            {|HAR0004:min_tokens = many|}
            {|HAR0004:similarity = 1.5|}
            """;
        var app = """
            namespace Shop.App { public class Service { public Shop.Domain.Order? Order; } }
            namespace Shop.Domain { public class Order { } public class Rule { public Shop.App.{|HAR1001:Service|}? Service; } }
            """;
        return RulesTest.Create(rules, app).RunAsync();
    }

    /// <summary>Each configuration problem on its own, in a file that has nothing else wrong.</summary>
    [Theory]
    [InlineData("HAR0001", "{|HAR0001:this line is neither|}")]
    [InlineData("HAR0002", "{|HAR0002:[colour blue]|}\nignored = because the section is unknown")]
    [InlineData("HAR0003", "root = true\n{|HAR0003:colour = blue|}")]
    [InlineData("HAR0004", "[redundancy]\n{|HAR0004:min_tokens = many|}")]
    [InlineData("HAR0005", "[layer domain]\nnamespaces = Shop.Domain.**\n{|HAR0005:may_use = domian|}")]
    [InlineData("HAR0006", "[layer domain]\nnamespaces = Shop.Domain.**\n{|HAR0006:assemblies = Shop..Bad|}")]
    [InlineData("HAR0007", "[ban *]\n{|HAR0007:X:System.Console = not an ID|}")]
    [InlineData("HAR0008", "{|HAR0008:[layer empty]|}\nbecause = it has no patterns")]
    public Task Each_problem_is_reported_alone_at_its_line(string id, string rules)
    {
        Assert.Contains(id, rules);
        return RulesTest.Create(rules, Code).RunAsync();
    }

    [Fact]
    public Task The_message_says_what_was_expected()
    {
        var rules = """
            [layer domain]
            namespaces = Shop.Domain.**
            {|#0:may_use = domain, nothing|}
            {|#1:namespacess = X|}
            """;
        var test = RulesTest.Create(rules, Code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR0004").AtMarker(0)
            .WithMessage("Invalid value 'domain, nothing' for 'may_use' in [layer domain]: expected 'nothing' or a comma-separated list of layer names"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR0003").AtMarker(1)
            .WithMessage("Unknown key 'namespacess' in [layer domain]: expected namespaces, assemblies, may_use, because, external"));
        return test.RunAsync();
    }

    [Fact]
    public Task Mistakes_that_loosen_a_rule_are_errors_by_default_the_others_warnings()
    {
        var rules = """
            {|#0:this line is neither|}
            {|#1:[colour blue]|}

            [layer domain]
            namespaces = Shop.Domain.**
            {|#2:mayuse = nothing|}
            {|#3:assemblies = Shop..Bad|}

            [layer app]
            namespaces = Shop.App.**
            {|#4:may_use = domian|}

            [ban *]
            {|#5:X:System.Console = not an ID|}

            {|#6:[layer empty]|}

            [redundancy]
            {|#7:min_tokens = many|}
            """;
        var test = RulesTest.Create(rules, Code);
        var expected = new (string Id, DiagnosticSeverity Severity)[]
        {
            ("HAR0001", DiagnosticSeverity.Error), ("HAR0002", DiagnosticSeverity.Error), ("HAR0003", DiagnosticSeverity.Error),
            ("HAR0006", DiagnosticSeverity.Warning), ("HAR0005", DiagnosticSeverity.Error), ("HAR0007", DiagnosticSeverity.Warning),
            ("HAR0008", DiagnosticSeverity.Warning), ("HAR0004", DiagnosticSeverity.Warning),
        };
        for (var i = 0; i < expected.Length; i++)
        {
            test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic(expected[i].Id).AtMarker(i).WithSeverity(expected[i].Severity));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task Problems_are_reported_in_the_file_that_has_them()
    {
        var test = RulesTest.Create("[layer domain]\nnamespaces = Shop.Domain.**\n", Code);
        test.AdditionalFiles.Add(("/packs/Team.harness.rules", "[layer shared]\n{|HAR0006:namespaces = Shop.{module}|}\n"));
        test.AdditionalFiles.Add(("/repo/notes.txt", "[not rules] = at all"));
        return test.RunAsync();
    }
}
