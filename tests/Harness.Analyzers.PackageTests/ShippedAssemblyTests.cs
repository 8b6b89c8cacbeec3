using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Xunit;

namespace Harness.Analyzers.PackageTests;

/// <summary>
/// Every DLL the packages ship (Harness.Analyzers and every rule pack, as packed into the feed) loads in a Roslyn 4.5
/// host: it references no assembly, nor assembly version, that Roslyn 4.5 does not bring itself. A code-fix DLL that
/// referenced System.Composition.AttributedModel 8.0 (for <c>[Shared]</c>) was dropped without a word by hosts that
/// ship 6.0; the fix providers are created by reflection from the analyzer reference, so they need no MEF attribute.
/// The build tasks (under build/) load in MSBuild instead: netstandard 2.0 and MSBuild's own assemblies, whose version
/// has been 15.1.0.0 since MSBuild 15.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class ShippedAssemblyTests
{
    private readonly PackedFeed _feed;

    public ShippedAssemblyTests(PackedFeed feed)
    {
        _feed = feed;
        _feed.Require();
    }

    private static readonly Dictionary<string, Version> MSBuildProvides = new(StringComparer.OrdinalIgnoreCase)
    {
        ["netstandard"] = new Version(2, 0, 0, 0),
        ["Microsoft.Build.Framework"] = new Version(15, 1, 0, 0),
        ["Microsoft.Build.Utilities.Core"] = new Version(15, 1, 0, 0),
    };

    [Fact]
    public void Shipped_assemblies_reference_nothing_newer_than_Roslyn_4_5_and_its_dependencies()
    {
        var provided = RoslynHost.ProvidedAssemblies(RepositoryPaths.MachinePackages);
        // The table is read from the packages; these entries show it was read (and what it is about).
        Assert.Equal(new Version(4, 5, 0, 0), provided["Microsoft.CodeAnalysis.Workspaces"]);
        Assert.Equal(new Version(6, 0, 0, 0), provided["System.Collections.Immutable"]);
        Assert.Equal(new Version(6, 0, 0, 0), provided["System.Composition.AttributedModel"]);

        var shipped = ShippedAssemblies();
        Assert.Contains(shipped, a => a.Package == PackedFeed.AnalyzerId && a.Entry == "analyzers/dotnet/cs/Harness.Analyzers.dll");
        Assert.Contains(shipped, a => a.Package == PackedFeed.AnalyzerId && a.Entry == "analyzers/dotnet/cs/Harness.Analyzers.CodeFixes.dll");
        Assert.Contains(shipped, a => a.Package == PackedFeed.AnalyzerId && a.Entry == "build/Harness.Analyzers.Tasks.dll");

        // An assembly may reference another that ships beside it in the same package folder.
        var besideEachOther = shipped.GroupBy(a => (a.Package, Path.GetDirectoryName(a.Entry)))
            .ToDictionary(g => g.Key, g => g.Select(a => a.Name).ToHashSet(StringComparer.OrdinalIgnoreCase));

        var problems = new List<string>();
        foreach (var assembly in shipped)
        {
            foreach (var (name, version) in assembly.References)
            {
                if (besideEachOther[(assembly.Package, Path.GetDirectoryName(assembly.Entry))].Contains(name))
                {
                    continue;
                }

                var isTask = !assembly.Entry.StartsWith("analyzers/", StringComparison.Ordinal);
                var host = isTask ? "MSBuild 17.4" : "Roslyn " + RoslynHost.MinimumVersion;
                if (!(isTask ? MSBuildProvides : provided).TryGetValue(name, out var allowed))
                {
                    problems.Add($"{assembly.Package}: {assembly.Entry} references {name} {version}, which {host} does not bring: the host may not have it");
                }
                else if (version > allowed)
                {
                    problems.Add($"{assembly.Package}: {assembly.Entry} references {name} {version}, newer than the {allowed} of {host}: such a host cannot load it");
                }
            }
        }

        Assert.True(
            problems.Count == 0,
            "Shipped assemblies must load in every host the README promises (Roslyn " + RoslynHost.MinimumVersion + "+):"
            + string.Concat(problems.Select(p => Environment.NewLine + "  " + p)));
    }

    /// <summary>Every .dll in every package of the feed, read from the .nupkg itself.</summary>
    private List<(string Package, string Entry, string Name, IReadOnlyList<(string Name, Version Version)> References)> ShippedAssemblies()
    {
        var assemblies = new List<(string, string, string, IReadOnlyList<(string, Version)>)>();
        foreach (var id in new[] { PackedFeed.AnalyzerId }.Concat(_feed.RulePackIds))
        {
            using var package = ZipFile.OpenRead(_feed.Nupkg(id));
            foreach (var entry in package.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
            {
                using var image = new MemoryStream();
                using (var stream = entry.Open())
                {
                    stream.CopyTo(image);
                }

                image.Position = 0;
                var (name, _, references) = RoslynHost.Read(image);
                assemblies.Add((id, entry.FullName, name, references));
            }
        }

        return assemblies;
    }
}
