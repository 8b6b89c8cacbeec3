using System.Threading.Tasks;
using Harness.Analyzers.Redundancy;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Harness.Analyzers.Tests.Redundancy;

public class GeneratorPlaceholderTests
{
    private const string Id = "HAR2006";

    private static AnalyzerTest Create(params string[] sources)
    {
        var test = new AnalyzerTest(new GeneratorPlaceholderAnalyzer());
        for (var i = 0; i < sources.Length; i++)
        {
            test.Sources.Add(($"/repo/src/File{i}.cs", sources[i]));
        }

        return test;
    }

    private static ExpectedDiagnostic Expect(int marker, string shown) =>
        ExpectedDiagnostic.Diagnostic(Id).AtMarker(marker)
            .WithMessage($"'{shown}' is a placeholder: the code it stands for is missing");

    private static string InMethod(string line) => $$"""
        public class C
        {
            public void M()
            {
                {{line}}
            }
        }
        """;

    [Theory]
    // ... existing code ...
    [InlineData("// ... existing code ...")]
    [InlineData("// ...existing code...")]
    [InlineData("// .. existing code ..")]
    [InlineData("// … existing code …")]
    [InlineData("//... existing methods ...")]
    [InlineData("// ... existing code (unchanged) ...")]
    [InlineData("// [... existing code ...]")]
    [InlineData("/* ... existing code ... */")]
    [InlineData("//// ... existing code ...")]
    // existing code here
    [InlineData("// existing code here")]
    [InlineData("// Existing code...")]
    [InlineData("// existing code remains unchanged")]
    // rest of (the) (code|method|file|class|implementation) (remains|stays) (the same|unchanged)
    [InlineData("// rest of the method remains unchanged")]
    [InlineData("// Rest of code stays the same")]
    [InlineData("// The rest of the file remains the same.")]
    [InlineData("// rest of the class is unchanged")]
    [InlineData("// rest of implementation stays unchanged")]
    // ... (rest|more) of ...
    [InlineData("// ... rest of the class ...")]
    [InlineData("// ...more of the same")]
    [InlineData("// rest of the implementation...")]
    // ... (other|remaining|previous) members ...
    [InlineData("// ... other methods ...")]
    [InlineData("// ... remaining code ...")]
    // (previous|other|remaining) code (remains|unchanged|here)
    [InlineData("// previous code remains")]
    [InlineData("// Other code unchanged")]
    [InlineData("// remaining code here")]
    [InlineData("// all other code remains the same")]
    // same as before
    [InlineData("// same as before")]
    [InlineData("// ... same as before ...")]
    [InlineData("// Rest is the same as before")]
    // unchanged code
    [InlineData("// unchanged code")]
    [InlineData("// [unchanged code]")]
    // implementation goes here
    [InlineData("// implementation goes here")]
    [InlineData("// Your implementation here")]
    // your code here
    [InlineData("// your code here")]
    [InlineData("// Put your code here!")]
    // add (your )?(logic|implementation|code) here
    [InlineData("// add your logic here")]
    [InlineData("// Add implementation here")]
    [InlineData("// TODO: add code here")]
    // TODO: implement
    [InlineData("// TODO: implement")]
    [InlineData("// TODO implement")]
    [InlineData("// TODO: Implement this method")]
    [InlineData("// todo - implement me.")]
    [InlineData("/* TODO: implement */")]
    public Task A_placeholder_comment_is_reported_at_the_comment(string comment)
    {
        var test = Create(InMethod("{|#0:" + comment + "|}"));
        test.ExpectedDiagnostics.Add(Expect(0, comment));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("// TODO: handle null names")]
    [InlineData("// TODO: implement retries for 503 responses")]
    [InlineData("// wait... then retry")]
    [InlineData("// Keep the existing code path for old clients")]
    [InlineData("// existing customers keep their discount")]
    [InlineData("// Existing code")]
    [InlineData("// Same as before, but with logging")]
    [InlineData("// The rest of the file is generated...")]
    [InlineData("// Add the code here once the API is ready")]
    [InlineData("// The implementation here is O(n)")]
    [InlineData("// more of the same problem: see #123")]
    [InlineData("// Other code paths remain unchanged")]
    [InlineData("// unchanged code paths are skipped")]
    [InlineData("// ...")]
    [InlineData("/* … */")]
    [InlineData("/**/")]
    [InlineData("// NotImplementedException is thrown by the old API")]
    public Task Ordinary_comments_are_quiet(string comment) => Create(InMethod(comment)).RunAsync();

