using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Tests.Verification;

/// <summary>
/// The .NET reference assemblies that test sources compile against, loaded once per test run.
/// First choice: the fixed <c>Microsoft.NETCore.App.Ref</c> package that the test project restores through
/// <c>PackageDownload</c> (its folder is baked into this assembly as <c>AssemblyMetadata("TestReferenceAssemblies")</c>).
/// Fallback: the newest ref pack of the running runtime's major version in the SDK's <c>packs</c> folder.
/// </summary>
public static class ReferenceAssemblies
{
    private const string MetadataKey = "TestReferenceAssemblies";

    private static readonly Lazy<(string Directory, ImmutableArray<MetadataReference> References)> s_net = new(Load);

    /// <summary>The folder the references come from.</summary>
    public static string Directory => s_net.Value.Directory;

    public static ImmutableArray<MetadataReference> Net => s_net.Value.References;

    private static (string, ImmutableArray<MetadataReference>) Load()
    {
        var directory = Locate();
        var references = System.IO.Directory.GetFiles(directory, "*.dll")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
        return (directory, references);
    }

    private static string Locate()
    {
        var restored = typeof(ReferenceAssemblies).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == MetadataKey)?.Value;
        if (HasAssemblies(restored))
        {
            return restored!;
        }

        return FindSdkRefPack() ?? throw new InvalidOperationException(
            $"No .NET reference assemblies found: neither '{restored}' (restore the test project) nor a ref pack in the SDK's packs folder.");
    }

    /// <summary>The newest <c>packs/Microsoft.NETCore.App.Ref/{major}.x/ref/net{major}.0</c> next to the running runtime, if any.</summary>
    internal static string? FindSdkRefPack()
    {
        var packs = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", "packs", "Microsoft.NETCore.App.Ref"));
        var major = Environment.Version.Major;
        return System.IO.Directory.Exists(packs)
            ? System.IO.Directory.GetDirectories(packs, $"{major}.*")
                .Select(version => (Version: Version.TryParse(Path.GetFileName(version).Split('-')[0], out var v) ? v : null, Path: Path.Combine(version, "ref", $"net{major}.0")))
                .Where(candidate => candidate.Version is not null && HasAssemblies(candidate.Path))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Path)
                .FirstOrDefault()
            : null;
    }

    private static bool HasAssemblies(string? directory) =>
        !string.IsNullOrEmpty(directory) && File.Exists(Path.Combine(directory, "System.Runtime.dll"));
}
