using Xunit;

namespace Harness.Analyzers.PackageTests;

/// <summary>
/// The end-to-end tests each run `dotnet build`s that take all the cores: one class at a time. They share
/// one <see cref="PackedFeed"/>: the analyzer and the rule packs, packed once per run.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EndToEndCollection : ICollectionFixture<PackedFeed>
{
    public const string Name = "EndToEnd";
}
