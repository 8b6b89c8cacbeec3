using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Tests.Verification;

/// <summary>
/// Verifies a code fix: the diagnostics before the fix match the markup (as in <see cref="AnalyzerTest"/>);
/// fixing one diagnostic at a time until none is fixable gives <see cref="FixedSources"/>; FixAll in each of
/// <see cref="FixAllScopes"/> gives <see cref="BatchFixedSources"/> (or <see cref="FixedSources"/>); fixed code
/// adds no compiler error or warning and no analyzer throws. If <see cref="FixedSources"/> equal the sources,
/// asserts instead that no fix is offered.
/// </summary>
public sealed class CodeFixTest : VerifierTest
{
    private readonly CodeFixProvider _fixer;

    public CodeFixTest(DiagnosticAnalyzer analyzer, CodeFixProvider fixer)
        : base(ImmutableArray.Create(analyzer))
    {
        _fixer = fixer ?? throw new ArgumentNullException(nameof(fixer));
    }

    /// <summary>The exact text of every source file (markup-free) after fixing; line endings are normalized.</summary>
    public List<(string Path, string Text)> FixedSources { get; } = [];

    /// <summary>The text after FixAll; when empty, <see cref="FixedSources"/>.</summary>
    public List<(string Path, string Text)> BatchFixedSources { get; } = [];

    public FixAllScope[] FixAllScopes { get; set; } = [FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution];

    /// <summary>
    /// Also run FixAll in the solution with no equivalence key, as <c>dotnet format analyzers</c> does when the first
    /// finding has no fix of this provider (default true; Roslyn's batch fixer fixes nothing then).
    /// </summary>
    public bool FixAllWithoutKey { get; set; } = true;

    /// <summary>Apply the action with this equivalence key (else <see cref="CodeActionIndex"/>, else the first).</summary>
    public string? CodeActionEquivalenceKey { get; set; }

    /// <summary>Apply the action at this index of those offered for a diagnostic (nested actions flattened).</summary>
    public int? CodeActionIndex { get; set; }

    /// <summary>How many fixes may be applied before fixing counts as not converging; default twice the fixable diagnostics.</summary>
    public int? MaxFixIterations { get; set; }

    /// <summary>One file, <c>/0/Test0.cs</c>: its markup before and its text after the fix.</summary>
    public static Task VerifyAsync(DiagnosticAnalyzer analyzer, CodeFixProvider fixer, string markup, string fixedText)
    {
        var test = new CodeFixTest(analyzer, fixer);
        test.Sources.Add(("/0/Test0.cs", markup));
        test.FixedSources.Add(("/0/Test0.cs", fixedText));
        return test.RunAsync();
    }

    /// <exception cref="VerificationException">Something was not as expected.</exception>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        foreach (var (path, _) in Sources.Where(s => !FixedSources.Any(f => f.Path == s.Path)))
        {
            throw new InvalidOperationException($"FixedSources has no text for '{path}': give every source's text after the fix "
                + "(equal to the source, markup removed, to assert that no fix is offered).");
        }

        using var run = await StartAndVerifyAsync(cancellationToken).ConfigureAwait(false);
        var runner = new CodeFixRunner(run, _fixer, CodeActionEquivalenceKey, CodeActionIndex, MaxFixIterations);
        var original = await TextsAsync(run, run.Solution, cancellationToken).ConfigureAwait(false);
        var expected = Overlay(original, FixedSources);
        if (Differences(expected, original) is null)
        {
            if (BatchFixedSources.Count > 0 && Differences(Overlay(original, BatchFixedSources), original) is not null)
            {
                throw new InvalidOperationException("FixedSources equal the sources (no fix expected) but BatchFixedSources differ.");
            }

            await AssertNoFixOfferedAsync(run, runner, cancellationToken).ConfigureAwait(false);
            return;
        }

        var (fixedSolution, applied) = await runner.FixAsync(null, cancellationToken).ConfigureAwait(false);
        var offered = applied > 0 ? "" : " (no fix was offered" + await OfferedSummaryAsync(run, runner, cancellationToken).ConfigureAwait(false) + ")";
        await AssertTextsAsync(run, $"After applying the code fix{offered}", expected, fixedSolution, cancellationToken).ConfigureAwait(false);

        if (_fixer.GetFixAllProvider() is null)
        {
            if (BatchFixedSources.Count > 0)
            {
                throw new VerificationException("BatchFixedSources is set, but the fixer has no FixAllProvider.");
            }

            return;
        }

