using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Architecture;

public class UnmatchedPatternTests
{
    private const string Rules = """
        [layer domain]
        namespaces = Shop.Domain.**

        [layer ghost]
        {|#0:namespaces = Shop.Ghost.**|}

        [modules features]
        {|#1:namespaces = Shop.Nowhere.{module}.**|}

        [ban *]
        M:System.Console.WriteLine = use ILogger
        {|#2:T:System.NoSuchType = typo|}
        """;

    private const string Code = "namespace Shop.Domain { public class Order { } }";

    [Fact]
    public Task Is_off_by_default_because_a_low_project_cannot_see_the_layers_above_it() =>
        RulesTest.Create(Rules, Code).RunAsync();

    [Fact]
    public Task When_raised_it_reports_each_layer_modules_rule_and_ban_that_matches_nothing()
    {
        var test = RulesTest.Create(Rules, Code);
        test.AnalyzerConfigFiles.Add(("/repo/.globalconfig", "is_global = true\ndotnet_diagnostic.HAR1005.severity = warning\n"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR1005").AtMarker(0)
            .WithMessage("[layer ghost] matches nothing this compilation can see, so the rule passes vacuously"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR1005").AtMarker(1));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR1005").AtMarker(2));
        return test.RunAsync();
    }
}
