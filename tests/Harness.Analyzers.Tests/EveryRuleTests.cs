using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Harness.Analyzers.Architecture;
using Harness.Analyzers.Conventions;
using Harness.Analyzers.Redundancy;
using Harness.Analyzers.Tests.Redundancy;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Harness.Analyzers.Tests;

/// <summary>
/// What holds for every rule located in C# code, tested once over all of them: each is reported where its finding is,
/// quiet in generated code (by header and by file name), quiet in files excluded in <c>[redundancy]</c> (the redundancy
/// rules), and takes its severity from <c>.editorconfig</c>. A new rule gets these tests by a line in <see cref="Cases"/>.
/// </summary>
public class EveryRuleTests
{
    public static TheoryData<string> CodeRules => new(Cases.Keys.OrderBy(id => id, System.StringComparer.Ordinal));

    public static TheoryData<string> RedundancyRules => new(Cases.Keys.Where(id => id.StartsWith("HAR2", System.StringComparison.Ordinal)).OrderBy(id => id, System.StringComparer.Ordinal));

    /// <summary>One finding per rule, at <c>{|#0:…|}</c>; the files go to /repo/src/File{i}.cs.</summary>
    private static readonly Dictionary<string, RuleCase> Cases = new()
    {
        [DiagnosticIds.LayerDependency] = new(
            () => new ArchitectureAnalyzer(),
            RulesTest.Layers,
            RulesTest.Infrastructure,
            "namespace Shop.Domain { public class Order { private Shop.Infrastructure.{|#0:SqlStore|}? _store; } }"),
        [DiagnosticIds.ModuleDependency] = new(
            () => new ArchitectureAnalyzer(),
            "[modules features]\nnamespaces = Shop.Features.{module}.**\n",
            "namespace Shop.Features.Catalog { public class Product { } }",
            "namespace Shop.Features.Ordering { public class Order { public Shop.Features.Catalog.{|#0:Product|}? Product; } }"),
        [DiagnosticIds.BannedApi] = new(
            () => new ArchitectureAnalyzer(),
            RulesTest.Layers + "\n\n[ban domain]\nP:System.DateTime.Now = inject IClock\n",
            "namespace Shop.Domain { public class Order { public System.DateTime Stamp() => System.DateTime.{|#0:Now|}; } }"),
        [DiagnosticIds.ExternalType] = new(
            () => new ArchitectureAnalyzer(),
            "[layer domain]\nnamespaces = Shop.Domain.**\nexternal = System\n",
            "namespace Shop.Domain { public class Order { private System.Text.{|#0:StringBuilder|}? _text; } }"),
        [DiagnosticIds.NameConvention] = new(
            () => new ConventionsAnalyzer(),
            "[convention repositories]\nwhere_name = *Repo\nname = *Repository\n",
            "namespace Shop.Data { public class {|#0:OrderRepo|} { } }"),
        [DiagnosticIds.PlacementConvention] = new(
            () => new ConventionsAnalyzer(),
            "[convention handlers]\nwhere_name = *Handler\nnamespace = Shop.Handlers.**\n",
            "namespace Shop.Web { public sealed class {|#0:OrderHandler|} { } }"),
        [DiagnosticIds.ModifierConvention] = new(
            () => new ConventionsAnalyzer(),
            "[convention handlers]\nwhere_name = *Handler\nmodifiers = sealed\n",
            "namespace Shop.Web { public class {|#0:OrderHandler|} { } }"),
        [DiagnosticIds.DuplicateMember] = new(
            () => new DuplicationAnalyzer(),
            DuplicationTest.Rules,
            """
            namespace Shop;

            public class Pricing
            {
                public decimal Total(decimal[] prices, decimal rate)
                {
                    var sum = 0m;
                    foreach (var price in prices)
                    {
                        sum += price * rate;
                    }

                    return sum > 100 ? sum * 0.9m : sum;
                }
            }
            """,
            """
            namespace Shop.Billing
            {
                public class Invoice
                {
                    // the same logic, pasted and renamed
                    public decimal {|#0:Amount|}(decimal[] lines, decimal factor) {
                        var total = 0m;
                        foreach (var line in lines) { total += line * factor; }
                        return total > 250 ? total * 0.8m : total;
                    }
                }
            }
            """),
        [DiagnosticIds.NearDuplicateMember] = new(
            () => new DuplicationAnalyzer(),
            DuplicationTest.Rules,
            """
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

                public List<string> {|#0:Weekly|}(IEnumerable<(string Name, int Count)> rows)
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
            """),
        [DiagnosticIds.DuplicatedBlock] = new(
            () => new DuplicationAnalyzer(),
            DuplicationTest.Rules,
            """
            namespace Shop;

            public class Import
            {
                public int Run(string[] rows)
                {
                    var header = rows[0];
                    if (header.Length == 0) { return 0; }
                    var skipped = 0;
                    while (skipped < rows.Length && rows[skipped].StartsWith("#")) { skipped++; }
                    System.Console.WriteLine("importing " + rows.Length + " rows after " + skipped);
                    var fields = header.Split(',');
                    var count = fields.Length;
                    if (count < 3) { throw new System.FormatException("too few columns: " + count); }
                    var trimmed = new string[count];
                    for (var i = 0; i < count; i++) { trimmed[i] = fields[i].Trim(); }
                    return trimmed.Length + rows.Length;
                }
            }
            """,
            """
            namespace Shop;

            public class Export
            {
                public string Describe(string line, bool verbose)
                {
                    if (!verbose) { return string.Empty; }
                    {|#0:var fields = line.Split(',');
                    var count = fields.Length;
                    if (count < 3) { throw new System.FormatException("too few columns: " + count); }
                    var trimmed = new string[count];
                    for (var i = 0; i < count; i++) { trimmed[i] = fields[i].Trim(); }|}
                    var builder = new System.Text.StringBuilder();
                    foreach (var part in trimmed) { builder.Append('[').Append(part).Append(']'); }
                    return builder.Length > 80 ? builder.ToString(0, 80) : builder.ToString();
                }
            }
            """),
        [DiagnosticIds.IdenticalBranches] = new(
            () => new IdenticalBranchesAnalyzer(),
            IdenticalBranchesTests.OneStatementBranches,
            "public class Y { public int M(bool a) => {|#0:a ? 1 : 1|}; }"),
        [DiagnosticIds.VersionedTwin] = new(
            () => new DuplicationAnalyzer(),
            DuplicationTest.Rules,
            """
            namespace Shop;

            public class Mailer
            {
                public async System.Threading.Tasks.Task<int> SendAsync(string to, string body)
                {
                    var attempts = 0;
                    while (attempts < 3)
                    {
                        attempts++;
                        if (await TryAsync(to, body)) { return attempts; }
                    }

                    return -1;
                }

                public async System.Threading.Tasks.Task<int> {|#0:SendV2Async|}(string to, string body, int retries)
                {
                    var attempts = 0;
                    while (attempts < retries)
                    {
                        attempts++;
                        if (await TryAsync(to, body)) { return attempts; }
                    }

                    return -1;
                }

                private System.Threading.Tasks.Task<bool> TryAsync(string to, string body) => System.Threading.Tasks.Task.FromResult(to.Length > body.Length);
            }
            """),
        [DiagnosticIds.GeneratorPlaceholder] = new(
            () => new GeneratorPlaceholderAnalyzer(),
            "[redundancy]\n",
            "public class Y { public void M() => {|#0:throw new System.NotImplementedException()|}; }"),
    };