        var batchExpected = BatchFixedSources.Count > 0 ? Overlay(original, BatchFixedSources) : expected;
        foreach (var scope in FixAllScopes)
        {
            var (batchSolution, _) = await runner.FixAsync(scope, cancellationToken).ConfigureAwait(false);
            await AssertTextsAsync(run, $"After FixAll ({scope})", batchExpected, batchSolution, cancellationToken).ConfigureAwait(false);
        }

        // dotnet format analyzers runs FixAll in the solution with the key of the first finding's first fix: none when
        // that finding has no fix of this provider. With the first fix selected, that must fix the same.
        if (FixAllWithoutKey && CodeActionEquivalenceKey is null && CodeActionIndex is null or 0 && FixAllScopes.Contains(FixAllScope.Solution))
        {
            var (formatted, _) = await runner.FixAsync(FixAllScope.Solution, cancellationToken, withoutKey: true).ConfigureAwait(false);
            await AssertTextsAsync(run, "After FixAll (Solution) with no equivalence key, as dotnet format runs it", batchExpected, formatted, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task AssertNoFixOfferedAsync(TestRun run, CodeFixRunner runner, CancellationToken cancellationToken)
    {
        var analysis = await run.AnalyzeAsync(run.Solution, cancellationToken).ConfigureAwait(false);
        var offers = await runner.AllOfferedAsync(run.Solution, analysis, cancellationToken).ConfigureAwait(false);
        var selected = offers.GroupBy(o => o.Diagnostic)
            .Select(g => (Diagnostic: g.Key, Action: runner.Select(g.Select(o => o.Action).ToList())))
            .Where(o => o.Action is not null)
            .ToList();
        if (selected.Count > 0)
        {
            throw new VerificationException("Expected no code fix (FixedSources equal the sources), but the fixer offers:\n"
                + string.Join("\n", selected.Select(o => $"  '{o.Action!.Title}' for {DiagnosticFormatter.Format(o.Diagnostic)}")));
        }
    }

    private static async Task<string> OfferedSummaryAsync(TestRun run, CodeFixRunner runner, CancellationToken cancellationToken)
    {
        var analysis = await run.AnalyzeAsync(run.Solution, cancellationToken).ConfigureAwait(false);
        var offers = await runner.AllOfferedAsync(run.Solution, analysis, cancellationToken).ConfigureAwait(false);
        return offers.Count == 0
            ? ""
            : "; offered: " + string.Join(", ", offers.Select(o => $"'{o.Action.Title}' (key '{o.Action.EquivalenceKey}')").Distinct());
    }

    /// <summary>Every document and additional document of the test project, path to text, line endings normalized.</summary>
    private static async Task<SortedDictionary<string, string>> TextsAsync(TestRun run, Solution solution, CancellationToken cancellationToken)
    {
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var project = run.Project(solution);
        foreach (var document in project.Documents.Concat(project.AdditionalDocuments))
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            texts[document.FilePath ?? document.Name] = Normalize(text.ToString());
        }

        return texts;
    }

    private static SortedDictionary<string, string> Overlay(SortedDictionary<string, string> original, List<(string Path, string Text)> changes)
    {
        var texts = new SortedDictionary<string, string>(original, StringComparer.Ordinal);
        foreach (var (path, text) in changes)
        {
            texts[path] = Normalize(text);
        }

        return texts;
    }

    private static async Task AssertTextsAsync(
        TestRun run, string label, SortedDictionary<string, string> expected, Solution solution, CancellationToken cancellationToken)
    {
        var actual = await TextsAsync(run, solution, cancellationToken).ConfigureAwait(false);
        if (Differences(expected, actual) is string differences)
        {
            throw new VerificationException($"{label}, the code differs from what was expected:\n{differences}");
        }
    }

    /// <summary>Null if equal; else per file: missing, unexpected, or a line diff.</summary>
    private static string? Differences(SortedDictionary<string, string> expected, SortedDictionary<string, string> actual)
    {
        var text = new StringBuilder();
        foreach (var path in expected.Keys.Union(actual.Keys).OrderBy(p => p, StringComparer.Ordinal))
        {
            var has = (Expected: expected.TryGetValue(path, out var e), Actual: actual.TryGetValue(path, out var a));
            if (has is (true, false))
            {
                text.Append($"{path}: expected, but the project has no such document\n");
            }
            else if (has is (false, true))
            {
                text.Append($"{path}: the project has this document, but it was not expected\n");
            }
            else if (e != a)
            {
                text.Append($"{path}:\n{LineDiff.Format(e!, a!)}");
            }
        }

        return text.Length == 0 ? null : text.ToString();
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");
}
