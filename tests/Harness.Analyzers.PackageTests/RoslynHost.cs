using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Harness.Analyzers.PackageTests;

/// <summary>
/// What the oldest compiler host the package supports provides to an analyzer assembly: Roslyn 4.5 (Visual Studio
/// 2022 17.5, the README's promise; Directory.Packages.props compiles the product against it). Read from the
/// Microsoft.CodeAnalysis 4.5.0 packages themselves, not typed in: the identities of their four assemblies, and every
/// assembly version they reference (System.Collections.Immutable 6.0, System.Reflection.Metadata 6.0,
/// System.Composition.* 6.0 for Workspaces, netstandard 2.0, ...), which is what a Roslyn 4.5 host loads beside them.
/// The packages are in this machine's NuGet folder because the product projects restore them.
/// </summary>
internal static class RoslynHost
{
    public const string MinimumVersion = "4.5.0";

    /// <summary>The host assemblies, by package ID (lower case, as NuGet lays out its folder) and assembly name.</summary>
    private static readonly (string PackageId, string AssemblyName)[] HostAssemblies =
    {
        ("microsoft.codeanalysis.common", "Microsoft.CodeAnalysis"),
        ("microsoft.codeanalysis.csharp", "Microsoft.CodeAnalysis.CSharp"),
        ("microsoft.codeanalysis.workspaces.common", "Microsoft.CodeAnalysis.Workspaces"),
        ("microsoft.codeanalysis.csharp.workspaces", "Microsoft.CodeAnalysis.CSharp.Workspaces"),
    };

    /// <summary>Assembly name → the newest version a Roslyn <see cref="MinimumVersion"/> host is known to provide.</summary>
    public static IReadOnlyDictionary<string, Version> ProvidedAssemblies(string packageRoot)
    {
        var provided = new Dictionary<string, Version>(StringComparer.OrdinalIgnoreCase);
        void Add(string name, Version version)
        {
            if (!provided.TryGetValue(name, out var known) || version > known)
            {
                provided[name] = version;
            }
        }

        foreach (var (packageId, assemblyName) in HostAssemblies)
        {
            var path = Path.Combine(packageRoot, packageId, MinimumVersion, "lib", "netstandard2.0", assemblyName + ".dll");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException(
                    $"{assemblyName} {MinimumVersion} is not in the NuGet folder {packageRoot} (restore src/Harness.Analyzers.CodeFixes first).", path);
            }

            using var stream = File.OpenRead(path);
            var identity = Read(stream);
            Add(identity.Name, identity.Version);
            foreach (var reference in identity.References)
            {
                Add(reference.Name, reference.Version);
            }
        }

        return provided;
    }

    /// <summary>An assembly's own name and version, and the name and version of every assembly it references.</summary>
    public static (string Name, Version Version, IReadOnlyList<(string Name, Version Version)> References) Read(Stream peImage)
    {
        using var pe = new PEReader(peImage, PEStreamOptions.LeaveOpen);
        var metadata = pe.GetMetadataReader();
        var definition = metadata.GetAssemblyDefinition();
        var references = new List<(string, Version)>();
        foreach (var handle in metadata.AssemblyReferences)
        {
            var reference = metadata.GetAssemblyReference(handle);
            references.Add((metadata.GetString(reference.Name), reference.Version));
        }

        return (metadata.GetString(definition.Name), definition.Version, references);
    }
}
