using System.Threading.Tasks;
using Harness.Analyzers.CodeFixes.Conventions;
using Harness.Analyzers.Conventions;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Conventions;

/// <summary>The HAR3003 fix: a modifier added to or removed from every part of the type, where that keeps the code compiling.</summary>
public class ModifierConventionCodeFixTests
{
    private static CodeFixTest Create(string rules, params (string Source, string Fixed)[] files)
    {
        var test = new CodeFixTest(new ConventionsAnalyzer(), new ModifierConventionCodeFix()) { DefaultDiagnosticId = DiagnosticIds.ModifierConvention };
        test.AdditionalFiles.Add(("/repo/harness.rules", rules));
        for (var i = 0; i < files.Length; i++)
        {
            test.Sources.Add(($"/repo/src/File{i}.cs", files[i].Source));
            test.FixedSources.Add(($"/repo/src/File{i}.cs", files[i].Fixed));
        }

        return test;
    }

    [Fact]
    public Task Sealed_is_added_to_every_part_of_a_partial_type_after_its_accessibility_and_before_partial()
    {
        const string Rules = "[convention handlers]\nwhere_name = *Handler\nmodifiers = sealed\n";
        return Create(
            Rules,
            ("""
             namespace Shop
             {
                 /// <summary>Places orders.</summary>
                 [System.Serializable]
                 public partial class [|PlaceOrderHandler|] { }
             }
             """,
             """
             namespace Shop
             {
                 /// <summary>Places orders.</summary>
                 [System.Serializable]
                 public sealed partial class PlaceOrderHandler { }
             }
             """),
            ("""
             namespace Shop
             {
                 // the other half
                 partial class PlaceOrderHandler { public void Handle() { } }
             }
             """,
             """
             namespace Shop
             {
                 // the other half
                 sealed partial class PlaceOrderHandler { public void Handle() { } }
             }
             """)).RunAsync();
    }

    [Fact]
    public Task Sealed_is_not_offered_for_a_type_that_is_derived_from_or_declares_virtual_or_protected_members()
    {
        const string Rules = "[convention handlers]\nwhere_name = *Handler\nmodifiers = sealed\n";
        const string Code = """
            namespace Shop
            {
                public class [|BaseHandler|] { }
                public class [|DerivedHandler|] : BaseHandler { public virtual void Handle() { } }
                public class [|GuardedHandler|] { protected void Check() { } }
            }
            """;
        return Create(Rules, (Code, Code.Replace("[|", string.Empty).Replace("|]", string.Empty))).RunAsync();
    }

    [Fact]
    public Task Accessibility_is_replaced_or_added_a_forbidden_public_becomes_internal()
    {
        const string Rules = """
            [convention dtos]
            where_name = *Dto
            modifiers  = public

            [convention handlers]
            where_name          = *Handler
            forbidden_modifiers = public
            """;
        return Create(
            Rules,
            ("""
             namespace Shop
             {
                 class [|OrderDto|] { protected internal class [|LineDto|] { } }
                 public sealed class [|PlaceOrderHandler|] { }
                 static class Outer { private class [|InnerDto|] { } }
             }
             """,
             """
             namespace Shop
             {
                 public class OrderDto { public class LineDto { } }
                 internal sealed class PlaceOrderHandler { }
                 static class Outer { public class InnerDto { } }
             }
             """)).RunAsync();
    }

    [Fact]
    public Task Static_partial_readonly_and_abstract_are_removed_where_that_compiles()
    {
        const string Rules = """
            [convention services]
            where_name          = *Service
            forbidden_modifiers = static, partial, abstract, readonly
            """;
        return Create(
            Rules,
            ("""
             namespace Shop
             {
                 public static class [|ClockService|] { public static int Now() => 0; }
                 public static class [|TextService|] { public static int Size(this string s) => s.Length; }
                 internal partial class [|CacheService|] { }
                 public abstract class [|StoreService|] { public void Save() { } }
                 public abstract class [|BusService|] { public abstract void Send(); }
                 public readonly struct [|SizeService|] { }
             }
             """,
             """
             namespace Shop
             {
                 public class ClockService { public static int Now() => 0; }
                 public static class TextService { public static int Size(this string s) => s.Length; }
                 internal class CacheService { }
                 public class StoreService { public void Save() { } }
                 public abstract class BusService { public abstract void Send(); }
                 public struct SizeService { }
             }
             """)).RunAsync();
    }

    [Fact]
    public Task FixAll_adds_the_modifier_to_every_type_and_every_part()
    {
        const string Rules = "[convention handlers]\nwhere_name = *Handler\nmodifiers = sealed\n";
        return Create(
            Rules,
            ("""
             namespace Shop
             {
                 public class [|AHandler|] { }
                 internal partial class [|BHandler|] { }
                 class [|CHandler|] { }
             }
             """,
             """
             namespace Shop
             {
                 public sealed class AHandler { }
                 internal sealed partial class BHandler { }
                 sealed class CHandler { }
             }
             """),
            ("namespace Shop { partial class BHandler { } }", "namespace Shop { sealed partial class BHandler { } }")).RunAsync();
    }
}
