using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// One differing value as a parameter of the kept method: its type, whether the kept value can be its default (a
/// constant) or every caller passes it, and whether a value can move to a call site at all. Moving a value is safe
/// when reading it has no effect and means the same there: literals, constants, enum members, <c>static readonly</c>
/// fields, types, <c>nameof</c>, and read-only fields of <c>this</c> in a class (<see cref="ReadsThis"/>); never a
/// property, a call, a user-defined operator or a local.
/// </summary>
internal sealed class MergedValue
{
    private MergedValue(ValueDifference difference, ITypeSymbol type, TypeSyntax typeSyntax, bool isOptional, bool readsThis)
    {
        Difference = difference;
        Type = type;
        TypeSyntax = typeSyntax;
        IsOptional = isOptional;
        ReadsThis = readsThis;
    }

    /// <summary>
    /// A value reads a read-only field of <c>this</c> (ILSpy's and Humanizer's matchers over <c>cardinalTokenOrder</c>
    /// and <c>ignoredTokenOrder</c>): no code can change the field once the object is built, so a call reads what the
    /// body would, provided the call is made on <c>this</c> too (<see cref="CallSites.AllOnThis"/>).
    /// </summary>
    public bool ReadsThis { get; }

    public ValueDifference Difference { get; }

    public ITypeSymbol Type { get; }

    public TypeSyntax TypeSyntax { get; }

    /// <summary>The kept value is a constant, so it is the parameter's default and the kept method's callers stay as they are.</summary>
    public bool IsOptional { get; }

    public string Name { get; set; } = "value";

    /// <summary>The local the kept value initialises, which the parameter replaces; see <see cref="ReadOnlyLocal"/>.</summary>
    public LocalDeclarationStatementSyntax? ReplacedLocal { get; private set; }

    public string? ReplacedLocalName => ReplacedLocal?.Declaration.Variables[0].Identifier.ValueText;

    public void KeepLocal() => ReplacedLocal = null;

    public static MergedValue? Create(ValueDifference difference, SemanticModel keptModel, SemanticModel copyModel, CancellationToken cancellationToken)
    {
        var kept = difference.KeptValue;

        // A default of the copy's own would be lost: its callers that leave the value out would get the kept one.
        if (difference.CopyParameter?.Default is not null
            || !IsSideEffectFree(kept, keptModel, cancellationToken)
            || (difference.CopyParameter is null && !IsSideEffectFree(difference.CopyValue, copyModel, cancellationToken)))
        {
            return null;
        }

        var type = difference.CopyParameter is { } parameter
            ? copyModel.GetDeclaredSymbol(parameter, cancellationToken)?.Type
            : TypeOf(kept, keptModel, cancellationToken);
        if (type is null || type.TypeKind == TypeKind.Error || !keptModel.ClassifyConversion(kept, type).IsImplicit)
        {
            return null;
        }

        // The copy's value must be of the same type: another type would pick other overloads or conversions in the body.
        if (difference.CopyParameter is null && !SymbolEqualityComparer.Default.Equals(TypeOf(difference.CopyValue, copyModel, cancellationToken), type))
        {
            return null;
        }

        var typeSyntax = difference.CopyParameter?.Type?.WithoutTrivia() ?? ParseTypeName(type.ToMinimalDisplayString(keptModel, kept.SpanStart));
        var readsThis = ReadsFieldOfThis(kept, keptModel, cancellationToken) || ReadsFieldOfThis(difference.CopyValue, copyModel, cancellationToken);
        return new MergedValue(difference, type, typeSyntax, keptModel.GetConstantValue(kept, cancellationToken).HasValue, readsThis)
        {
            // The copy's own parameter keeps its name, which the local's uses would not have.
            ReplacedLocal = difference.CopyParameter is null
                ? difference.KeptSites.Select(site => ReadOnlyLocal.Of(site, type, keptModel, cancellationToken)).FirstOrDefault(local => local is not null)
                : null,
        };
    }

