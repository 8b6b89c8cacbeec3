using System.Threading.Tasks;
using Xunit;
using static Harness.Analyzers.Tests.Redundancy.MergeWithParameterCodeFixTests;

namespace Harness.Analyzers.Tests.Redundancy;

/// <summary>
/// Merging a twin whose name is the other's plus a suffix (<c>SendV2</c>, <c>TrimToWidth</c>): the un-suffixed name
/// survives whichever copy carries the finding, callers of the twin in every document call it, and the comments that
/// described the twin go with it.
/// </summary>
public class MergeIntoOriginalCodeFixTests
{
    /// <summary><c>TrimToWidth</c> comes first, so the finding is at <c>Trim</c>; <see cref="Layout"/> calls both from another file.</summary>
    private const string Texts = """
        namespace Shop;

        public static class Texts
        {
            /// <summary>Cuts the text to the given width.</summary>
            public static string TrimToWidth(string text, int width)
            {
                var trimmed = text.Trim();
                var upper = trimmed.ToUpperInvariant();
                var cut = upper.Length > width ? upper.Substring(0, width) : upper;
                var dotted = cut.Replace(' ', '.');
                return "[" + dotted + "]";
            }

            /// <summary>Cuts the text to a line.</summary>
            public static string {|HAR2002:Trim|}(string text)
            {
                var trimmed = text.Trim();
                var upper = trimmed.ToUpperInvariant();
                var cut = upper.Length > 80 ? upper.Substring(0, 80) : upper;
                var dotted = cut.Replace(' ', '.');
                return "[" + dotted + "]";
            }
        }
        """;

    private const string Layout = """
        namespace Shop;

        public static class Layout
        {
            public static string Row(string name, string note) => Texts.TrimToWidth(name, 20) + Texts.Trim(note);
        }
        """;

