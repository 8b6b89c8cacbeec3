using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Harness.Analyzers.Tests.Redundancy.CloneInjection;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Abstractions;

namespace Harness.Analyzers.Tests.CodeFixes;

/// <summary>
/// FixAll for every fix over the clone-injection corpus with clones of every kind injected: the corpus still
/// compiles, and the redundancy findings drop.
/// </summary>
[Collection(CloneCorpusCollection.Name)]
public class CloneCorpusFixAllTests(CloneCorpusFixture fixture, ITestOutputHelper output)
{
    private const int MutantsPerKind = 12;

    private static readonly ICloneMutator[] Mutators = { new Type1Mutator(), new Type2Mutator(), new Type3Mutator(), new OneValueChangedMutator() };

    [Fact]
    public async Task Fixing_everything_leaves_the_corpus_compiling_with_fewer_findings()
    {
        var random = new Random(CloneCorpusFixture.Seed);
        var mutants = Mutators.SelectMany(m => RecallExperiment.ChooseMutants(fixture.Compiled, m, MutantsPerKind, random, out _)).ToList();
        var (_, compilation) = RecallExperiment.InjectAndCompile(fixture.Compiled, mutants, random);

        using var workspace = new AdhocWorkspace();
        var (solution, projectId) = ToSolution(workspace, compilation);
        var fixer = SolutionFixer.ForPackage();
        var before = await fixer.AnalyzeAsync(solution.GetProject(projectId)!, CancellationToken.None);
        var (fixedSolution, applied) = await fixer.FixAllAsync(solution, projectId, CancellationToken.None);
        var fixedProject = fixedSolution.GetProject(projectId)!;
        var after = await fixer.AnalyzeAsync(fixedProject, CancellationToken.None);
        var errors = (await fixedProject.GetCompilationAsync())!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        output.WriteLine($"{mutants.Count} clones injected into {fixture.Corpus.Methods.Length} generated methods; {applied} FixAll actions applied.");
        output.WriteLine("| Rule | Before | After |");
        output.WriteLine("|---|---:|---:|");
        foreach (var id in before.Concat(after).Select(d => d.Id).Where(IsRedundancy).Distinct().OrderBy(id => id, StringComparer.Ordinal))
        {
            output.WriteLine($"| {id} | {before.Count(d => d.Id == id)} | {after.Count(d => d.Id == id)} |");
        }

        output.WriteLine($"| all | {before.Count(d => IsRedundancy(d.Id))} | {after.Count(d => IsRedundancy(d.Id))} |");
        Assert.Empty(errors.Select(e => e.ToString()));
        // Copies across types of instance methods, and copies with several changed values, have no safe fix; the rest go.
        Assert.True(after.Count(d => IsRedundancy(d.Id)) < before.Count(d => IsRedundancy(d.Id)), "FixAll should remove redundancy findings");
        Assert.True(after.Count(d => d.Id == DiagnosticIds.IdenticalBranches) < before.Count(d => d.Id == DiagnosticIds.IdenticalBranches));
        Assert.True(after.Count(d => d.Id == DiagnosticIds.VersionedTwin) < before.Count(d => d.Id == DiagnosticIds.VersionedTwin));
    }

    private static bool IsRedundancy(string id) => id.StartsWith("HAR2", StringComparison.Ordinal);

    private static (Solution Solution, ProjectId ProjectId) ToSolution(AdhocWorkspace workspace, Compilation compilation)
    {
        var project = TestProject.AddTo(workspace, ProjectSpec.For(
            "Corpus",
            compilation.SyntaxTrees.Select(tree => (tree.FilePath, tree.GetText().ToString())),
            [(DuplicationRun.RulesPath, DuplicationRun.DefaultRules)],
            (CSharpParseOptions)compilation.SyntaxTrees.First().Options,
            (CSharpCompilationOptions)compilation.Options,
            compilation.References));
        return (project.Solution, project.Id);
    }
}
