using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Architecture;

/// <summary>
/// Finds what a judged node refers to, binding as little as it can. Asking the semantic model about a node inside a
/// member binds that member's whole body again and, with nullable enabled, runs nullable analysis on it: the cost of
/// compiling it a second time. So in executable code a name that stands for a type or namespace is bound on its own
/// (speculative type binding binds no body), a member reached through a type name (<c>DateTime.Now</c>,
/// <c>Console.WriteLine(x)</c>) is looked up in that type, and only what needs a value's type or overload resolution
/// is asked of the semantic model. Outside member bodies (declarations, base lists, using directives) the semantic
/// model binds just the name, so it is asked directly.
/// </summary>
internal sealed class UseResolver
{
    private readonly ArchitectureState _state;
    private readonly SemanticModel _semanticModel;
    private readonly CancellationToken _cancellationToken;

    public UseResolver(ArchitectureState state, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        _state = state;
        _semanticModel = semanticModel;
        _cancellationToken = cancellationToken;
    }

    /// <summary>What a name refers to; for the type name of a <c>new</c> expression, the constructor if a ban could name it.</summary>
    public ISymbol? SymbolOfName(SimpleNameSyntax name)
    {
        var creation = CreationOf(name);
        if (!IsInExecutableCode(name))
        {
            return Bound((SyntaxNode?)creation ?? name);
        }

        if (creation is not null)
        {
            return TypeUnlessConstructorBanned(creation.Type) ?? Bound(creation);
        }

        var chain = NameChainEndingAt(name);
        if (TypeOrNamespaceOf(chain, SyntaxFacts.IsInNamespaceOrTypeContext(chain)) is { } typeOrNamespace)
        {
            return typeOrNamespace;
        }

        if (chain is MemberAccessExpressionSyntax access && TypeOrNamespaceOf(access.Expression, typeContext: false) is INamedTypeSymbol receiver
            && StaticMemberOf(receiver, name) is { } member)
        {
            return member;
        }

        return Bound(name);
    }

    /// <summary>The constructor or type a target-typed <c>new()</c> creates; <paramref name="declaredType"/> is the type its declaration names, if any.</summary>
    public ISymbol? SymbolOfImplicitCreation(ImplicitObjectCreationExpressionSyntax creation, TypeSyntax? declaredType) =>
        (declaredType is null ? null : TypeUnlessConstructorBanned(declaredType)) ?? Bound(creation);

    /// <summary>What an element access, constructor initializer or other unnamed use refers to; these need the bound body.</summary>
    public ISymbol? Bound(SyntaxNode node)
    {
        var info = _semanticModel.GetSymbolInfo(node, _cancellationToken);
        return info.Symbol ?? (info.CandidateSymbols.IsEmpty ? null : info.CandidateSymbols[0]);
    }

    /// <summary>The <c>new</c> expression whose type this name is: binding it gives the constructor, which a ban may name.</summary>
    public static ObjectCreationExpressionSyntax? CreationOf(SyntaxNode node)
    {
        var type = node.Parent is QualifiedNameSyntax qualified && qualified.Right == node ? qualified : node;
        return type.Parent is ObjectCreationExpressionSyntax creation && creation.Type == type ? creation : null;
    }

    /// <summary>
    /// The type a type syntax names, standing for the constructor a <c>new</c> of it calls: every constructor of a type
    /// is judged as the type is, unless a ban names one of them, which only overload resolution can tell apart.
    /// </summary>
    private ISymbol? TypeUnlessConstructorBanned(TypeSyntax type)
    {
        var symbol = TypeOrNamespaceOf(type is NullableTypeSyntax nullable ? nullable.ElementType : type, typeContext: true);
        return symbol is INamedTypeSymbol named && !_state.HasBannedConstructor(named) ? named : null;
    }