    /// <summary>Comments are found by searching the text (issue 8): what only looks like one there is not one.</summary>
    [Fact]
    public Task Comments_are_told_from_text_that_only_looks_like_one()
    {
        var source = """
            public class C
            {
                public string M()
                {
                    var url = "http://example.org/your code here"; {|#0:// TODO: implement|}
                    var glob = "src/*.cs"; {|#1:/* ... existing code ... */|}
                    var text = @"
                        // ... existing code ...
                        ";
                    var a = 4 / 2; var b = "/* rest of the file remains the same */"; {|#2:// ... other methods ...|}
            #if NEVER
                    // ... existing code ...
            #endif
            #region // ... existing code ...
            #endregion
                    return url + glob + text + a + b; /* {|#3:rest of the method remains unchanged|}
                       */
                }
            }
            """;
        var test = Create(source);
        test.ExpectedDiagnostics.Add(Expect(0, "// TODO: implement"));
        test.ExpectedDiagnostics.Add(Expect(1, "/* ... existing code ... */"));
        test.ExpectedDiagnostics.Add(Expect(2, "// ... other methods ..."));
        test.ExpectedDiagnostics.Add(Expect(3, "rest of the method remains unchanged"));
        return test.RunAsync();
    }

    [Fact]
    public Task Documentation_comments_are_not_read()
    {
        var source = """
            public class C
            {
                /// <summary>
                /// ... existing code ...
                /// TODO: implement
                /// </summary>
                public void M() { }

                /** TODO: implement */
                public void N() { }
            }
            """;
        return Create(source).RunAsync();
    }

    [Fact]
    public Task In_a_multi_line_comment_the_placeholder_line_is_reported()
    {
        var source = """
            public class C
            {
                public int M(int x)
                {
                    /*
                     * Validate the input.
                     * {|#0:... existing code ...|}
                     */
                    x++; {|#1:/* TODO: implement */|}
                    /* Multiplies
                       {|#2:rest of the method remains unchanged|}   */
                    return x;
                }
            }
            """;
        var test = Create(source);
        test.ExpectedDiagnostics.Add(Expect(0, "... existing code ..."));
        test.ExpectedDiagnostics.Add(Expect(1, "/* TODO: implement */"));
        test.ExpectedDiagnostics.Add(Expect(2, "rest of the method remains unchanged"));
        return test.RunAsync();
    }

    [Fact]
    public Task Comments_anywhere_are_read_and_a_long_one_is_shortened_in_the_message()
    {
        var source = """
            {|#0:// ... existing usings ...|}
            namespace N
            {
                public class C
                {
                    {|#1:// ... existing code: OrderService, CustomerService, InvoiceService ...|}
                    public int M(int x) => x {|#2:/* same as before */|} + 1;
                }
                {|#3:// … other members …|}
            }
            """;
        var test = Create(source);
        test.ExpectedDiagnostics.Add(Expect(0, "// ... existing usings ..."));
        test.ExpectedDiagnostics.Add(Expect(1, "// ... existing code: OrderService, CustomerService, Invo..."));
        test.ExpectedDiagnostics.Add(Expect(2, "/* same as before */"));
        test.ExpectedDiagnostics.Add(Expect(3, "// … other members …"));
        return test.RunAsync();
    }

    [Fact]
    public Task Throwing_NotImplementedException_is_reported_at_the_throw_in_every_form()
    {
        var source = """
            using System;

            public interface IShape { double Area(); double Perimeter(); string Name { get; } }

            public abstract class Base { public abstract void Run(); }

            public partial class P { partial void OnChanged(); }

            public class Square : IShape, IDisposable
            {
                public double Area()
                {
                    {|#0:throw new NotImplementedException();|}
                }

                public double Perimeter() => {|#1:throw new System.NotImplementedException("later")|};

                void IDisposable.Dispose() { {|#2:throw new global::System.NotImplementedException();|} }

                string IShape.Name { get => {|#3:throw new NotImplementedException()|}; }

                public Func<int> Later() => () => {|#4:throw new NotImplementedException(
                    "not yet")|};
            }

            public class Fine
            {
                // Defensive throws for states that are never produced are not placeholders.
                public int Checked(int? x) => x ?? throw new NotImplementedException("not yet");
                public string Kind(int x) => x switch { 0 => "zero", _ => throw new NotImplementedException() };
                public void Guarded(int x)
                {
                    if (x < 0) { throw new NotImplementedException(); }
                    Console.WriteLine(x);
                }

                [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1065", Justification = "not for hash tables")]
                public override int GetHashCode() { throw new NotImplementedException(); }

                [Obsolete("Call SetEquals instead.")]
                public override bool Equals(object? other) => throw new NotImplementedException();
            }

            public abstract class Visitor
            {
                // Derived visitors must override what they support.
                protected virtual void VisitFunction(object function) { throw new NotImplementedException(); }

                public void Unsupported() => throw new NotSupportedException();
                public Exception Make() => new NotImplementedException();
                public void Rethrow() { try { } catch (NotImplementedException) { throw; } }
                public void Other() => throw new InvalidOperationException("NotImplementedException");
                public void Wrapped() => throw new AggregateException(new NotImplementedException());
            }
            """;
        var test = Create(source);
        test.ExpectedDiagnostics.Add(Expect(0, "throw new NotImplementedException()"));
        test.ExpectedDiagnostics.Add(Expect(1, "throw new System.NotImplementedException(\"later\")"));
        test.ExpectedDiagnostics.Add(Expect(2, "throw new global::System.NotImplementedException()"));
        test.ExpectedDiagnostics.Add(Expect(3, "throw new NotImplementedException()"));
        test.ExpectedDiagnostics.Add(Expect(4, "throw new NotImplementedException( \"not yet\")"));
        return test.RunAsync();
    }