    [Theory]
    [MemberData(nameof(CodeRules))]
    public Task Each_rule_is_reported_where_its_finding_is(string id)
    {
        var test = Cases[id].Create(file => $"/repo/src/{file}.cs", Cases[id].Rules);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic(id).AtMarker(0));
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(CodeRules))]
    public async Task Generated_code_is_quiet(string id)
    {
        // By its header, whatever the file is called, and by its name, whatever it says.
        await Cases[id].Create(file => $"/repo/src/{file}.cs", Cases[id].Rules, text => "// <auto-generated/>\n" + Unmarked(text)).RunAsync();
        await Cases[id].Create(file => $"/repo/src/{file}.g.cs", Cases[id].Rules, Unmarked).RunAsync();
    }

    [Theory]
    [MemberData(nameof(RedundancyRules))]
    public Task Files_excluded_in_the_redundancy_section_are_quiet(string id) =>
        Cases[id].Create(file => $"/repo/src/Legacy/{file}.cs", Cases[id].Rules + "exclude = **/Legacy/**\n", Unmarked).RunAsync();

    [Theory]
    [MemberData(nameof(CodeRules))]
    public async Task Editorconfig_severity_error_raises_it_and_none_hides_it(string id)
    {
        var raised = Cases[id].Create(file => $"/repo/src/{file}.cs", Cases[id].Rules);
        raised.AnalyzerConfigFiles.Add(("/repo/.editorconfig", $"root = true\n\n[*.cs]\ndotnet_diagnostic.{id}.severity = error\n"));
        raised.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic(id).AtMarker(0).WithSeverity(DiagnosticSeverity.Error));
        await raised.RunAsync();

        var hidden = Cases[id].Create(file => $"/repo/src/{file}.cs", Cases[id].Rules, Unmarked);
        hidden.AnalyzerConfigFiles.Add(("/repo/.editorconfig", $"root = true\n\n[*.cs]\ndotnet_diagnostic.{id}.severity = none\n"));
        await hidden.RunAsync();
    }

    [Fact]
    public void Every_rule_reported_in_code_has_a_case()
    {
        // HAR0xxx and the build-only HAR1004/HAR1005 are located in rules and baseline files, not in C# code.
        var inCode = typeof(DiagnosticIds).GetFields()
            .Select(field => (string)field.GetValue(null)!)
            .Where(id => !id.StartsWith("HAR0", System.StringComparison.Ordinal) && id is not DiagnosticIds.LayerCycle and not DiagnosticIds.UnmatchedRule);
        Assert.Equal(inCode.OrderBy(id => id, System.StringComparer.Ordinal), Cases.Keys.OrderBy(id => id, System.StringComparer.Ordinal));
    }

    private static string Unmarked(string markup) => Regex.Replace(markup, @"\{\|[A-Z0-9#]+:|\|\}", string.Empty);

    private sealed class RuleCase(System.Func<DiagnosticAnalyzer> analyzer, string rules, params string[] files)
    {
        public string Rules { get; } = rules;

        /// <summary>The case's files at <paramref name="pathOf"/>(File0, File1, …), each through <paramref name="edit"/>.</summary>
        public AnalyzerTest Create(System.Func<string, string> pathOf, string rulesText, System.Func<string, string>? edit = null)
        {
            var test = new AnalyzerTest(analyzer()) { DefaultDiagnosticId = null };
            test.AdditionalFiles.Add((RulesTest.RulesPath, rulesText));
            for (var i = 0; i < files.Length; i++)
            {
                test.Sources.Add((pathOf($"File{i}"), edit is null ? files[i] : edit(files[i])));
            }

            return test;
        }
    }
}
