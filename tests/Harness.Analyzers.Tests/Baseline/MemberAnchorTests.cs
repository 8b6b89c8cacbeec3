using System.Linq;
using Harness.Analyzers.Baseline;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Harness.Analyzers.Tests.Baseline;

public class MemberAnchorTests
{
    /// <summary>The anchor of the code right after each <c>/*@*/</c> marker, in order.</summary>
    private static string[] AnchorsAtMarkers(string code)
    {
        var root = CSharpSyntaxTree.ParseText(code).GetRoot();
        return root.DescendantTrivia()
            .Where(trivia => trivia.ToString() == "/*@*/")
            .Select(trivia => MemberAnchor.Of(root.FindToken(trivia.Span.End).Parent!))
            .ToArray();
    }

    [Fact]
    public void Members_are_named_like_documentation_comment_ids_from_syntax()
    {
        var code = """
            using /*@*/System.Text;
            namespace Shop.Domain
            {
                public partial class Order<T> : /*@*/System.IDisposable
                {
                    private int /*@*/_count, _total;
                    public Order(int count, ref string name) { /*@*/_count = count; }
                    static Order() { /*@*/System.Console.WriteLine(); }
                    ~Order() { /*@*/_count = 0; }
                    public int Count { get => /*@*/_count; }
                    public int this[int index, string key] => /*@*/index;
                    public event System.Action? /*@*/Changed;
                    public T Get<TKey>(System.Collections.Generic.List<TKey> keys, params int[] rest)
                    {
                        int Local() => /*@*/1;
                        System.Func<int> lambda = () => /*@*/2;
                        return default!;
                    }
                    public static Order<T> operator +(Order<T> left, Order<T> right) => /*@*/left;
                    public static implicit operator int(Order<T> order) => /*@*/order._count;
                    public void Dispose() { }
                    private sealed class Line { public void Add() { /*@*/_ = 1; } }
                }
                public enum State { /*@*/Open }
                public delegate void Handler<T>(/*@*/T value);
            }
            """;
        Assert.Equal(
            [
                "(file)",
                "T:Shop.Domain.Order`1",
                "F:Shop.Domain.Order`1._count,_total",
                "M:Shop.Domain.Order`1.#ctor(int,ref string)",
                "M:Shop.Domain.Order`1.#cctor",
                "M:Shop.Domain.Order`1.Finalize",
                "P:Shop.Domain.Order`1.Count",
                "P:Shop.Domain.Order`1.this[int,string]",
                "E:Shop.Domain.Order`1.Changed",
                "M:Shop.Domain.Order`1.Get``1(System.Collections.Generic.List<TKey>,params int[])",
                "M:Shop.Domain.Order`1.Get``1(System.Collections.Generic.List<TKey>,params int[])",
                "M:Shop.Domain.Order`1.op:+(Order<T>,Order<T>)",
                "M:Shop.Domain.Order`1.op:implicit:int(Order<T>)",
                "M:Shop.Domain.Order`1.Line.Add",
                "F:Shop.Domain.State.Open",
                "T:Shop.Domain.Handler`1",
            ],
            AnchorsAtMarkers(code));
    }

    [Fact]
    public void File_scoped_namespaces_records_and_top_level_statements_have_anchors()
    {
        var code = """
            /*@*/System.Console.WriteLine(new Shop.Invoice(1).Total);
            namespace Shop;
            public record Invoice(int Total)
            {
                public int Doubled => /*@*/Total * 2;
            }
            """;
        Assert.Equal(["M:Program.<Main>$", "P:Shop.Invoice.Doubled"], AnchorsAtMarkers(code));
    }

    [Fact]
    public void Layout_and_comments_do_not_change_an_anchor()
    {
        var compact = "namespace A { class B { void C(System.Collections.Generic.List<int> x) { /*@*/x.Clear(); } } }";
        var spread = """
            namespace A
            {
                class B
                {
                    // a comment
                    void C( System.Collections.Generic.List< int >   x /* the list */ )
                    {
                        /*@*/x.Clear();
                    }
                }
            }
            """;
        Assert.Equal(AnchorsAtMarkers(compact), AnchorsAtMarkers(spread));
    }
}
