using System.Threading;
using Harness.Analyzers.Architecture;
using Harness.Analyzers.Configuration;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Architecture;

/// <summary>
/// The name index decides which names are bound. A private member of a layer's type can only be used by its own
/// type, in its own layer, so its name is left out; everything another layer could reach stays in.
/// </summary>
public class NameIndexTests
{
    private const string Rules = """
        root = true

        [layer domain]
        namespaces = Shop.Domain.**
        may_use    = nothing

        [layer infrastructure]
        namespaces = Shop.Infrastructure.**
        may_use    = domain
        """;

    private const string Code = """
        namespace Shop.Infrastructure
        {
            public class Store
            {
                private int secret;
                private class Hidden { public int Inside; }
                protected void Extend() { }
                internal int Count => secret;
                public void Save() { }
            }
        }
        """;

    [Theory]
    [InlineData("Store", true)]
    [InlineData("Save", true)]
    [InlineData("Count", true)]
    [InlineData("Extend", true)]
    [InlineData("secret", false)]
    [InlineData("Hidden", false)]
    [InlineData("Inside", false)]
    public void A_layer_indexes_the_names_other_types_can_use(string name, bool indexed)
    {
        var compilation = TestProject.Compile("Shop", [TestProject.Parse("/repo/src/Store.cs", Code)]);
        var rules = RulesText.Merge(Rules);
        var index = NameIndex.Build(new ArchitectureModel(rules, "Shop"), compilation, CancellationToken.None);

        Assert.Equal(indexed, index.InterestsOf(name).Length > 0);
    }
}
