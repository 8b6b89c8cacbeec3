using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Tests.Verification;

/// <summary>
/// The one place where tests turn source text into syntax trees, compilations and workspace projects: the verifiers,
/// the cache tests, the clone corpus and the fix-everything tests all build their code here, with the same parse
/// options and the same reference assemblies (<see cref="ReferenceAssemblies.Net"/>).
/// </summary>
internal static class TestProject
{
    /// <summary>Current C# (preview), with documentation comments parsed as the compiler does for a documented build.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview, DocumentationMode.Parse);

    public static CSharpCompilationOptions CompilationOptions(
        OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary, NullableContextOptions nullable = NullableContextOptions.Enable) =>
        new(outputKind, nullableContextOptions: nullable);

    public static SyntaxTree Parse(string path, string text, CSharpParseOptions? options = null) =>
        CSharpSyntaxTree.ParseText(Text(text), options ?? ParseOptions, path);

    /// <summary>A library compiled against <see cref="ReferenceAssemblies.Net"/> (plus <paramref name="references"/>).</summary>
    public static CSharpCompilation Compile(
        string assemblyName, IEnumerable<SyntaxTree> trees, IEnumerable<MetadataReference>? references = null, CSharpCompilationOptions? options = null) =>
        CSharpCompilation.Create(assemblyName, trees, references ?? ReferenceAssemblies.Net, options ?? CompilationOptions());

    /// <summary>
    /// Adds the project to <paramref name="workspace"/>, so that edits applied to the workspace later keep every
    /// unchanged document's syntax tree, as an editor's workspace does.
    /// </summary>
    public static Project AddTo(AdhocWorkspace workspace, ProjectSpec spec) => workspace.AddProject(Info(spec));

    /// <summary>A new workspace's solution with the project in it (the workspace itself stays empty: fixes are only previewed).</summary>
    public static (AdhocWorkspace Workspace, Solution Solution) Create(ProjectSpec spec)
    {
        var workspace = new AdhocWorkspace();
        return (workspace, workspace.CurrentSolution.AddProject(Info(spec)));
    }

    /// <summary>Compiles a referenced project into an assembly of its own, referenced as metadata.</summary>
    /// <exception cref="VerificationException">It does not compile.</exception>
    public static MetadataReference CompileReference(
        string assemblyName, IReadOnlyList<string> sources, CSharpParseOptions parseOptions, IEnumerable<MetadataReference> references)
    {
        var compilation = Compile(assemblyName, sources.Select((text, i) => Parse($"/{assemblyName}/Source{i}.cs", text, parseOptions)), references);
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(DiagnosticFormatter.Format);
            throw new VerificationException($"Referenced project '{assemblyName}' does not compile:\n" + string.Join("\n", errors));
        }

        return MetadataReference.CreateFromImage(image.ToArray(), filePath: $"/{assemblyName}/{assemblyName}.dll");
    }

    private static ProjectInfo Info(ProjectSpec spec)
    {
        var projectId = ProjectId.CreateNewId(spec.AssemblyName);
        DocumentInfo Document((string Path, string Text) file) => DocumentInfo.Create(
            DocumentId.CreateNewId(projectId, file.Path),
            Path.GetFileName(file.Path),
            loader: TextLoader.From(TextAndVersion.Create(Text(file.Text), VersionStamp.Default, file.Path)),
            filePath: file.Path);

        return ProjectInfo.Create(
                projectId,
                VersionStamp.Default,
                name: spec.AssemblyName,
                assemblyName: spec.AssemblyName,
                language: LanguageNames.CSharp,
                compilationOptions: spec.CompilationOptions,
                parseOptions: spec.ParseOptions,
                documents: spec.Sources.Select(Document),
                metadataReferences: spec.References,
                additionalDocuments: spec.AdditionalFiles.Select(Document))
            // Also in the workspace, so that code fixes that read options see them.
            .WithAnalyzerConfigDocuments(spec.AnalyzerConfigFiles.Select(Document));
    }

    private static SourceText Text(string text) => SourceText.From(text, Encoding.UTF8);
}