    /// <summary>Whether <paramref name="value"/>, written where <paramref name="valueModel"/> binds it, names the same symbols at <paramref name="position"/> of <paramref name="siteModel"/>.</summary>
    public static bool BindsAt(ExpressionSyntax value, SemanticModel valueModel, SemanticModel siteModel, int position, CancellationToken cancellationToken)
    {
        foreach (var name in OutermostNames(value))
        {
            var option = SyntaxFacts.IsInTypeOnlyContext(name) ? SpeculativeBindingOption.BindAsTypeOrNamespace : SpeculativeBindingOption.BindAsExpression;
            var original = valueModel.GetSymbolInfo(name, cancellationToken).Symbol;
            var there = siteModel.GetSpeculativeSymbolInfo(position, name, option).Symbol;
            if (!SymbolEqualityComparer.Default.Equals(original, there))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The type a parameter needs: the value's own where it stands as itself or as an object, else the type it is
    /// converted to (<c>byte b = 3</c>, <c>long n = 3</c>); none for a value without a type (<c>null</c>) or converted
    /// by user code.
    /// </summary>
    private static ITypeSymbol? TypeOf(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken)
    {
        var info = model.GetTypeInfo(value, cancellationToken);
        var conversion = model.GetConversion(value, cancellationToken);
        if (info.Type is null || conversion.IsUserDefined)
        {
            return null;
        }

        return conversion.IsIdentity || conversion.IsBoxing || conversion.IsReference ? info.Type : info.ConvertedType;
    }

    private static bool IsSideEffectFree(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var node in value.DescendantNodesAndSelf(n => !ValueExpression.IsNameof(n)))
        {
            var symbol = model.GetSymbolInfo(node, cancellationToken).Symbol;
            var safe = node switch
            {
                _ when ValueExpression.IsNameof(node) => model.GetConstantValue(node, cancellationToken).HasValue,
                SimpleNameSyntax name => symbol is INamespaceOrTypeSymbol or IFieldSymbol { IsConst: true } or IFieldSymbol { IsStatic: true, IsReadOnly: true }
                    || IsReadOnlyFieldOfThis(name, symbol),
                BinaryExpressionSyntax or PrefixUnaryExpressionSyntax or CastExpressionSyntax =>
                    symbol is not IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator or MethodKind.Conversion },
                _ => true,
            };

            if (!safe)
            {
                return false;
            }
        }

        return true;
    }

    private static bool ReadsFieldOfThis(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken) =>
        value.DescendantNodesAndSelf().OfType<SimpleNameSyntax>().Any(name => IsReadOnlyFieldOfThis(name, model.GetSymbolInfo(name, cancellationToken).Symbol));

    /// <summary>
    /// A read-only instance field of a class, read as <c>field</c> or <c>this.field</c>. A struct's fields change
    /// with the whole value (<c>this = …</c>), and another object's field is not the callee's. The field holds a
    /// reference or an immutable value: a parameter of a mutable struct could be changed in place where each read of
    /// the field was a fresh copy.
    /// </summary>
    private static bool IsReadOnlyFieldOfThis(SimpleNameSyntax name, ISymbol? symbol) =>
        symbol is IFieldSymbol { IsStatic: false, IsReadOnly: true, ContainingType.TypeKind: TypeKind.Class } field
        && (field.Type.IsReferenceType || field.Type.IsReadOnly || field.Type.TypeKind == TypeKind.Enum)
        && name.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Name == name => access.Expression is ThisExpressionSyntax,
            ConditionalAccessExpressionSyntax or MemberBindingExpressionSyntax => false,
            _ => true,
        };

    /// <summary>The names to bind again: each whole dotted name once (<c>Limits.Max</c>, not <c>Limits</c> and <c>Max</c>).</summary>
    private static IEnumerable<ExpressionSyntax> OutermostNames(ExpressionSyntax value) =>
        value.DescendantNodesAndSelf()
            .OfType<SimpleNameSyntax>()
            .Where(name => !(name.Parent is InvocationExpressionSyntax invocation && ValueExpression.IsNameof(invocation) && invocation.Expression == name))
            .Select(name =>
            {
                ExpressionSyntax outer = name;
                while (outer.Parent is MemberAccessExpressionSyntax or QualifiedNameSyntax or AliasQualifiedNameSyntax)
                {
                    outer = (ExpressionSyntax)outer.Parent;
                }

                return outer;
            })
            .Distinct();
}
