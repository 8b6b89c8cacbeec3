using Xunit;

namespace Harness.Analyzers.PackageTests;

/// <summary>The end-to-end tests each run `dotnet build`s that take all the cores: one class at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EndToEndCollection
{
    public const string Name = "EndToEnd";
}
