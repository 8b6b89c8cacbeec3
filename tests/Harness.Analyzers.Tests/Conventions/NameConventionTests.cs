using System.Threading.Tasks;
using Harness.Analyzers.Tests.Verification;
using Xunit;

namespace Harness.Analyzers.Tests.Conventions;

/// <summary>HAR3001: the <c>name</c> requirement, and the selectors that decide which types it applies to.</summary>
public class NameConventionTests
{
    private const string Repositories = """
        [convention repositories]
        where_implements = **.IRepository
        name             = *Repository
        because          = one place to find them
        """;

    [Fact]
    public Task A_type_implementing_the_interface_must_end_in_the_suffix_reported_at_its_name_with_the_full_message()
    {
        var code = """
            namespace Shop.Domain { public interface IRepository { } }
            namespace Shop.Infrastructure
            {
                public sealed class {|#0:SqlOrders|} : Shop.Domain.IRepository { }
                public sealed class SqlOrderRepository : Shop.Domain.IRepository { }
                public sealed class Unrelated { }
            }
            """;
        var test = ConventionsTest.Create(Repositories, code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR3001").AtMarker(0)
            .WithMessage("'Shop.Infrastructure.SqlOrders' is named SqlOrders; convention repositories requires a name like *Repository (harness.rules, convention repositories): one place to find them"));
        return test.RunAsync();
    }

    [Fact]
    public Task Generic_interfaces_are_selected_without_their_arity_directly_or_through_a_base_class_or_another_interface()
    {
        var code = """
            namespace Shop.Domain
            {
                public interface IRepository<T> { }
                public interface IOrderRepository : IRepository<Order> { }
                public sealed class Order { }
            }
            namespace Shop.Infrastructure
            {
                using Shop.Domain;
                public class [|Orders|] : IRepository<Order> { }
                public abstract class [|StoreBase|]<T> : IRepository<T> { }
                public sealed class [|Customers|] : StoreBase<Order> { }
                public sealed class [|Invoices|] : IOrderRepository { }
                public sealed class GoodRepository<T> : IRepository<T> { }
            }
            """;
        return ConventionsTest.Create(Repositories, code).RunAsync();
    }

    [Fact]
    public Task Full_names_and_simple_names_of_interfaces_select_generic_arity_written_or_not()
    {
        var rules = """
            [convention full]
            where_implements = Shop.Domain.IRepository
            name             = *Repository

            [convention written-generic]
            where_implements = IStore<T>
            name             = *Store
            """;
        var code = """
            namespace Shop.Domain { public interface IRepository<T> { } public interface IStore<T> { } }
            namespace Shop.Other { public interface IRepository<T> { } }
            namespace Shop.Infrastructure
            {
                public sealed class {|HAR3001:Orders|} : Shop.Domain.IRepository<int> { }
                public sealed class NotSelected : Shop.Other.IRepository<int> { }
                public sealed class {|HAR3001:Files|} : Shop.Domain.IStore<string> { }
            }
            """;
        return ConventionsTest.Create(rules, code).RunAsync();
    }

    [Fact]
    public Task An_interface_that_extends_the_interface_is_not_selected()
    {
        var code = """
            namespace Shop.Domain
            {
                public interface IRepository { }
                public interface IOrders : IRepository { }
            }
            """;
        return ConventionsTest.Create(Repositories, code).RunAsync();
    }

    [Fact]
    public Task Prefix_patterns_and_several_patterns()
    {
        var rules = """
            [convention interfaces]
            where_kind = interface
            name       = I*

            [convention handlers]
            where_namespace = Shop.Application.**
            where_kind      = class
            name            = *Handler, *Validator
            """;
        var code = """
            namespace Shop.Application
            {
                public interface IClock { }
                public interface [|Clock|] { }
                public sealed class PlaceOrderHandler { }
                public sealed class PlaceOrderValidator { }
                public sealed class [|PlaceOrder|] { }
                public enum Status { Open }
                public struct Money { }
            }
            """;
        return ConventionsTest.Create(rules, code).RunAsync();
    }

    [Fact]
    public Task Where_name_and_where_namespace_select_together()
    {
        var rules = """
            [convention controllers]
            where_name      = *Controller
            where_namespace = Shop.Web.**
            name            = Api*
            """;
        var code = """
            namespace Shop.Web.Orders { public class [|OrdersController|] { } public class ApiOrdersController { } public class OrdersView { } }
            namespace Shop.Admin { public class UsersController { } }
            """;
        return ConventionsTest.Create(rules, code).RunAsync();
    }

