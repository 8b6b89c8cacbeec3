using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Tests.Verification;

/// <summary>
/// One run of a <see cref="VerifierTest"/>: the markup parsed, the workspace built, the expectations resolved;
/// analyses any version of the solution (cached per snapshot) and asserts on the results.
/// </summary>
internal sealed class TestRun : IDisposable
{
    private readonly AdhocWorkspace _workspace;
    private readonly AnalyzerConfigState _config;
    private readonly Dictionary<string, SourceText> _originalTexts;
    private readonly Dictionary<Solution, Task<AnalysisResult>> _analyses = new(ReferenceEqualityComparer.Instance);
    private readonly bool _allowCompilerErrors;

    private TestRun(
        AdhocWorkspace workspace, Solution solution, AnalyzerConfigState config, ImmutableArray<DiagnosticAnalyzer> analyzers,
        Dictionary<string, SourceText> originalTexts, ImmutableArray<ExpectedDiagnostic> expected, bool allowCompilerErrors)
    {
        _workspace = workspace;
        Solution = solution;
        ProjectId = solution.ProjectIds.Single();
        _config = config;
        Analyzers = analyzers;
        _originalTexts = originalTexts;
        Expected = expected;
        _allowCompilerErrors = allowCompilerErrors;
    }

    /// <summary>The solution as the test sources describe it, before any fix.</summary>
    public Solution Solution { get; }

    public ProjectId ProjectId { get; }

    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    /// <summary>Markup diagnostics and <see cref="VerifierTest.ExpectedDiagnostics"/>, markers resolved to spans.</summary>
    public ImmutableArray<ExpectedDiagnostic> Expected { get; }

    public static TestRun Create(VerifierTest test, CancellationToken cancellationToken)
    {
        var defaultId = test.EffectiveDefaultDiagnosticId();
        var sources = Parse(test.Sources, defaultId);
        var additionalFiles = Parse(test.AdditionalFiles, defaultId);
        var allFiles = sources.Concat(additionalFiles).ToList();
        CheckPaths(allFiles.Select(f => f.Path).Concat(test.AnalyzerConfigFiles.Select(f => f.Path)));

        var markers = new Dictionary<int, ExpectedLocation>();
        var expected = ImmutableArray.CreateBuilder<ExpectedDiagnostic>();
        foreach (var (path, parsed) in allFiles)
        {
            foreach (var span in parsed.Spans)
            {
                var location = ExpectedLocation.FromSpan(path, span.Span);
                if (span.Marker is int marker && !markers.TryAdd(marker, location))
                {
                    throw new InvalidOperationException($"Markup marker #{marker} is declared twice.");
                }

                if (span.Id is string id)
                {
                    expected.Add(new ExpectedDiagnostic(id) { Location = location });
                }
            }
        }

        expected.AddRange(test.ExpectedDiagnostics.Select(e => Resolve(e, markers)));

        var config = AnalyzerConfigState.Create(test.AnalyzerConfigFiles);
        config.Validate(allFiles.Select(f => f.Path));

        var parseOptions = test.ParseOptions();
        var references = ReferenceAssemblies.Net.AddRange(test.AdditionalReferences);
        foreach (var (assemblyName, projectSources) in test.ReferencedProjects)
        {
            cancellationToken.ThrowIfCancellationRequested();
            references = references.Add(TestProject.CompileReference(assemblyName, projectSources, parseOptions, references));
        }

        var (workspace, solution) = TestProject.Create(new ProjectSpec(
            test.AssemblyName,
            parseOptions,
            test.CompilationOptions(),
            references,
            sources.Select(s => (s.Path, s.Parsed.Text)).ToImmutableArray(),
            additionalFiles.Select(s => (s.Path, s.Parsed.Text)).ToImmutableArray(),
            test.AnalyzerConfigFiles.ToImmutableArray()));

        var texts = allFiles.ToDictionary(f => f.Path, f => SourceText.From(f.Parsed.Text), StringComparer.Ordinal);
        return new TestRun(workspace, solution, config, test.Analyzers, texts, expected.ToImmutable(), test.AllowCompilerErrors);
    }

    public Project Project(Solution solution) => solution.GetProject(ProjectId)!;

    /// <summary>Analyses the test project in <paramref name="solution"/>, once per solution snapshot.</summary>
    public Task<AnalysisResult> AnalyzeAsync(Solution solution, CancellationToken cancellationToken)
    {
        lock (_analyses)
        {
            if (!_analyses.TryGetValue(solution, out var analysis))
            {
                analysis = AnalyzerRunner.RunAsync(Project(solution), Analyzers, _config, cancellationToken);
                _analyses.Add(solution, analysis);
            }

            return analysis;
        }
    }

    /// <summary>The text of a file before any fix, for quoting in messages.</summary>
    public SourceText? OriginalText(string path) => path is not null && _originalTexts.TryGetValue(path, out var text) ? text : null;

    public void AssertCompiles(AnalysisResult result)
    {
        var errors = result.CompilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0 && !_allowCompilerErrors)
        {
            throw new VerificationException("The test sources do not compile (set AllowCompilerErrors to allow it):\n"
                + string.Join("\n", errors.Select(d => "  " + DiagnosticFormatter.Format(d))));
        }
    }

    public void AssertDiagnostics(AnalysisResult result)
    {
        var failure = DiagnosticComparer.Compare(Expected, result.AnalyzerDiagnostics, OriginalText);
        if (failure is not null)
        {
            throw new VerificationException(failure);
        }
    }

    public void Dispose() => _workspace.Dispose();

    private static List<(string Path, ParsedMarkup Parsed)> Parse(IEnumerable<(string Path, string Markup)> files, string? defaultId) =>
        files.Select(f =>
        {
            try
            {
                return (f.Path, MarkupParser.Parse(f.Markup, defaultId));
            }
            catch (InvalidOperationException e)
            {
                throw new InvalidOperationException($"{f.Path}: {e.Message}", e);
            }
        }).ToList();

    private static void CheckPaths(IEnumerable<string> paths)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (string.IsNullOrEmpty(path) || !(path.StartsWith('/') || System.IO.Path.IsPathRooted(path)))
            {
                throw new InvalidOperationException($"Test file paths must be absolute, like '/0/Test0.cs'; got '{path}'.");
            }

            if (!seen.Add(path))
            {
                throw new InvalidOperationException($"Test file path '{path}' is used twice.");
            }
        }
    }

    private static ExpectedDiagnostic Resolve(ExpectedDiagnostic expected, Dictionary<int, ExpectedLocation> markers)
    {
        ExpectedLocation ResolveOne(ExpectedLocation location) =>
            location.Marker is not int marker ? location
            : markers.TryGetValue(marker, out var found) ? found
            : throw new InvalidOperationException($"Expected diagnostic {expected.Id} refers to marker #{marker}, which no markup declares.");

        return expected with
        {
            Location = expected.Location is null ? null : ResolveOne(expected.Location),
            AdditionalLocations = expected.AdditionalLocations?.Select(ResolveOne).ToImmutableArray(),
        };
    }
}
