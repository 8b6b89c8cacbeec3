using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Harness.Analyzers.Benchmarks.Measurement;
using Harness.Analyzers.Redundancy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Benchmarks.Fixes;

/// <summary>
/// The corpus as one project in an <see cref="AdhocWorkspace"/>, as the editor hands it to a code fix: the benchmark
/// compilation's documents (same paths and texts), references, parse and compilation options; the
/// <c>harness.rules</c> as an additional document; and the template output marked by a global analyzer config, so a
/// fix that loads the redundancy scope from <see cref="Project.AnalyzerOptions"/> sees what the analyzer saw.
/// </summary>
internal sealed class FixWorkspace : IDisposable
{
    private readonly AdhocWorkspace _workspace;

    private FixWorkspace(AdhocWorkspace workspace, Project project)
    {
        _workspace = workspace;
        Project = project;
    }

    /// <summary>The corpus project, unchanged.</summary>
    public Project Project { get; }

    public static FixWorkspace Create(CompilationFactory factory, RulesFile? rules, IReadOnlySet<string> templateOutputPaths, string root)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId(factory.AssemblyName);
        var documents = factory.Files
            .Select(file => DocumentInfo.Create(
                DocumentId.CreateNewId(projectId, file.Path),
                Path.GetFileName(file.Path),
                loader: Loader(file.Path, file.Text),
                filePath: file.Path))
            .ToList();
        var additional = rules is null
            ? []
            : new[] { DocumentInfo.Create(DocumentId.CreateNewId(projectId, rules.Path), Path.GetFileName(rules.Path), loader: Loader(rules.Path, rules.Text), filePath: rules.Path) };
        var configPath = Path.Combine(root, "obj", "Harness.Benchmark.TemplateOutput.globalconfig");
        var config = DocumentInfo.Create(
            DocumentId.CreateNewId(projectId, configPath), Path.GetFileName(configPath), loader: Loader(configPath, TemplateOutputConfig(templateOutputPaths)), filePath: configPath);
        var project = ProjectInfo.Create(
                projectId,
                VersionStamp.Create(),
                factory.AssemblyName,
                factory.AssemblyName,
                LanguageNames.CSharp,
                filePath: Path.Combine(root, factory.AssemblyName + ".csproj"),
                compilationOptions: factory.Options,
                parseOptions: factory.ParseOptions,
                documents: documents,
                metadataReferences: factory.References,
                additionalDocuments: additional)
            .WithAnalyzerConfigDocuments([config]);
        return new FixWorkspace(workspace, workspace.AddProject(project));
    }

    /// <summary>Whether the project's analyzer options mark <paramref name="path"/> as template output, as the benchmark's driver runs do.</summary>
    public bool MarksTemplateOutput(string path)
        => Project.Documents.FirstOrDefault(d => d.FilePath == path)?.GetSyntaxTreeAsync().GetAwaiter().GetResult() is { } tree
            && Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(RedundancyScope.TemplateOutputKey, out var value)
            && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    public void Dispose() => _workspace.Dispose();

    private static TextLoader Loader(string path, string text)
        => TextLoader.From(TextAndVersion.Create(SourceText.From(text, Encoding.UTF8), VersionStamp.Create(), path));

    // A global config's sections are absolute paths; the key is the one the package's build props set.
    private static string TemplateOutputConfig(IReadOnlySet<string> templateOutputPaths)
    {
        var text = new StringBuilder("is_global = true\n");
        foreach (var path in templateOutputPaths.Order(StringComparer.Ordinal))
        {
            text.Append('[').Append(path.Replace('\\', '/')).Append("]\n")
                .Append(RedundancyScope.TemplateOutputKey).Append(" = true\n");
        }

        return text.ToString();
    }
}
