using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Tests.Verification;

/// <summary>The test project shared by <see cref="AnalyzerTest"/> and <see cref="CodeFixTest"/>: sources, options, expectations.</summary>
public abstract class VerifierTest
{
    private protected VerifierTest(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        if (analyzers.IsDefaultOrEmpty || analyzers.Any(a => a is null))
        {
            throw new ArgumentException("Give at least one analyzer, and no null.", nameof(analyzers));
        }

        Analyzers = analyzers;
    }

    /// <summary>C# files (absolute path, markup). Markup: <c>[|…|]</c>, <c>{|HAR1001:…|}</c>, <c>{|#0:…|}</c> (see <see cref="MarkupParser"/>).</summary>
    public List<(string Path, string Markup)> Sources { get; } = [];

    /// <summary>Additional files such as <c>/repo/harness.rules</c>, with the same markup for diagnostics located in them.</summary>
    public List<(string Path, string Markup)> AdditionalFiles { get; } = [];

    /// <summary><c>.editorconfig</c> and <c>.globalconfig</c> files (absolute path, text), applied as the compiler applies them.</summary>
    public List<(string Path, string Text)> AnalyzerConfigFiles { get; } = [];

    /// <summary>Projects this one references, each compiled into its own assembly (in list order, so a later one may use an earlier one).</summary>
    public List<(string AssemblyName, string[] Sources)> ReferencedProjects { get; } = [];

    /// <summary>More metadata references, beyond <see cref="ReferenceAssemblies.Net"/> and <see cref="ReferencedProjects"/>.</summary>
    public List<MetadataReference> AdditionalReferences { get; } = [];

    public string AssemblyName { get; set; } = "TestProject";

    /// <summary>The ID of <c>[|…|]</c>; when null, the one ID the analyzers support, if they support exactly one.</summary>
    public string? DefaultDiagnosticId { get; set; }

    /// <summary><see cref="OutputKind.ConsoleApplication"/> for top-level statements.</summary>
    public OutputKind OutputKind { get; set; } = OutputKind.DynamicallyLinkedLibrary;

    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Preview;

    public NullableContextOptions NullableContextOptions { get; set; } = NullableContextOptions.Enable;

    /// <summary>False: the test fails if the sources have compiler errors.</summary>
    public bool AllowCompilerErrors { get; set; }

    /// <summary>Expectations markup cannot express: no location, line/column, message, severity, additional locations.</summary>
    public List<ExpectedDiagnostic> ExpectedDiagnostics { get; } = [];

    internal ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    /// <summary>Builds the project, analyses it, and checks that it compiles and that the diagnostics are the expected ones.</summary>
    private protected async Task<TestRun> StartAndVerifyAsync(CancellationToken cancellationToken)
    {
        var run = TestRun.Create(this, cancellationToken);
        try
        {
            var result = await run.AnalyzeAsync(run.Solution, cancellationToken).ConfigureAwait(false);
            run.AssertCompiles(result);
            run.AssertDiagnostics(result);
            return run;
        }
        catch
        {
            run.Dispose();
            throw;
        }
    }

    private protected TestRun Start(CancellationToken cancellationToken) => TestRun.Create(this, cancellationToken);

    internal string? EffectiveDefaultDiagnosticId()
    {
        if (DefaultDiagnosticId is not null)
        {
            return DefaultDiagnosticId;
        }

        // Every analyzer of findings also reports stale baseline entries; that is not what a test of a rule is about.
        var ids = Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Where(id => id != DiagnosticIds.StaleBaselineEntry).Distinct().ToList();
        return ids.Count == 1 ? ids[0] : null;
    }

    internal CSharpParseOptions ParseOptions() => new(LanguageVersion, DocumentationMode.Parse);

    internal CSharpCompilationOptions CompilationOptions() => new(OutputKind, nullableContextOptions: NullableContextOptions);
}
