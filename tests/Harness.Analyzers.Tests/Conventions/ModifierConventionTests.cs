using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Conventions;

/// <summary>HAR3003: <c>modifiers</c> and <c>forbidden_modifiers</c>, one finding per modifier.</summary>
public class ModifierConventionTests
{
    [Fact]
    public Task Each_missing_and_each_forbidden_modifier_is_a_finding_with_its_message()
    {
        var rules = """
            [convention handlers]
            where_name          = *Handler
            modifiers           = sealed, internal
            forbidden_modifiers = static, partial
            because             = handlers are wired by the container only
            """;
        var code = """
            namespace Shop
            {
                internal sealed class GoodHandler { }
                public class {|#0:BadHandler|} { }
                internal static partial class {|#1:StaticHandler|} { }
            }
            """;
        var test = ConventionsTest.Reporting("HAR3003", rules, code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR3003").AtMarker(0)
            .WithMessage("'Shop.BadHandler' is not internal; convention handlers requires internal (harness.rules, convention handlers): handlers are wired by the container only"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR3003").AtMarker(0)
            .WithMessage("'Shop.BadHandler' is not sealed; convention handlers requires sealed (harness.rules, convention handlers): handlers are wired by the container only"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR3003").AtMarker(1)
            .WithMessage("'Shop.StaticHandler' is static; convention handlers forbids static (harness.rules, convention handlers): handlers are wired by the container only"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR3003").AtMarker(1)
            .WithMessage("'Shop.StaticHandler' is partial; convention handlers forbids partial (harness.rules, convention handlers): handlers are wired by the container only"));
        return test.RunAsync();
    }

    [Fact]
    public Task Public_is_the_declared_accessibility_nested_types_included()
    {
        var rules = """
            [convention api]
            where_name = *Dto
            modifiers  = public

            [convention hidden]
            where_name          = *Impl
            forbidden_modifiers = public
            """;
        var code = """
            namespace Shop
            {
                public class OrderDto { public class LineDto { } private class [|NoteDto|] { } }
                class [|CustomerDto|] { }
                public class [|StoreImpl|] { }
                internal class CacheImpl { }
            }
            """;
        return ConventionsTest.Reporting("HAR3003", rules, code).RunAsync();
    }

    [Fact]
    public Task Abstract_readonly_record_and_partial_are_read_from_the_type()
    {
        var rules = """
            [convention bases]
            where_name = *Base
            modifiers  = abstract

            [convention values]
            where_name = *Value
            modifiers  = readonly, record

            [convention generated]
            where_name = *Generated
            modifiers  = partial
            """;
        var code = """
            namespace Shop
            {
                public abstract class StoreBase { }
                public class [|FileBase|] { }
                public readonly record struct MoneyValue(decimal Amount);
                public record struct [|CountValue|](int Count);
                public readonly struct {|#0:SizeValue|} { }
                public partial class OrderGenerated { }
                public partial class OrderGenerated { }
                public class [|CustomerGenerated|] { }
            }
            """;
        var test = ConventionsTest.Reporting("HAR3003", rules, code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR3003").AtMarker(0)
            .WithMessage("'Shop.SizeValue' is not record; convention values requires record (harness.rules, convention values)"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_modifier_that_cannot_apply_to_the_kind_of_type_is_not_checked()
    {
        var rules = """
            [convention everything]
            where_namespace = Shop
            modifiers       = sealed, readonly, static
            """;
        var code = """
            namespace Shop
            {
                public readonly struct Point { }
                public struct {|#1:Size|} { }
                public interface IShape { }
                public enum Color { Red }
                public delegate void Changed();
                public static class Helpers { }
                public sealed class {|#0:Circle|} { }
                public abstract class {|#2:Shape|} { }
            }
            """;
        var test = ConventionsTest.Reporting("HAR3003", rules, code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR3003").AtMarker(0)
            .WithMessage("'Shop.Circle' is not static; convention everything requires static (harness.rules, convention everything)"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR3003").AtMarker(1)
            .WithMessage("'Shop.Size' is not readonly; convention everything requires readonly (harness.rules, convention everything)"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR3003").AtMarker(2)
            .WithMessage("'Shop.Shape' is not static; convention everything requires static (harness.rules, convention everything)"));
        return test.RunAsync();
    }
}
