using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// Whether a condition can be deleted without changing what the program does or what the compiler says:
/// evaluating it has no side effect and cannot throw, and nothing it reads is left unread.
/// <list type="bullet">
/// <item>Allowed: constants, literals, <c>default</c>, <c>typeof</c>, <c>this</c>, parameters, locals (not ref locals),
/// instance fields of <c>this</c> or of a struct that is itself allowed (not volatile), constant fields; built-in
/// comparison and logical operators (<c>==</c> … <c>&gt;=</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>!</c>, <c>&amp;</c>, <c>|</c>,
/// <c>^</c>, <c>~</c>), implicit built-in conversions, <c>?:</c>, <c>??</c>, <c>is</c> with type, constant, relational,
/// <c>not</c>/<c>and</c>/<c>or</c> and empty <c>{ }</c> patterns.</item>
/// <item>Not allowed: invocations, property and indexer reads (a getter may do anything), <c>await</c>, assignments,
/// <c>++</c>/<c>--</c>, <c>new</c>, user-defined operators and conversions, <c>dynamic</c>, arithmetic (it may throw
/// when checked, or for <c>decimal</c>), static non-constant fields (the first read may run a type initializer),
/// element access, property, positional and list patterns, pattern variables.</item>
/// <item>Reads: a local (CS0219), a private or internal field (CS0169, CS0414) or a primary-constructor parameter
/// (CS9113) must be read somewhere else too, outside the code the fix removes.</item>
/// </list>
/// </summary>
internal static class DroppableCondition
{
    /// <param name="condition">The condition the fix deletes.</param>
    /// <param name="removed">Every span of <paramref name="condition"/>'s tree that the fix deletes (the condition included).</param>
    /// <param name="model">The semantic model of <paramref name="condition"/>'s tree.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    public static bool CanDrop(ExpressionSyntax condition, ImmutableArray<TextSpan> removed, SemanticModel model, CancellationToken cancellationToken)
    {
        var operation = model.GetOperation(condition, cancellationToken);
        var reads = new List<ISymbol>();
        if (operation is null || !IsFree(operation, reads))
        {
            return false;
        }

        foreach (var symbol in reads.Distinct<ISymbol>(SymbolEqualityComparer.Default))
        {
            if (MustStayRead(symbol) && !IsReadElsewhere(symbol, condition, removed, model, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsFree(IOperation operation, List<ISymbol> reads)
    {
        if (operation.Type is { TypeKind: TypeKind.Dynamic })
        {
            return false;
        }

        if (operation.ConstantValue.HasValue)
        {
            // A constant cannot have side effects; a constant local it names still must stay read (CS0219).
            foreach (var local in operation.DescendantsAndSelf().OfType<ILocalReferenceOperation>())
            {
                reads.Add(local.Local);
            }

            return true;
        }

        switch (operation)
        {
            case ILiteralOperation:
            case IDefaultValueOperation:
            case ITypeOfOperation:
            case ISizeOfOperation:
            case IInstanceReferenceOperation:
                return true;
            case ILocalReferenceOperation local:
                reads.Add(local.Local);
                return local.Local.RefKind == RefKind.None;
            case IParameterReferenceOperation parameter:
                reads.Add(parameter.Parameter);
                return true;
            case IFieldReferenceOperation field:
                return IsFreeField(field, reads);
            case IBinaryOperation binary:
                return IsBuiltIn(binary)
                    && IsFree(binary.LeftOperand, reads)
                    && IsFree(binary.RightOperand, reads);
            case IUnaryOperation unary:
                return unary.OperatorMethod is null
                    && unary.OperatorKind is UnaryOperatorKind.Not or UnaryOperatorKind.BitwiseNegation or UnaryOperatorKind.Plus
                    && IsFree(unary.Operand, reads);
            case IConversionOperation conversion:
                return conversion.OperatorMethod is null
                    && conversion.GetConversion() is { IsImplicit: true, IsUserDefined: false, IsDynamic: false }
                    && IsFree(conversion.Operand, reads);
            case IIsTypeOperation isType:
                return IsFree(isType.ValueOperand, reads);
            case IIsPatternOperation isPattern:
                return IsFree(isPattern.Value, reads) && IsFreePattern(isPattern.Pattern, reads);
            case IConditionalOperation conditional:
                return !conditional.IsRef
                    && conditional.WhenFalse is not null
                    && IsFree(conditional.Condition, reads)
                    && IsFree(conditional.WhenTrue, reads)
                    && IsFree(conditional.WhenFalse, reads);
            case ICoalesceOperation coalesce:
                return !coalesce.ValueConversion.IsUserDefined
                    && IsFree(coalesce.Value, reads)
                    && IsFree(coalesce.WhenNull, reads);
            default:
                return false;
        }
    }

    private static bool IsFreeField(IFieldReferenceOperation reference, List<ISymbol> reads)
    {
        var field = reference.Field;
        if (field.IsVolatile)
        {
            return false;
        }

        if (field.IsConst)
        {
            return true;
        }

        if (field.IsStatic || reference.Instance is null)
        {
            return false;
        }

        reads.Add(field);
        if (reference.Instance is IInstanceReferenceOperation)
        {
            return true;
        }

        // 'local.Field' cannot throw only when 'local' is a struct (not a Nullable<T>, which has no fields to read).
        return reference.Instance.Type is { IsValueType: true, OriginalDefinition.SpecialType: not SpecialType.System_Nullable_T }
            && IsFree(reference.Instance, reads);
    }

    /// <summary>A built-in comparison or logical operator: no user code runs and nothing can throw.</summary>
    private static bool IsBuiltIn(IBinaryOperation binary)
    {
        switch (binary.OperatorKind)
        {
            case BinaryOperatorKind.Equals:
            case BinaryOperatorKind.NotEquals:
            case BinaryOperatorKind.LessThan:
            case BinaryOperatorKind.LessThanOrEqual:
            case BinaryOperatorKind.GreaterThan:
            case BinaryOperatorKind.GreaterThanOrEqual:
                // string, decimal and delegate comparisons may be bound to their operator methods; they are pure.
                return binary.OperatorMethod is null
                    || binary.OperatorMethod.ContainingType.SpecialType is SpecialType.System_String
                        or SpecialType.System_Decimal or SpecialType.System_Delegate or SpecialType.System_MulticastDelegate;
            case BinaryOperatorKind.ConditionalAnd:
            case BinaryOperatorKind.ConditionalOr:
            case BinaryOperatorKind.And:
            case BinaryOperatorKind.Or:
            case BinaryOperatorKind.ExclusiveOr:
                return binary.OperatorMethod is null;
            default:
                return false;
        }
    }

    private static bool IsFreePattern(IPatternOperation pattern, List<ISymbol> reads)
    {
        switch (pattern)
        {
            case IConstantPatternOperation constant:
                return IsFree(constant.Value, reads);
            case IRelationalPatternOperation relational:
                return IsFree(relational.Value, reads);
            case ITypePatternOperation:
            case IDiscardPatternOperation:
                return true;
            case INegatedPatternOperation negated:
                return IsFreePattern(negated.Pattern, reads);
            case IBinaryPatternOperation binary:
                return IsFreePattern(binary.LeftPattern, reads) && IsFreePattern(binary.RightPattern, reads);
            case IDeclarationPatternOperation declaration:
                return declaration.DeclaredSymbol is null;
            case IRecursivePatternOperation recursive:
                // Only '{ }' (not null): a property or positional sub-pattern runs a getter or Deconstruct.
                return recursive.DeclaredSymbol is null
                    && recursive.DeconstructSymbol is null
                    && recursive.DeconstructionSubpatterns.IsEmpty
                    && recursive.PropertySubpatterns.IsEmpty;
            default:
                return false;
        }
    }

    /// <summary>Whether the compiler warns when the symbol is no longer read (CS0219, CS0169, CS0414, CS9113).</summary>
    private static bool MustStayRead(ISymbol symbol) => symbol switch
    {
        ILocalSymbol => true,
        IFieldSymbol field => !field.IsConst
            && field.DeclaredAccessibility is Accessibility.Private or Accessibility.Internal or Accessibility.ProtectedAndInternal,
        IParameterSymbol parameter => IsPrimaryConstructorParameter(parameter),
        _ => false,
    };

    private static bool IsPrimaryConstructorParameter(IParameterSymbol parameter) =>
        parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
        && constructor.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax);

    private static bool IsReadElsewhere(
        ISymbol symbol, ExpressionSyntax condition, ImmutableArray<TextSpan> removed, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var scope in Scopes(symbol, condition))
        {
            var scopeModel = scope.SyntaxTree == model.SyntaxTree ? model : model.Compilation.GetSemanticModel(scope.SyntaxTree);
            foreach (var name in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (name.Identifier.ValueText == symbol.Name
                    && !(name.SyntaxTree == condition.SyntaxTree && removed.Any(span => span.Contains(name.Span)))
                    && IsRead(name)
                    && SymbolEqualityComparer.Default.Equals(scopeModel.GetSymbolInfo(name, cancellationToken).Symbol?.OriginalDefinition, symbol.OriginalDefinition))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Where other reads can be: the member (or all top-level statements) for a local, the type for the rest.</summary>
    private static IEnumerable<SyntaxNode> Scopes(ISymbol symbol, ExpressionSyntax condition)
    {
        if (symbol is ILocalSymbol)
        {
            var member = condition.FirstAncestorOrSelf<MemberDeclarationSyntax>();
            yield return member is null or GlobalStatementSyntax ? condition.SyntaxTree.GetRoot() : member;
            yield break;
        }

        var type = symbol is IParameterSymbol { ContainingSymbol: IMethodSymbol constructor } ? constructor.ContainingType : symbol.ContainingType;
        if (type is null)
        {
            yield break;
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            yield return reference.GetSyntax();
        }
    }

    /// <summary>Not a write (<c>x = …</c>, <c>x += …</c>, <c>x++</c>, <c>out x</c>) and not inside <c>nameof</c>.</summary>
    private static bool IsRead(IdentifierNameSyntax name)
    {
        SyntaxNode expression = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
        while (expression.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized;
        }

        switch (expression.Parent)
        {
            case AssignmentExpressionSyntax assignment when assignment.Left == expression:
            case PrefixUnaryExpressionSyntax prefix when prefix.IsKind(SyntaxKind.PreIncrementExpression) || prefix.IsKind(SyntaxKind.PreDecrementExpression):
            case PostfixUnaryExpressionSyntax postfix when postfix.IsKind(SyntaxKind.PostIncrementExpression) || postfix.IsKind(SyntaxKind.PostDecrementExpression):
            case ArgumentSyntax argument when argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword):
                return false;
        }

        return !name.Ancestors().OfType<InvocationExpressionSyntax>()
            .Any(invocation => invocation.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" });
    }
}
