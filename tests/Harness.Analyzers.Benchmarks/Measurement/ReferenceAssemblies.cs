using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Benchmarks.Measurement;

/// <summary>
/// The framework the corpus compiles against: the SDK's <c>Microsoft.NETCore.App.Ref</c> pack next to
/// the running dotnet (what <c>dotnet build</c> uses), else the running runtime's own assemblies.
/// </summary>
internal sealed record ReferenceAssemblies(IReadOnlyList<MetadataReference> References, string Source)
{
    public static ReferenceAssemblies Load()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var referencePack = FindReferencePack(runtimeDirectory);
        if (referencePack is not null)
        {
            return new ReferenceAssemblies(FromFiles(Directory.GetFiles(referencePack, "*.dll")), referencePack);
        }

        // Implementation assemblies compile fine, they just expose a little more than the ref pack.
        var trustedPlatformAssemblies = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(path), runtimeDirectory, StringComparison.Ordinal));
        return new ReferenceAssemblies(FromFiles(trustedPlatformAssemblies), $"TRUSTED_PLATFORM_ASSEMBLIES in {runtimeDirectory}");
    }

    /// <summary>
    /// The runtime lives in <c>DOTNET_ROOT/shared/Microsoft.NETCore.App/VERSION</c>, the packs in
    /// <c>DOTNET_ROOT/packs</c>: walk up to the folder that has <c>packs</c>, and take the ref pack of
    /// the running version if the SDK has it, else the newest one for the running target framework.
    /// </summary>
    private static string? FindReferencePack(string runtimeDirectory)
    {
        var runtimeVersion = Path.GetFileName(runtimeDirectory);
        var targetFramework = $"net{Environment.Version.Major}.{Environment.Version.Minor}";
        for (var directory = new DirectoryInfo(runtimeDirectory); directory is not null; directory = directory.Parent)
        {
            var packs = Path.Combine(directory.FullName, "packs", "Microsoft.NETCore.App.Ref");
            if (!Directory.Exists(packs))
            {
                continue;
            }

            return Directory.GetDirectories(packs)
                .Select(versionDirectory => (Version: Path.GetFileName(versionDirectory), Path: Path.Combine(versionDirectory, "ref", targetFramework)))
                .Where(candidate => Directory.Exists(candidate.Path))
                .OrderByDescending(candidate => candidate.Version == runtimeVersion)
                .ThenByDescending(candidate => ParseVersion(candidate.Version))
                .Select(candidate => candidate.Path)
                .FirstOrDefault();
        }

        return null;
    }

    private static Version ParseVersion(string text)
        => Version.TryParse(text.Split('-')[0], out var version) ? version : new Version(0, 0);

    private static IReadOnlyList<MetadataReference> FromFiles(IEnumerable<string> paths)
        => paths.OrderBy(path => path, StringComparer.Ordinal).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToList();
}
