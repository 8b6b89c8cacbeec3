using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace Harness.Analyzers.Benchmarks.Corpus;

/// <summary>
/// The C# files a build of the folder's projects marks as text-template output, read from the <c>*.csproj</c> files
/// directly in the folder with the rules of the package's <c>_HarnessMarkTemplateOutput</c> target
/// (src/Harness.Analyzers.Package/build/Harness.Analyzers.props): the <c>LastGenOutput</c> of a <c>None</c> or
/// <c>Content</c> item, in that item's folder; a <c>Compile</c> item with <c>AutoGen</c> true or <c>DependentUpon</c>
/// a <c>.tt</c> file. The build then hands analyzers <c>build_metadata.Compile.HarnessTemplateOutput = true</c> for
/// them; in memory nothing would, and the benchmark would judge generated code as hand-written.
/// </summary>
/// <remarks>
/// Plain XML, not MSBuild: no imports, properties, conditions or wildcards are evaluated. Template items are written
/// by Visual Studio as literal paths in the project file itself, which is all this needs to see.
/// </remarks>
internal static class TemplateOutputs
{
    /// <summary>Full paths, compared as MSBuild compares item specs (ignoring case).</summary>
    public static IReadOnlySet<string> FindIn(IEnumerable<string> folders)
    {
        var paths = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var project in folders.SelectMany(folder => Directory.EnumerateFiles(folder, "*.csproj", SearchOption.TopDirectoryOnly)))
        {
            paths.UnionWith(FindInProject(project));
        }

        return paths;
    }

    private static IEnumerable<string> FindInProject(string projectPath)
    {
        var projectFolder = Path.GetDirectoryName(projectPath)!;

        // Old-style projects put every element in the MSBuild namespace, SDK-style ones in none: match local names.
        foreach (var item in XDocument.Load(projectPath).Descendants().Where(e => e.Parent?.Name.LocalName == "ItemGroup"))
        {
            var kind = item.Name.LocalName;
            foreach (var spec in ItemSpecs(item))
            {
                if (kind is "None" or "Content" && Metadata(item, "LastGenOutput") is { Length: > 0 } output)
                {
                    // %(RootDir)%(Directory)%(LastGenOutput): the output sits beside the template.
                    yield return Resolve(projectFolder, Path.Combine(Path.GetDirectoryName(spec) ?? string.Empty, output));
                }
                else if (kind == "Compile" && IsTemplateCompile(item))
                {
                    yield return Resolve(projectFolder, spec);
                }
            }
        }
    }

    // As the target's condition: MSBuild's == ignores case; String.EndsWith('.tt') does not.
    private static bool IsTemplateCompile(XElement item)
        => string.Equals(Metadata(item, "AutoGen")?.Trim(), "true", StringComparison.OrdinalIgnoreCase)
            || (Metadata(item, "DependentUpon")?.EndsWith(".tt", StringComparison.Ordinal) ?? false);

    /// <summary>Include or Update (an SDK project updates the items its default globs made), split at ';', wildcards skipped.</summary>
    private static IEnumerable<string> ItemSpecs(XElement item)
        => ((string?)item.Attribute("Include") ?? (string?)item.Attribute("Update") ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(ToLocalSeparators)
            .Where(spec => spec.IndexOfAny(['*', '?', '$', '@', '%']) < 0);

    /// <summary>Metadata may be written as a child element or as an attribute of the item.</summary>
    private static string? Metadata(XElement item, string name)
        => ((string?)item.Elements().FirstOrDefault(e => e.Name.LocalName == name) ?? (string?)item.Attribute(name))?.Trim();

    private static string Resolve(string projectFolder, string relativePath)
        => Path.GetFullPath(Path.Combine(projectFolder, ToLocalSeparators(relativePath)));

    // Project files written on Windows say IL\Instructions.tt; on Linux '\' is a file name character.
    private static string ToLocalSeparators(string path) => path.Replace('\\', Path.DirectorySeparatorChar);
}