    /// <summary>Throws are found by searching the text for the name (issue 8): a verbatim or escaped name is still that name.</summary>
    [Fact]
    public Task A_verbatim_or_escaped_name_is_found_too()
    {
        var source = """
            using System;

            public class C
            {
                public void M() { {|#0:throw new @NotImplementedException();|} }
                public void N() { {|#1:throw new NotImplemented\u0045xception();|} }
            }
            """;
        var test = Create(source);
        test.ExpectedDiagnostics.Add(Expect(0, "throw new @NotImplementedException()"));
        test.ExpectedDiagnostics.Add(Expect(1, "throw new NotImplemented\\u0045xception()"));
        return test.RunAsync();
    }

    [Fact]
    public Task Top_level_statements_records_and_async_methods_are_analysed()
    {
        var program = """
            using System;
            using System.Threading.Tasks;

            {|#0:// TODO: implement|}
            Console.WriteLine(await LoadAsync());

            static Task<int> LoadAsync()
            {
                {|#1:throw new NotImplementedException();|}
            }

            public record Point(int X, int Y)
            {
                {|#2:// ... existing code ...|}
                public double Length => {|#3:throw new NotImplementedException()|};

                public async Task SaveAsync() => await Task.FromException({|#4:/* your code here */|} new NotImplementedException());
            }
            """;
        var test = Create(program);
        test.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Expect(0, "// TODO: implement"));
        test.ExpectedDiagnostics.Add(Expect(1, "throw new NotImplementedException()"));
        test.ExpectedDiagnostics.Add(Expect(2, "// ... existing code ..."));
        test.ExpectedDiagnostics.Add(Expect(3, "throw new NotImplementedException()"));
        test.ExpectedDiagnostics.Add(Expect(4, "/* your code here */"));
        return test.RunAsync();
    }

    [Fact]
    public Task Code_that_does_not_compile_does_not_crash()
    {
        var source = """
            public class C
            {
                public void M()
                {
                    {|#0:throw new NotImplementedException()|}
                }

                public void Broken()
                {
                    throw new ;
                    throw new();
                }

                public void Open()
                {
                    {|#1:throw new NotImplementedException(|}
                }

                public int N() => {|#2:throw new NotImplementedException|}
            {|#3:/* ... existing code ...|}
            """;
        var test = Create(source);
        test.AllowCompilerErrors = true;
        test.ExpectedDiagnostics.Add(Expect(0, "throw new NotImplementedException()"));
        test.ExpectedDiagnostics.Add(Expect(1, "throw new NotImplementedException("));
        test.ExpectedDiagnostics.Add(Expect(2, "throw new NotImplementedException"));
        test.ExpectedDiagnostics.Add(Expect(3, "/* ... existing code ..."));
        return test.RunAsync();
    }

    [Fact]
    public Task The_example_of_the_rule_page_reports_what_the_page_says()
    {
        var source = """
            using System;

            public class Order { }

            public interface IOrderService { void Place(Order order); void Cancel(Order order); }

            public class OrderService : IOrderService
            {
                public void Place(Order order)
                {
                    Validate(order);
                    {|#0:// ... existing code ...|}
                }

                public void Cancel(Order order) => {|#1:throw new NotImplementedException()|};

                private static void Validate(Order order) { }
            }
            """;
        var test = Create(source);
        test.ExpectedDiagnostics.Add(Expect(0, "// ... existing code ..."));
        test.ExpectedDiagnostics.Add(Expect(1, "throw new NotImplementedException()"));
        return test.RunAsync();
    }
}
