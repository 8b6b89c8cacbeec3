using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Tests.Verification;

/// <summary>Everything that goes into the test project, with markup already removed.</summary>
internal sealed record ProjectSpec(
    string AssemblyName,
    CSharpParseOptions ParseOptions,
    CSharpCompilationOptions CompilationOptions,
    ImmutableArray<MetadataReference> References,
    ImmutableArray<(string Path, string Text)> Sources,
    ImmutableArray<(string Path, string Text)> AdditionalFiles,
    ImmutableArray<(string Path, string Text)> AnalyzerConfigFiles);

/// <summary>Builds the one-project solution that analyzers and fixes run on, and compiles referenced projects to metadata.</summary>
internal static class SolutionBuilder
{
    public static (AdhocWorkspace Workspace, Solution Solution) Create(ProjectSpec spec)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId(spec.AssemblyName);
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            name: spec.AssemblyName,
            assemblyName: spec.AssemblyName,
            language: LanguageNames.CSharp,
            compilationOptions: spec.CompilationOptions,
            parseOptions: spec.ParseOptions,
            metadataReferences: spec.References));

        foreach (var (path, text) in spec.Sources)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId, path), Path.GetFileName(path), Text(text), filePath: path);
        }

        foreach (var (path, text) in spec.AdditionalFiles)
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId, path), Path.GetFileName(path), Text(text), filePath: path);
        }

        // Also in the workspace, so that code fixes that read options see them.
        foreach (var (path, text) in spec.AnalyzerConfigFiles)
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId, path), Path.GetFileName(path), Text(text), filePath: path);
        }

        return (workspace, solution);
    }

    /// <summary>Compiles a referenced project into an assembly of its own, referenced as metadata.</summary>
    /// <exception cref="VerificationException">It does not compile.</exception>
    public static MetadataReference CompileReference(
        string assemblyName, IReadOnlyList<string> sources, CSharpParseOptions parseOptions, IEnumerable<MetadataReference> references)
    {
        var trees = sources.Select((text, i) => CSharpSyntaxTree.ParseText(Text(text), parseOptions, $"/{assemblyName}/Source{i}.cs"));
        var compilation = CSharpCompilation.Create(
            assemblyName,
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(DiagnosticFormatter.Format);
            throw new VerificationException($"Referenced project '{assemblyName}' does not compile:\n" + string.Join("\n", errors));
        }

        return MetadataReference.CreateFromImage(image.ToArray(), filePath: $"/{assemblyName}/{assemblyName}.dll");
    }

    private static SourceText Text(string text) => SourceText.From(text, Encoding.UTF8);
}
