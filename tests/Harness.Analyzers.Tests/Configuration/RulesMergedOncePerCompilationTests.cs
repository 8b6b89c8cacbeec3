using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Harness.Analyzers.Configuration;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Harness.Analyzers.Tests.Configuration;

/// <summary>
/// The effective rules are merged once per set of rules texts: every analyzer of an analysis gets that one value, and
/// so do later analyses (an editor's next request, the next compilation after an edit) until a rules file changes.
/// </summary>
public class RulesMergedOncePerCompilationTests
{
    private const string Rules = "[layer domain]\nnamespaces = Shop.Domain.**\nmay_use = nothing\n";

    [Fact]
    public async Task Every_analyzer_of_one_analysis_gets_the_same_merged_rules()
    {
        var compilation = Compile();
        var options = Options(("/repo/harness.rules", SourceText.From(Rules)));
        var first = new RulesProbe();
        var second = new RulesProbe();

        await RunAsync(compilation, options, first, second);

        var seen = first.Seen.Concat(second.Seen).Distinct(ReferenceEqualityComparer.Instance).ToList();
        Assert.Single(seen);
        Assert.Equal("domain", Assert.Single(((HarnessRules)seen[0]!).Layers).Name);
    }

    [Fact]
    public async Task Later_analyses_and_compilations_with_the_same_rules_texts_reuse_the_merge()
    {
        var compilation = Compile();
        var text = SourceText.From(Rules);
        var first = new RulesProbe();
        var again = new RulesProbe();
        var edited = new RulesProbe();

        await RunAsync(compilation, Options(("/repo/harness.rules", text)), first);
        await RunAsync(compilation, Options(("/repo/harness.rules", text)), again);
        await RunAsync(Compile(), Options(("/repo/harness.rules", text)), edited);

        Assert.Same(Assert.Single(first.Seen), Assert.Single(again.Seen));
        Assert.Same(Assert.Single(first.Seen), Assert.Single(edited.Seen));
    }

    [Fact]
    public async Task A_changed_rules_text_another_path_or_another_file_merges_again()
    {
        var compilation = Compile();
        var text = SourceText.From(Rules);
        var before = new RulesProbe();
        var changed = new RulesProbe();
        var moved = new RulesProbe();
        var withPack = new RulesProbe();

        await RunAsync(compilation, Options(("/repo/harness.rules", text)), before);
        await RunAsync(compilation, Options(("/repo/harness.rules", SourceText.From(Rules + "because = pure\n"))), changed);
        await RunAsync(compilation, Options(("/other/harness.rules", text)), moved);
        await RunAsync(compilation, Options(("/packs/Team.harness.rules", SourceText.From("[layer app]\nnamespaces = Shop.App.**\n")), ("/repo/harness.rules", text)), withPack);

        var rules = Assert.Single(before.Seen);
        Assert.Equal("pure", Assert.Single(Assert.Single(changed.Seen).Layers).Because);
        Assert.NotSame(rules, Assert.Single(moved.Seen));
        Assert.Equal(new[] { "app", "domain" }, Assert.Single(withPack.Seen).Layers.Select(l => l.Name));
        Assert.Null(Assert.Single(before.Seen).Layers[0].Because);
    }

    private static CSharpCompilation Compile() => CSharpCompilation.Create(
        "Probe",
        new[] { CSharpSyntaxTree.ParseText("namespace Shop.Domain { public class Order { } }", path: "/repo/src/Order.cs") },
        ReferenceAssemblies.Net,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static AnalyzerOptions Options(params (string Path, SourceText Text)[] files) =>
        new(files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToImmutableArray());

    private static Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, AnalyzerOptions options, params DiagnosticAnalyzer[] analyzers) =>
        compilation.WithAnalyzers(analyzers.ToImmutableArray(), options).GetAnalyzerDiagnosticsAsync();

    /// <summary>Records the rules that <see cref="HarnessRulesLoader.Load(CompilationStartAnalysisContext)"/> gives it.</summary>
#pragma warning disable RS1001, RS1025, RS1026, RS2008 // A test probe: reports nothing, registers nothing else.
    private sealed class RulesProbe : DiagnosticAnalyzer
    {
        public ConcurrentBag<HarnessRules> Seen { get; } = new();

        private static readonly DiagnosticDescriptor Never = new("TST9001", "Never reported", "Never reported", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        /// <summary>One descriptor: the driver skips an analyzer that supports none.</summary>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context) =>
            context.RegisterCompilationStartAction(start => Seen.Add(HarnessRulesLoader.Load(start)));
    }
#pragma warning restore RS1001, RS1025, RS1026, RS2008
}
