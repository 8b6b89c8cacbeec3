using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Harness.Analyzers.Redundancy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Benchmarks.Measurement;

/// <summary>
/// One edit of real code: a copy of another file's method, renamed, inserted at the end of the first type of the
/// edited document, then that document re-analysed as an editor does. <see cref="CopyFound"/> says where the
/// injected clone was reported: "edited document" (a clone diagnostic on the copy, or pointing at it), "other
/// document" (only on the original, naming the copy), or "no".
/// </summary>
internal sealed record CloneEditSample(
    string Document,
    int DocumentLines,
    string CopiedMethod,
    string CopiedFrom,
    ReanalysisSample Request,
    string CopyFound,
    IReadOnlyList<string> CopyIds);

/// <summary>The full analysis before the first edit, then the measured edits (the warm-up edit excluded).</summary>
internal sealed record CloneEditRun(int Trees, PhaseCost FullAnalysis, IReadOnlyList<CloneEditSample> Edits, bool ClonesChecked);

/// <summary>
/// The editor's view of real code: after one full analysis (the IDE's background pass), each edit copies a method of
/// another file into a document (so the clone detection must find a new copy across files), replaces that tree in
/// the compilation (<see cref="SyntaxTree.WithChangedText"/>, an incremental reparse; every other tree reused by
/// reference, as in a workspace) and asks a fresh <see cref="Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzers"/>
/// for that document's syntax and semantic diagnostics, with every selected analyzer. The edits accumulate, as
/// keystrokes do; each goes to another document, one of them the largest.
/// </summary>
internal sealed class CloneEditProbe
{
    // A copy must be long enough for the clone rules to report it (a margin over min_tokens, which counts normalised
    // tokens), and short enough to be a method someone copies.
    private const int MinStatements = 3;
    internal const double MinTokensMargin = 1.5;
    private const int MaxLines = 40;

    private readonly CompilationFactory _factory;
    private readonly AnalyzerCatalog _catalog;
    private readonly RulesFile? _rules;
    private readonly TemplateOutputOptionsProvider _configOptions;
    private readonly RedundancyScope _scope;

    public CloneEditProbe(CompilationFactory factory, AnalyzerCatalog catalog, RulesFile? rules, TemplateOutputOptionsProvider configOptions)
    {
        _factory = factory;
        _catalog = catalog;
        _rules = rules;
        _configOptions = configOptions;

        // The analyzers' own notion of generated code and excluded paths: nobody edits those by hand.
        _scope = RedundancyInternals.LoadScope(rules, configOptions);
    }