    /// <summary>
    /// A member of a type reached through the type's name. Overloads share their type, so their layer and modules;
    /// they are judged alike unless bans tell them apart, and then overload resolution must choose.
    /// </summary>
    private ISymbol? StaticMemberOf(INamedTypeSymbol type, SimpleNameSyntax name)
    {
        var members = _semanticModel.LookupSymbols(name.SpanStart, type, name.Identifier.ValueText);
        ISymbol? first = null;
        foreach (var member in members)
        {
            if (member is INamedTypeSymbol || _state.TargetOf(member) is not { } target)
            {
                return null;
            }

            if (first is null)
            {
                first = member;
            }
            else if (!SymbolEqualityComparer.Default.Equals(member.ContainingType, first.ContainingType)
                || target.BannedIds(_state.Model) != _state.TargetOf(first)!.BannedIds(_state.Model))
            {
                return null;
            }
        }

        return first;
    }

    /// <summary>
    /// The type or namespace a name chain (<c>Shop.Infrastructure.SqlStore</c>, <c>Box&lt;int&gt;</c>) names, bound
    /// without its body; null if it names something else, or if its first name is a value in scope (a local, a field,
    /// a property), which only full binding can tell from a type of the same name. Where only a type or namespace can
    /// stand (<paramref name="typeContext"/>), no value can be meant.
    /// </summary>
    private ISymbol? TypeOrNamespaceOf(ExpressionSyntax expression, bool typeContext)
    {
        if (!IsNameChain(expression) || (!typeContext && (LeftmostName(expression) is not { } leftmost || NamesValue(leftmost))))
        {
            return null;
        }

        // A member access chain is the same text as a qualified name, which type binding takes.
        var type = expression as TypeSyntax ?? SyntaxFactory.ParseTypeName(expression.ToString());
        var info = _semanticModel.GetSpeculativeSymbolInfo(expression.SpanStart, type, SpeculativeBindingOption.BindAsTypeOrNamespace);
        return info.Symbol is INamespaceSymbol or INamedTypeSymbol { TypeKind: not TypeKind.Error } ? info.Symbol : null;
    }

    private bool NamesValue(SimpleNameSyntax name)
    {
        foreach (var symbol in _semanticModel.LookupSymbols(name.SpanStart, name: name.Identifier.ValueText))
        {
            if (symbol is not (INamespaceOrTypeSymbol or IAliasSymbol))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest chain of dotted names that ends at <paramref name="name"/>: <c>A.B.C</c> for <c>C</c>.</summary>
    private static ExpressionSyntax NameChainEndingAt(SimpleNameSyntax name)
    {
        ExpressionSyntax current = name;
        while (true)
        {
            switch (current.Parent)
            {
                case QualifiedNameSyntax qualified when qualified.Right == current:
                    current = qualified;
                    break;
                case AliasQualifiedNameSyntax aliased when aliased.Name == current:
                    current = aliased;
                    break;
                case MemberAccessExpressionSyntax access when access.Name == current && access.IsKind(SyntaxKind.SimpleMemberAccessExpression):
                    current = access;
                    break;
                default:
                    return current;
            }
        }
    }

    private static bool IsNameChain(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax or QualifiedNameSyntax or AliasQualifiedNameSyntax or PredefinedTypeSyntax => true,
        MemberAccessExpressionSyntax access => access.IsKind(SyntaxKind.SimpleMemberAccessExpression) && IsNameChain(access.Expression),
        _ => false,
    };

    private static SimpleNameSyntax? LeftmostName(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax simple => simple,
        QualifiedNameSyntax qualified => LeftmostName(qualified.Left),
        MemberAccessExpressionSyntax access => LeftmostName(access.Expression),
        AliasQualifiedNameSyntax aliased => aliased.Alias,
        _ => null,
    };

    /// <summary>Whether the node is inside code the compiler binds as a body: blocks, expression bodies, initializers, arguments.</summary>
    private static bool IsInExecutableCode(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case BlockSyntax or ArrowExpressionClauseSyntax or EqualsValueClauseSyntax or ConstructorInitializerSyntax
                    or GlobalStatementSyntax or ArgumentListSyntax or AttributeArgumentListSyntax:
                    return true;
                case MemberDeclarationSyntax or CompilationUnitSyntax or UsingDirectiveSyntax:
                    return false;
            }
        }

        return false;
    }
}
