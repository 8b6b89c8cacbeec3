using System.Threading.Tasks;
using Harness.Analyzers.CodeFixes.Conventions;
using Harness.Analyzers.Conventions;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Conventions;

/// <summary>The HAR3001 fix: the type is renamed to add a required suffix or prefix, and every reference follows.</summary>
public class NameConventionCodeFixTests
{
    private const string Repositories = """
        [convention repositories]
        where_implements = **.IRepository
        name             = *Repository, Sql*
        """;

    private static CodeFixTest Create(string rules, params (string Source, string Fixed)[] files)
    {
        var test = new CodeFixTest(new ConventionsAnalyzer(), new NameConventionCodeFix()) { DefaultDiagnosticId = DiagnosticIds.NameConvention };
        test.AdditionalFiles.Add(("/repo/harness.rules", rules));
        for (var i = 0; i < files.Length; i++)
        {
            test.Sources.Add(($"/repo/src/File{i}.cs", files[i].Source));
            test.FixedSources.Add(($"/repo/src/File{i}.cs", files[i].Fixed));
        }

        return test;
    }

    [Fact]
    public Task The_suffix_is_added_and_every_reference_in_every_file_follows()
    {
        return Create(
            Repositories,
            ("""
             namespace Shop
             {
                 public interface IRepository { }
                 public sealed partial class [|Orders|] : IRepository { public Orders() { } }
             }
             """,
             """
             namespace Shop
             {
                 public interface IRepository { }
                 public sealed partial class OrdersRepository : IRepository { public OrdersRepository() { } }
             }
             """),
            ("""
             namespace Shop
             {
                 partial class Orders { }
                 public static class Wiring
                 {
                     public static Orders Create() => new Orders();
                     public static string Name => nameof(Orders);
                 }
             }
             """,
             """
             namespace Shop
             {
                 partial class OrdersRepository { }
                 public static class Wiring
                 {
                     public static OrdersRepository Create() => new OrdersRepository();
                     public static string Name => nameof(OrdersRepository);
                 }
             }
             """)).RunAsync();
    }

    [Fact]
    public Task One_action_per_pattern_the_prefix_one_by_its_key()
    {
        var test = Create(
            Repositories,
            ("""
             namespace Shop
             {
                 public interface IRepository { }
                 public sealed class [|Orders|] : IRepository { }
                 public sealed class Use { private readonly Orders _orders = new(); }
             }
             """,
             """
             namespace Shop
             {
                 public interface IRepository { }
                 public sealed class SqlOrders : IRepository { }
                 public sealed class Use { private readonly SqlOrders _orders = new(); }
             }
             """));
        test.CodeActionEquivalenceKey = "HAR3001.Rename.Sql*";
        return test.RunAsync();
    }

    [Fact]
    public Task Not_offered_when_the_new_name_is_taken_or_no_pattern_is_a_plain_suffix_or_prefix()
    {
        const string Rules = """
            [convention repositories]
            where_implements = **.IRepository
            name             = *Repository

            [convention stores]
            where_name = *Store
            name       = Sql*Thing
            """;
        const string Code = """
            namespace Shop
            {
                public interface IRepository { }
                public sealed class [|Orders|] : IRepository { }
                public sealed class OrdersRepository : IRepository { }
                public sealed class [|FileStore|] { }
            }
            """;
        return Create(Rules, (Code, Code.Replace("[|", string.Empty).Replace("|]", string.Empty))).RunAsync();
    }

    [Fact]
    public Task FixAll_renames_nested_and_generic_types_one_after_another_in_every_file()
    {
        const string Rules = """
            [convention repositories]
            where_implements = **.IRepository
            name             = *Repository
            """;
        return Create(
            Rules,
            ("""
             namespace Shop
             {
                 public interface IRepository { }
                 public class [|Orders|]<T> : IRepository { public sealed class [|Lines|] : IRepository { } }
                 public sealed class [|Customers|] : IRepository { }
             }
             """,
             """
             namespace Shop
             {
                 public interface IRepository { }
                 public class OrdersRepository<T> : IRepository { public sealed class LinesRepository : IRepository { } }
                 public sealed class CustomersRepository : IRepository { }
             }
             """),
            ("""
             namespace Shop
             {
                 public static class Use
                 {
                     public static Orders<Customers>.Lines Lines(Orders<Customers> orders) => new Orders<Customers>.Lines();
                 }
             }
             """,
             """
             namespace Shop
             {
                 public static class Use
                 {
                     public static OrdersRepository<CustomersRepository>.LinesRepository Lines(OrdersRepository<CustomersRepository> orders) => new OrdersRepository<CustomersRepository>.LinesRepository();
                 }
             }
             """)).RunAsync();
    }
}