    [Fact]
    public Task Where_inherits_selects_structs_enums_and_delegates_by_their_fixed_base_classes_an_enum_being_a_value_type_too()
    {
        var rules = """
            [convention values]
            where_inherits = System.ValueType
            name           = *Value

            [convention flags]
            where_inherits = System.Enum
            name           = *Kind

            [convention callbacks]
            where_inherits = System.MulticastDelegate
            name           = *Handler
            """;
        var code = """
            namespace Shop
            {
                public struct [|Money|] : System.IEquatable<Money> { public bool Equals(Money other) => true; }
                public readonly record struct PriceValue(decimal Amount);
                public enum {|HAR3001:{|HAR3001:Color|}|} : byte { Red }
                public enum {|HAR3001:OrderKind|} { Sale }
                public enum {|HAR3001:{|HAR3001:Size|}|} { Small }
                public delegate void [|Placed|]();
                public delegate void PlacedHandler();
                public interface IValue { }
                public class Order { }
            }
            """;
        var test = ConventionsTest.Create(rules, code);
        return test.RunAsync();
    }

    [Fact]
    public Task Where_inherits_selects_direct_and_indirect_subclasses_and_generic_bases_without_arity()
    {
        var rules = """
            [convention controllers]
            where_inherits = Shop.Web.ControllerBase
            name           = *Controller
            """;
        var code = """
            namespace Shop.Web
            {
                public abstract class ControllerBase<T> { }
                public abstract class ApiController : ControllerBase<int> { }
                public class [|Orders|] : ApiController { }
                public class UsersController : ControllerBase<string> { }
                public class [|Health|] : ControllerBase<string> { }
            }
            """;
        return ConventionsTest.Create(rules, code).RunAsync();
    }

    [Fact]
    public Task Where_attribute_matches_with_or_without_the_Attribute_suffix_by_simple_or_qualified_name_or_through_an_alias()
    {
        var rules = """
            [convention controllers]
            where_attribute = Shop.Web.ApiController
            name            = *Controller

            [convention handlers]
            where_attribute = HandlerAttribute
            name            = *Handler
            """;
        var code = """
            using Api = Shop.Web.ApiControllerAttribute;

            namespace Shop.Web
            {
                [System.AttributeUsage(System.AttributeTargets.Class)] public sealed class ApiControllerAttribute : System.Attribute { }
                [System.AttributeUsage(System.AttributeTargets.Class)] public sealed class HandlerAttribute : System.Attribute { }

                [ApiController] public class [|Orders|] { }
                [ApiControllerAttribute] public class UsersController { }
                [Handler] public class [|Place|] { }
                [global::Shop.Web.Handler, System.Obsolete] public class [|Ship|] { }
                [Api] public class [|Aliased|] { }
                [System.Obsolete] public class Plain { }
            }
            """;
        return ConventionsTest.Create(rules, code).RunAsync();
    }

    [Fact]
    public Task Where_kind_tells_classes_records_structs_interfaces_enums_and_delegates_apart()
    {
        var rules = """
            [convention records]
            where_kind = record
            name       = *Dto

            [convention structs]
            where_kind = struct
            name       = *Value

            [convention enums-and-delegates]
            where_kind = enum, delegate
            name       = E*
            """;
        var code = """
            namespace Shop
            {
                public record [|Order|](int Id);
                public record OrderDto(int Id);
                public record struct {|#0:Point|}(int X);
                public readonly struct [|Money|] { }
                public struct MoneyValue { }
                public enum [|Status|] { Open }
                public enum EStatus { Open }
                public delegate void [|Changed|]();
                public class Plain { }
            }
            """;
        var test = ConventionsTest.Create(rules, code);
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR3001").AtMarker(0)
            .WithMessage("'Shop.Point' is named Point; convention records requires a name like *Dto (harness.rules, convention records)"));
        test.ExpectedDiagnostics.Add(ExpectedDiagnostic.Diagnostic("HAR3001").AtMarker(0)
            .WithMessage("'Shop.Point' is named Point; convention structs requires a name like *Value (harness.rules, convention structs)"));
        return test.RunAsync();
    }
}
