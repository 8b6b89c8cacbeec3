using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Harness.Analyzers.PackageTests;

/// <summary>Where the repository is: HARNESS_REPO_ROOT, else the folder this project was built from.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string PackageProject => Path.Combine(Root, "src", "Harness.Analyzers.Package", "Harness.Analyzers.Package.csproj");

    /// <summary>This machine's NuGet package folder: NUGET_PACKAGES, else the one this project was restored with.</summary>
    public static string MachinePackages =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages
            ? packages
            : typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "HarnessNuGetPackageRoot").Value!;

    private static string FindRoot()
    {
        var root = Environment.GetEnvironmentVariable("HARNESS_REPO_ROOT");
        if (string.IsNullOrEmpty(root))
        {
            root = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "HarnessRepositoryRoot").Value;
        }

        if (root is null || !File.Exists(Path.Combine(root, "Harness.Analyzers.sln")))
        {
            throw new InvalidOperationException($"'{root}' is not the Harness.Analyzers repository (no Harness.Analyzers.sln). Set HARNESS_REPO_ROOT.");
        }

        return Path.GetFullPath(root);
    }
}
