using System.Threading.Tasks;
using Xunit;

namespace Harness.Analyzers.Tests.Configuration;

/// <summary>Precedence, lowest first: rule packs in MSBuild order, then harness.rules from the outermost folder inwards.</summary>
public class RulesPrecedenceTests
{
    private const string Code = """
        namespace Shop.Domain { public class Order { public Shop.Data.Db? Db; public System.DateTime At => System.DateTime.Now; } }
        namespace Shop.Data { public class Db { } }
        """;

    private const string Pack = """
        [layer domain]
        namespaces = Shop.Domain.**
        may_use    = nothing

        [layer data]
        namespaces = Shop.Data.**

        [ban domain]
        P:System.DateTime.Now = use IClock
        """;

    private static string Flagged(string dbMarker, string nowMarker) => $$"""
        namespace Shop.Domain { public class Order { public Shop.Data.{{dbMarker}}? Db; public System.DateTime At => System.DateTime.{{nowMarker}}; } }
        namespace Shop.Data { public class Db { } }
        """;

    [Fact]
    public Task A_pack_alone_applies()
    {
        var test = RulesTest.Create("root = true", Flagged("{|HAR1001:Db|}", "{|HAR1003:Now|}"));
        test.AdditionalFiles.Add(("/packs/Team.harness.rules", Pack));
        return test.RunAsync();
    }

    [Fact]
    public Task The_repository_file_overrides_a_key_of_the_pack_and_lifts_a_ban_with_off()
    {
        var test = RulesTest.Create("[layer domain]\nmay_use = data\n\n[ban domain]\nP:System.DateTime.Now = off\n", Code);
        test.AdditionalFiles.Insert(0, ("/packs/Team.harness.rules", Pack));
        return test.RunAsync();
    }

    [Fact]
    public Task An_inner_folder_overrides_an_outer_one_whatever_the_item_order()
    {
        var test = RulesTest.Create(Pack, Code);
        test.AdditionalFiles.Insert(0, ("/repo/src/harness.rules", "[layer domain]\nmay_use = data\n\n[ban domain]\nP:System.DateTime.Now = off\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Files_above_the_innermost_root_are_ignored()
    {
        var test = RulesTest.Create("root = true\n" + Pack, Flagged("{|HAR1001:Db|}", "{|HAR1003:Now|}"));
        test.AdditionalFiles.Add(("/harness.rules", "[ban *]\nM:System.Console.WriteLine = nobody may\n[layer nonsense]\n"));
        test.Sources.Add(("/repo/src/Log.cs", "namespace Shop { public static class Log { public static void Write() => System.Console.WriteLine(); } }"));
        return test.RunAsync();
    }

    [Fact]
    public Task List_values_are_replaced_not_merged()
    {
        var test = RulesTest.Create("[layer domain]\nnamespaces = Shop.Core.**\n", Code);
        test.AdditionalFiles.Add(("/packs/Team.harness.rules", Pack));
        return test.RunAsync();
    }

    [Fact]
    public Task Bans_merge_per_symbol_across_files()
    {
        var test = RulesTest.Create("[ban domain]\nT:Shop.Data.Db = no data access from the domain\n", Flagged("{|HAR1001:{|HAR1003:Db|}|}", "{|HAR1003:Now|}"));
        test.AdditionalFiles.Add(("/packs/Team.harness.rules", Pack));
        return test.RunAsync();
    }
}
