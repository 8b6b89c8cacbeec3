using System;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Abstractions;

namespace Harness.Analyzers.Tests.CodeFixes;

/// <summary>
/// A small program full of the redundancy the fixes collapse (tests/BehaviourProgram) is run, fixed with FixAll for
/// every fix, recompiled and run again: the output must be the same, and the redundancy findings gone.
/// </summary>
public class BehaviourPreservationTests
{
    /// <summary>The program's folder, copied beside this assembly from tests/BehaviourProgram.</summary>
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "BehaviourProgram");

    private readonly ITestOutputHelper _output;

    public BehaviourPreservationTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Fixing_everything_keeps_the_output_and_removes_the_redundancy()
    {
        using var workspace = new AdhocWorkspace();
        var (solution, projectId) = CreateSolution(workspace);
        var fixer = SolutionFixer.ForPackage();
        var before = await fixer.AnalyzeAsync(solution.GetProject(projectId)!, CancellationToken.None);
        var expectedOutput = await RunAsync(solution.GetProject(projectId)!);

        var (fixedSolution, applied) = await fixer.FixAllAsync(solution, projectId, CancellationToken.None);
        var after = await fixer.AnalyzeAsync(fixedSolution.GetProject(projectId)!, CancellationToken.None);
        foreach (var document in fixedSolution.GetProject(projectId)!.Documents)
        {
            _output.WriteLine($"// {document.Name}\n{(await document.GetTextAsync()).ToString()}");
        }

        _output.WriteLine($"Redundancy findings before: {Count(before)}, after: {Count(after)}; FixAll actions applied: {applied}");
        Assert.Equal(expectedOutput, await RunAsync(fixedSolution.GetProject(projectId)!));
        // One report per finding, each kind at least once: the fixes below must have all of them to remove.
        Assert.True(Count(before) >= 7, $"the program should be full of redundancy, found {Count(before)}");
        Assert.Empty(after.Where(IsRedundancy).Select(d => d.ToString()));
    }

    private static int Count(System.Collections.Immutable.ImmutableArray<Diagnostic> diagnostics) => diagnostics.Count(IsRedundancy);

    private static bool IsRedundancy(Diagnostic diagnostic) => diagnostic.Id.StartsWith("HAR2", StringComparison.Ordinal);

    private static (Solution Solution, ProjectId ProjectId) CreateSolution(AdhocWorkspace workspace)
    {
        var project = TestProject.AddTo(workspace, ProjectSpec.For(
            "Demo",
            Directory.GetFiles(Folder, "*.cs").OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => ("/repo/src/" + Path.GetFileName(path), File.ReadAllText(path))),
            [("/repo/harness.rules", File.ReadAllText(Path.Combine(Folder, "harness.rules")))],
            new CSharpParseOptions(LanguageVersion.Latest),
            TestProject.CompilationOptions(nullable: NullableContextOptions.Disable)));
        return (project.Solution, project.Id);
    }

    /// <summary>Compiles the project and calls <c>Demo.Program.Run()</c> in a collectible load context.</summary>
    private static async Task<string> RunAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        var context = new AssemblyLoadContext("behaviour", isCollectible: true);
        try
        {
            image.Position = 0;
            var run = context.LoadFromStream(image).GetType("Demo.Program")!.GetMethod("Run")!;
            return (string)run.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}