    /// <param name="edits">Measured edits; one more is made first and discarded (JIT of the request path).</param>
    public CloneEditRun Run(int edits, Action<string> progress)
    {
        var ct = CancellationToken.None;
        var analyzers = _catalog.CreateInstances();
        var cloneIds = new DuplicationAnalyzer().SupportedDiagnostics.Select(d => d.Id).Where(_catalog.SupportedIds.Contains).ToHashSet(StringComparer.Ordinal);
        var editor = new DocumentReanalysis(analyzers, _rules, _configOptions);
        Compilation compilation = _factory.Create(_factory.Parse());
        var full = editor.AnalyzeAll(compilation);
        editor.ThrowIfFailed("the full analysis before the edits");
        progress($"edit probe: full analysis {full.Cpu.TotalMilliseconds:N0} ms CPU");

        var trees = compilation.SyntaxTrees.Where(_scope.Includes).ToList();
        var plan = Plan(trees, edits + 1, (int)(MinTokensMargin * _scope.Settings.MinTokens));
        var samples = new List<CloneEditSample>();
        for (var k = 0; k < plan.Count; k++)
        {
            var (target, insertAt, source) = plan[k];
            var tree = compilation.SyntaxTrees.First(t => t.FilePath == target.FilePath);
            var copy = "\n" + source.WithIdentifier(SyntaxFactory.Identifier($"{source.Identifier.ValueText}BenchCopy{k + 1}")).ToFullString();
            var text = tree.GetText(ct);
            var edited = tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(insertAt, 0), copy)));
            var copySpan = new TextSpan(insertAt, copy.Length);
            compilation = compilation.ReplaceSyntaxTree(tree, edited);

            var request = editor.Request(compilation, edited);
            var inEdited = request.Diagnostics.Where(d => cloneIds.Contains(d.Id) && Touches(d, edited, copySpan)).ToList();
            var found = inEdited.Count > 0 ? "edited document" : "no";
            if (inEdited.Count == 0 && cloneIds.Count > 0)
            {
                // Reported once, on the other copy? Ask the original's document too, untimed: the edited one is what was measured.
                var original = compilation.SyntaxTrees.First(t => t.FilePath == source.SyntaxTree.FilePath);
                inEdited = editor.SyntaxDiagnostics(compilation, original).Where(d => cloneIds.Contains(d.Id) && Touches(d, edited, copySpan)).ToList();
                found = inEdited.Count > 0 ? "other document" : "no";
            }

            editor.ThrowIfFailed("the edit re-analysis");
            var sample = new CloneEditSample(
                edited.FilePath,
                text.Lines.Count,
                source.Identifier.ValueText,
                source.SyntaxTree.FilePath,
                request,
                cloneIds.Count == 0 ? "n/a" : found,
                inEdited.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).ToList());
            progress($"edit {k + 1}/{plan.Count}{(k == 0 ? " (warm-up)" : string.Empty)}: {System.IO.Path.GetFileName(sample.Document)} "
                + $"({sample.DocumentLines} lines), {request.Cpu.TotalMilliseconds:N1} ms CPU, {request.Wall.TotalMilliseconds:N1} ms wall, copy reported: {sample.CopyFound}");
            if (k > 0)
            {
                samples.Add(sample);
            }
        }

        return new CloneEditRun(compilation.SyntaxTrees.Count(), full, samples, cloneIds.Count > 0);
    }

    /// <summary>
    /// Which document gets which copy: documents with a type to insert into, spread evenly over the ordinal path order,
    /// the largest of them among the measured edits; for each, a method of another document (spread too, never reused).
    /// </summary>
    private static List<(SyntaxTree Target, int InsertAt, MethodDeclarationSyntax Source)> Plan(IReadOnlyList<SyntaxTree> trees, int count, int minTokens)
    {
        var targets = new List<(SyntaxTree Tree, int InsertAt, int Lines)>();
        var sources = new List<MethodDeclarationSyntax>();
        foreach (var tree in trees)
        {
            var root = tree.GetRoot();
            var type = root.DescendantNodes().OfType<TypeDeclarationSyntax>().FirstOrDefault(t => t is ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax && !t.CloseBraceToken.IsMissing);
            if (type is not null)
            {
                targets.Add((tree, type.CloseBraceToken.SpanStart, tree.GetText().Lines.Count));
            }

            sources.AddRange(root.DescendantNodes().OfType<MethodDeclarationSyntax>().Where(m => IsCopyable(m, minTokens)));
        }

        if (targets.Count < 2 || sources.Count == 0)
        {
            return [];
        }

        count = Math.Min(count, targets.Count);
        var largest = targets.MaxBy(t => t.Lines);
        var chosen = Enumerable.Range(0, count).Select(i => targets[(int)((long)i * targets.Count / count)]).Distinct().ToList();
        if (!chosen.Contains(largest))
        {
            // Index 0 is the discarded warm-up edit, so the largest file replaces the last measured one.
            chosen[^1] = largest;
        }

        var plan = new List<(SyntaxTree, int, MethodDeclarationSyntax)>();
        var used = new HashSet<MethodDeclarationSyntax>();
        for (var i = 0; i < chosen.Count; i++)
        {
            var target = chosen[i];
            var start = (int)((long)(2 * i + 1) * sources.Count / (2 * chosen.Count));
            var source = Enumerable.Range(0, sources.Count)
                .Select(offset => sources[(start + offset) % sources.Count])
                .FirstOrDefault(m => m.SyntaxTree != target.Tree && !used.Contains(m));
            if (source is not null)
            {
                used.Add(source);
                plan.Add((target.Tree, target.InsertAt, source));
            }
        }

        return plan;
    }

    /// <summary>
    /// An ordinary method a developer might copy: a block body of a few statements, not an override or an extension
    /// (which a copy into another type could not be), no preprocessor directives (a copy could break their pairing).
    /// </summary>
    internal static bool IsCopyable(MethodDeclarationSyntax method, int minTokens)
        => method.Body is { Statements.Count: >= MinStatements } body
            && body.DescendantTokens().Count() >= minTokens
            && method.Parent is ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax
            && !method.Modifiers.Any(m => m.IsKind(SyntaxKind.OverrideKeyword) || m.IsKind(SyntaxKind.PartialKeyword) || m.IsKind(SyntaxKind.ExternKeyword))
            && !(method.ParameterList.Parameters.FirstOrDefault()?.Modifiers.Any(SyntaxKind.ThisKeyword) ?? false)
            && !method.ContainsDirectives
            && body.SyntaxTree.GetLineSpan(method.Span).EndLinePosition.Line - body.SyntaxTree.GetLineSpan(method.Span).StartLinePosition.Line < MaxLines;

    /// <summary>Whether the diagnostic is on the copy or names it as an additional location.</summary>
    private static bool Touches(Diagnostic diagnostic, SyntaxTree edited, TextSpan copy)
        => diagnostic.AdditionalLocations.Prepend(diagnostic.Location)
            .Any(location => location.SourceTree == edited && location.SourceSpan.IntersectsWith(copy));
}