    [Fact]
    public Task The_member_whose_name_adds_words_goes_when_the_finding_is_at_the_other_and_its_callers_in_other_files_call_the_other()
    {
        var test = Create(("/repo/src/Texts.cs", Texts), ("/repo/src/Layout.cs", Layout));
        test.FixedSources.Add(("/repo/src/Texts.cs", """
            namespace Shop;

            public static class Texts
            {
                /// <summary>Cuts the text to a line.</summary>
                public static string Trim(string text, int width = 80)
                {
                    var trimmed = text.Trim();
                    var upper = trimmed.ToUpperInvariant();
                    var cut = upper.Length > width ? upper.Substring(0, width) : upper;
                    var dotted = cut.Replace(' ', '.');
                    return "[" + dotted + "]";
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Layout.cs", Layout.Replace("Texts.TrimToWidth(name, 20)", "Texts.Trim(name, 20)")));
        return test.RunAsync();
    }

    /// <summary>The rewrite comes first and both carry comments: the rewrite's go with it, the original's stay.</summary>
    private const string Mailer = """
        namespace Shop;

        public class Mailer
        {
            public int Sent { get; private set; }

            // Rewritten to take the number of retries.
            /// <summary>Sends with retries.</summary>
            public int {|HAR2005:SendV2|}(string to, int retries)
            {
                var attempts = 0;
                while (attempts < retries)
                {
                    attempts++;
                    if (to.Length > attempts) { Sent++; return attempts; }
                }

                return -1;
            }

            /// <summary>Sends, trying three times.</summary>
            public int Send(string to)
            {
                var attempts = 0;
                while (attempts < 3)
                {
                    attempts++;
                    if (to.Length > attempts) { Sent++; return attempts; }
                }

                return -1;
            }
        }
        """;

    private const string Signup = """
        namespace Shop;

        public static class Signup
        {
            public static int Welcome(Mailer mailer, string to) => mailer.SendV2(to, 5) + mailer.Send(to);
        }
        """;

    [Fact]
    public Task A_rewrite_declared_first_goes_with_its_comments_and_the_original_keeps_its_own()
    {
        var test = Create(("/repo/src/Mailer.cs", Mailer), ("/repo/src/Signup.cs", Signup));
        test.FixedSources.Add(("/repo/src/Mailer.cs", """
            namespace Shop;

            public class Mailer
            {
                public int Sent { get; private set; }

                /// <summary>Sends, trying three times.</summary>
                public int Send(string to, int retries = 3)
                {
                    var attempts = 0;
                    while (attempts < retries)
                    {
                        attempts++;
                        if (to.Length > attempts) { Sent++; return attempts; }
                    }

                    return -1;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Signup.cs", Signup.Replace("mailer.SendV2(to, 5)", "mailer.Send(to, 5)")));
        return test.RunAsync();
    }

    /// <summary>An exact copy under a versioned name: nothing to pass, so the callers only call the original.</summary>
    [Fact]
    public Task An_exact_rewrite_goes_and_its_callers_in_other_files_call_the_original()
    {
        var mailer = Mailer.Replace("int retries", string.Empty).Replace("attempts < retries", "attempts < 3").Replace("to, )", "to)");
        var test = Create(("/repo/src/Mailer.cs", mailer), ("/repo/src/Signup.cs", Signup.Replace("SendV2(to, 5)", "SendV2(to)")));
        test.FixedSources.Add(("/repo/src/Mailer.cs", """
            namespace Shop;

            public class Mailer
            {
                public int Sent { get; private set; }

                /// <summary>Sends, trying three times.</summary>
                public int Send(string to)
                {
                    var attempts = 0;
                    while (attempts < 3)
                    {
                        attempts++;
                        if (to.Length > attempts) { Sent++; return attempts; }
                    }

                    return -1;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/Signup.cs", Signup.Replace("mailer.SendV2(to, 5)", "mailer.Send(to)")));
        return test.RunAsync();
    }

    [Fact]
    public Task A_copy_that_only_changed_a_value_merges_into_the_plain_name_too()
    {
        var texts = """
            namespace Shop;

            public static class Texts
            {
                public static int CountToWidth(string text)
                {
                    var attempts = 0;
                    while (attempts < 40) { attempts++; }
                    return attempts + text.Length;
                }

                public static int {|HAR2001:Count|}(string text)
                {
                    var attempts = 0;
                    while (attempts < 80) { attempts++; }
                    return attempts + text.Length;
                }

                public static int Both(string text) => CountToWidth(text) + Count(text);
            }
            """;
        var test = Create(("/repo/src/Texts.cs", texts));
        test.FixedSources.Add(("/repo/src/Texts.cs", """
            namespace Shop;

            public static class Texts
            {
                public static int Count(string text, int width = 80)
                {
                    var attempts = 0;
                    while (attempts < width) { attempts++; }
                    return attempts + text.Length;
                }

                public static int Both(string text) => Count(text, width: 40) + Count(text);
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_rewrite_in_another_part_of_a_partial_class_goes_from_its_file()
    {
        var original = Mailer.Replace("public class Mailer", "public partial class Mailer");
        original = original.Remove(original.IndexOf("    // Rewritten"), original.IndexOf("    /// <summary>Sends, trying") - original.IndexOf("    // Rewritten"));
        var rewrite = """
            namespace Shop;

            public partial class Mailer
            {
                /// <summary>Sends with retries.</summary>
                public int {|HAR2005:SendV2|}(string to, int retries)
                {
                    var attempts = 0;
                    while (attempts < retries)
                    {
                        attempts++;
                        if (to.Length > attempts) { Sent++; return attempts; }
                    }

                    return -1;
                }
            }
            """;
        var test = Create(("/repo/src/Mailer.cs", original), ("/repo/src/MailerV2.cs", rewrite), ("/repo/src/Signup.cs", Signup));
        test.FixedSources.Add(("/repo/src/Mailer.cs", """
            namespace Shop;

            public partial class Mailer
            {
                public int Sent { get; private set; }

                /// <summary>Sends, trying three times.</summary>
                public int Send(string to, int retries = 3)
                {
                    var attempts = 0;
                    while (attempts < retries)
                    {
                        attempts++;
                        if (to.Length > attempts) { Sent++; return attempts; }
                    }

                    return -1;
                }
            }
            """));
        test.FixedSources.Add(("/repo/src/MailerV2.cs", """
            namespace Shop;

            public partial class Mailer
            {
            }
            """));
        test.FixedSources.Add(("/repo/src/Signup.cs", Signup.Replace("mailer.SendV2(to, 5)", "mailer.Send(to, 5)")));
        return test.RunAsync();
    }

    /// <summary>The rewrite's signature is not its own to drop: a derived class or an interface's callers reach it.</summary>
    [Theory]
    [InlineData("public class Mailer", "public virtual int {|HAR2005:SendV2|}")]
    [InlineData("public interface ISender\n{\n    int SendV2(string to, int retries);\n}\n\npublic class Mailer : ISender", "public int {|HAR2005:SendV2|}")]
    public Task Not_offered_when_the_rewrite_is_virtual_or_implements_an_interface(string type, string rewrite) =>
        AssertNotOfferedAsync(Mailer.Replace("public class Mailer", type).Replace("public int {|HAR2005:SendV2|}", rewrite));

    /// <summary>The original implements a partial method: its declaration would have to take the parameter too.</summary>
    [Fact]
    public Task Not_offered_when_the_original_implements_a_partial_method() =>
        AssertNotOfferedAsync(Mailer.Replace("public class Mailer\n{", "public partial class Mailer\n{\n    public partial int Send(string to);\n")
            .Replace("public int Send(string to)", "public partial int Send(string to)"));

    /// <summary>Another <c>Send</c> could take the retargeted <c>Send(to, 5)</c>.</summary>
    [Fact]
    public Task Not_offered_when_the_original_has_an_overload_a_retargeted_call_could_bind_to() =>
        AssertNotOfferedAsync(Mailer.Replace(
            "    /// <summary>Sends, trying three times.</summary>",
            "    public int Send(string to, long retries) => to.Length > retries ? 1 : -1;\n\n    /// <summary>Sends, trying three times.</summary>"));

    /// <summary>On a <c>BulkMailer</c>, <c>Send(to, 5)</c> would call its own <c>Send(string, long)</c>: the derived type's method wins.</summary>
    [Fact]
    public Task Not_offered_when_a_retargeted_call_would_find_a_method_of_the_name_in_a_derived_receiver()
    {
        var bulk = """
            namespace Shop;

            public class BulkMailer : Mailer
            {
                public int Send(string to, long batch) => to.Length > batch ? 1 : 0;
            }

            public static class Campaign
            {
                public static int Run(BulkMailer mailer, string to) => mailer.SendV2(to, 5);
            }
            """;
        var test = Create(("/repo/src/Mailer.cs", Mailer), ("/repo/src/Bulk.cs", bulk));
        test.FixedSources.Add(("/repo/src/Mailer.cs", Unmarked(Mailer)));
        test.FixedSources.Add(("/repo/src/Bulk.cs", bulk));
        return test.RunAsync();
    }

    /// <summary><c>order.Describe(40)</c> would call the instance method <c>Order.Describe(int)</c>, which wins over any extension.</summary>
    [Fact]
    public Task Not_offered_when_a_retargeted_extension_call_would_find_an_instance_method_of_the_name()
    {
        var code = """
            namespace Shop;

            public class Order
            {
                public string Name { get; set; } = "";

                public string Describe(int width) => Name.PadRight(width);
            }

            public static class OrderText
            {
                public static string Describe(this Order order)
                {
                    var name = order.Name.Trim();
                    var upper = name.ToUpperInvariant();
                    var line = upper.Length > 20 ? upper.Substring(0, 20) : upper;
                    return "[" + line + "]";
                }

                public static string {|HAR2005:DescribeV2|}(this Order order, int width)
                {
                    var name = order.Name.Trim();
                    var upper = name.ToUpperInvariant();
                    var line = upper.Length > width ? upper.Substring(0, width) : upper;
                    return "[" + line + "]";
                }

                public static string Both(Order order) => order.Describe() + order.DescribeV2(40);
            }
            """;
        var test = Create(("/repo/src/Order.cs", code));
        test.FixedSources.Add(("/repo/src/Order.cs", Unmarked(code)));
        return test.RunAsync();
    }

    /// <summary>A caller names the rewrite's parameter, which the merged method calls otherwise.</summary>
    [Fact]
    public Task Not_offered_for_an_exact_rewrite_when_a_caller_names_a_parameter_the_original_calls_otherwise()
    {
        var mailer = """
            namespace Shop;

            public class Mailer
            {
                public int Sent { get; private set; }

                public int {|HAR2005:SendV2|}(string address)
                {
                    var attempts = 0;
                    while (attempts < 3)
                    {
                        attempts++;
                        if (address.Length > attempts) { Sent++; return attempts; }
                    }

                    return -1;
                }

                public int Send(string to)
                {
                    var attempts = 0;
                    while (attempts < 3)
                    {
                        attempts++;
                        if (to.Length > attempts) { Sent++; return attempts; }
                    }

                    return -1;
                }
            }
            """;
        var signup = Signup.Replace("mailer.SendV2(to, 5)", "mailer.SendV2(address: to)");
        var test = Create(("/repo/src/Mailer.cs", mailer), ("/repo/src/Signup.cs", signup));
        test.FixedSources.Add(("/repo/src/Mailer.cs", Unmarked(mailer)));
        test.FixedSources.Add(("/repo/src/Signup.cs", signup));
        return test.RunAsync();
    }

    private static Task AssertNotOfferedAsync(string code)
    {
        var test = Create(("/repo/src/Mailer.cs", code), ("/repo/src/Signup.cs", Signup));
        test.FixedSources.Add(("/repo/src/Mailer.cs", Unmarked(code)));
        test.FixedSources.Add(("/repo/src/Signup.cs", Signup));
        return test.RunAsync();
    }

    private static string Unmarked(string code) => code.Replace("{|HAR2005:", string.Empty).Replace("|}", string.Empty);
}
