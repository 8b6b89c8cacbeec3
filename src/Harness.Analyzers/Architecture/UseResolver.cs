using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
    /// <summary>How many uses of one member are resolved by lookups; past that, binding the member once is cheaper (in generated layered code most names of a body are uses to judge).</summary>
    private const int LookUpsPerMember = 6;

    private readonly ArchitectureState _state;
    private readonly SemanticModel _semanticModel;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<SyntaxNode, int> _lookUpsByMember = new();

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
        if (!ShouldLookUp(name))
        {
            return Bound((SyntaxNode?)creation ?? name);
        }

        if (creation is not null)
        {
            return ConstructedBy(creation.Type) ?? Bound(creation);
        }

        var chain = NameChainEndingAt(name);
        var resolved = chain switch
        {
            MemberAccessExpressionSyntax access => ContainerOf(access.Expression, out var isValue) is { } container ? MemberOf(container, name, isValue) : null,
            _ when name.Parent is MemberBindingExpressionSyntax binding => ContainerOf(ReceiverOf(binding), out _) is ITypeSymbol type ? MemberOf(Unwrapped(type), name, isValue: true) : null,
            QualifiedNameSyntax or AliasQualifiedNameSyntax => TypeOrNamespaceOf(chain),
            _ => SymbolInScope(name),
        };
        return resolved ?? Bound(name);
    }

    /// <summary>The constructor or type a target-typed <c>new()</c> creates; <paramref name="declaredType"/> is the type its declaration names, if any.</summary>
    public ISymbol? SymbolOfImplicitCreation(ImplicitObjectCreationExpressionSyntax creation, TypeSyntax? declaredType) =>
        (declaredType is null ? null : ConstructedBy(declaredType)) ?? Bound(creation);

    /// <summary>The indexer an element access uses, or null for an array's; found from the receiver's declared type where it can be.</summary>
    public ISymbol? SymbolOfElementAccess(ElementAccessExpressionSyntax access)
    {
        if (ShouldLookUp(access) && ContainerOf(access.Expression, out _) is ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol or IPointerTypeSymbol)
            {
                return null;
            }

            if (AlikeMembers(IndexersOf(type)) is { } indexer)
            {
                return indexer;
            }
        }

        return Bound(access);
    }

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
    /// What a <c>new</c> of the type a type syntax names uses: every constructor of a type is judged as the type is,
    /// unless a ban names one of them; then any constructor stands for the one called if bans treat them alike (a ban
    /// without a parameter list), and otherwise only overload resolution can tell (null).
    /// </summary>
    private ISymbol? ConstructedBy(TypeSyntax type)
    {
        var symbol = TypeOrNamespaceOf(type is NullableTypeSyntax nullable ? nullable.ElementType : type);
        if (symbol is not INamedTypeSymbol named)
        {
            return null;
        }

        return _state.JudgesEachConstructor(named) ? AlikeMembers(ImmutableArray<ISymbol>.CastUp(named.InstanceConstructors)) : named;
    }

    /// <summary>
    /// What a simple name standing alone means where it stands, from the symbols in scope: a type or namespace, a
    /// local or parameter, or members of one type that bans do not tell apart. Anything else (symbols of several
    /// kinds, a method that may be an extension) is left to the semantic model.
    /// </summary>
    private ISymbol? SymbolInScope(SimpleNameSyntax name)
    {
        var symbols = _semanticModel.LookupSymbols(name.SpanStart, name: name.Identifier.ValueText);
        if (symbols.Length == 0)
        {
            return null;
        }

        if (symbols[0] is INamespaceOrTypeSymbol or IAliasSymbol)
        {
            return TypeOrNamespaceOf(name);
        }

        if (IsColorColor(symbols[0], name))
        {
            return null;
        }

        if (symbols.Length == 1 && symbols[0] is ILocalSymbol or IParameterSymbol)
        {
            return symbols[0];
        }

        // Lookup also finds methods for a name that is not called (a method group converted to a delegate, nameof):
        // only a called name is certain to mean one of them.
        return symbols[0] is IMethodSymbol && name.Parent is not InvocationExpressionSyntax ? null : AlikeMembers(symbols);
    }

    /// <summary>
    /// A member named by <paramref name="name"/> in a namespace or type, as lookup finds it at the use: a nested type or
    /// namespace, or members that are judged alike. On a value, extension methods in scope compete with the members.
    /// </summary>
    private ISymbol? MemberOf(INamespaceOrTypeSymbol container, SimpleNameSyntax name, bool isValue)
    {
        var text = name.Identifier.ValueText;
        var symbols = _semanticModel.LookupSymbols(name.SpanStart, container, text);
        if (symbols.Length == 0 && !isValue)
        {
            return null;
        }

        if (!symbols.IsEmpty && symbols[0] is INamespaceOrTypeSymbol)
        {
            // A generic type's name needs its arguments bound; lookup cannot tell types of one name and other arities apart.
            return name is GenericNameSyntax ? TypeOrNamespaceOf(NameChainEndingAt(name)) : symbols.Length == 1 ? symbols[0] : null;
        }

        var members = Reachable(symbols, name, isValue);
        if (!isValue)
        {
            return AlikeMembers(members);
        }

        // On a value, extension methods compete with the members of a method group, and finding them reduces each one
        // to the receiver, the dearest part of lookup. They are looked up only when they could change the verdict: when
        // the members found are methods that a rule constrains, or none, or a rule constrains an extension of this name.
        if (!members.IsEmpty && (members[0] is not IMethodSymbol || AreAllFree(members)) && !_state.IndexFor(_cancellationToken).IsConstrainedExtensionName(text))
        {
            return AlikeMembers(members);
        }

        return AlikeMembers(Reachable(_semanticModel.LookupSymbols(name.SpanStart, container, text, includeReducedExtensionMethods: true), name, isValue));
    }

    /// <summary>
    /// Member lookup as the compiler does it: a call considers only methods (extension methods included), a property,
    /// field or event found by name hides the methods of that name, and a value reaches no static member.
    /// </summary>
    private static ImmutableArray<ISymbol> Reachable(ImmutableArray<ISymbol> symbols, SimpleNameSyntax name, bool isValue)
    {
        var accessed = (SyntaxNode?)(name.Parent as MemberBindingExpressionSyntax) ?? name.Parent;
        var call = accessed?.Parent is InvocationExpressionSyntax invocation && invocation.Expression == accessed;
        var hasNonMethod = symbols.Any(symbol => symbol is not IMethodSymbol);
        return symbols.Where(symbol =>
            (call ? symbol is IMethodSymbol : !hasNonMethod || symbol is not IMethodSymbol)
            && !(isValue && symbol.IsStatic && symbol is not IMethodSymbol { MethodKind: MethodKind.ReducedExtension })).ToImmutableArray();
    }

    private bool AreAllFree(ImmutableArray<ISymbol> symbols) => symbols.All(symbol => _state.TargetOf(symbol) is { } target && !target.IsConstrained(_state.Rules));

    /// <summary>
    /// The first of candidate members if the rules judge them alike, so that it stands for the one overload resolution
    /// would choose: members of one type (one layer, one set of modules) that bans do not tell apart, or members no
    /// rule constrains at all. A candidate that another one overrides is never chosen (binding picks the most derived
    /// override). Null if they differ, for the semantic model to decide.
    /// </summary>
    private ISymbol? AlikeMembers(ImmutableArray<ISymbol> symbols)
    {
        ISymbol? first = null;
        UseTarget? firstTarget = null;
        var allFree = true;
        var oneType = true;
        foreach (var symbol in symbols)
        {
            if (IsOverriddenByAnother(symbol, symbols))
            {
                continue;
            }

            if (_state.TargetOf(symbol) is not { } target)
            {
                return null;
            }

            allFree &= !target.IsConstrained(_state.Rules);
            if (first is null)
            {
                first = symbol;
                firstTarget = target;
            }
            else
            {
                oneType &= SymbolEqualityComparer.Default.Equals(symbol.ContainingType, first.ContainingType)
                    && target.BannedIds(_state.Model) == firstTarget!.BannedIds(_state.Model);
            }
        }

        return allFree || oneType ? first : null;
    }

    private static bool IsOverriddenByAnother(ISymbol symbol, ImmutableArray<ISymbol> symbols)
    {
        foreach (var other in symbols)
        {
            for (var overridden = Overridden(other); overridden is not null; overridden = Overridden(overridden))
            {
                if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, symbol.OriginalDefinition))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ISymbol? Overridden(ISymbol symbol) => symbol switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        IEventSymbol @event => @event.OverriddenEvent,
        _ => null,
    };

    /// <summary>
    /// The namespace or type whose member a receiver expression reaches, from declarations only: a named type or
    /// namespace, or the declared type of the value it stands for (<c>this</c>, a local, parameter, field or property,
    /// a call, an element, a <c>new</c>, a cast, a string), along chains of these. Null where only binding can tell,
    /// such as a call to overloads that return different types or to a generic method.
    /// </summary>
    private INamespaceOrTypeSymbol? ContainerOf(ExpressionSyntax receiver, out bool isValue)
    {
        isValue = true;
        switch (receiver)
        {
            case ThisExpressionSyntax:
                return EnclosingType(receiver);
            case BaseExpressionSyntax:
                return EnclosingType(receiver)?.BaseType;
            case IdentifierNameSyntax identifier:
                var symbols = _semanticModel.LookupSymbols(identifier.SpanStart, name: identifier.Identifier.ValueText);
                if (symbols.Length != 1)
                {
                    return null;
                }

                if (IsColorColor(symbols[0], identifier))
                {
                    return null;
                }

                isValue = symbols[0] is not (INamespaceOrTypeSymbol or IAliasSymbol);
                return symbols[0] switch
                {
                    INamespaceOrTypeSymbol typeOrNamespace => typeOrNamespace,
                    IAliasSymbol alias => alias.Target,
                    _ => TypeOfValue(symbols[0]),
                };
            case MemberAccessExpressionSyntax access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression) && access.Name is IdentifierNameSyntax:
                if (ContainerOf(access.Expression, out var containerIsValue) is not { } container)
                {
                    return null;
                }

                var members = _semanticModel.LookupSymbols(access.Name.SpanStart, container, access.Name.Identifier.ValueText);
                if (members.Length != 1)
                {
                    return null;
                }

                isValue = containerIsValue || members[0] is not INamespaceOrTypeSymbol;
                return members[0] as INamespaceOrTypeSymbol ?? TypeOfValue(members[0]);
            case TypeSyntax:
                isValue = false;
                return TypeOrNamespaceOf(receiver) as INamespaceOrTypeSymbol;
            case InvocationExpressionSyntax invocation:
                return ReturnTypeOf(invocation);
            case ElementAccessExpressionSyntax access when !access.ArgumentList.Arguments.Any(argument => argument.Expression is RangeExpressionSyntax):
                return ContainerOf(access.Expression, out _) is ITypeSymbol indexed ? ElementTypeOf(indexed) : null;
            case ObjectCreationExpressionSyntax creation:
                return TypeOrNamespaceOf(creation.Type) as ITypeSymbol;
            case CastExpressionSyntax cast:
                return TypeOrNamespaceOf(cast.Type) as ITypeSymbol;
            case ParenthesizedExpressionSyntax parenthesized:
                return ContainerOf(parenthesized.Expression, out isValue);
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                return _semanticModel.Compilation.GetSpecialType(SpecialType.System_String);
            default:
                return null;
        }
    }

    /// <summary>The type a call returns when every method it may call returns that type and none is generic (which needs inference).</summary>
    private ITypeSymbol? ReturnTypeOf(InvocationExpressionSyntax invocation)
    {
        var candidates = invocation.Expression switch
        {
            IdentifierNameSyntax name => _semanticModel.LookupSymbols(name.SpanStart, name: name.Identifier.ValueText),
            MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression)
                && ContainerOf(access.Expression, out var isValue) is { } container =>
                _semanticModel.LookupSymbols(name.SpanStart, container, name.Identifier.ValueText, includeReducedExtensionMethods: isValue),
            _ => ImmutableArray<ISymbol>.Empty,
        };

        ITypeSymbol? returned = null;
        foreach (var candidate in candidates)
        {
            if (candidate is not IMethodSymbol { IsGenericMethod: false } method || (returned is not null && !SymbolEqualityComparer.Default.Equals(returned, method.ReturnType)))
            {
                return null;
            }

            returned = method.ReturnType;
        }

        return returned;
    }

    /// <summary>The type of an element of a value of this type: an array's element type, or the type its indexers share.</summary>
    private ITypeSymbol? ElementTypeOf(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        ITypeSymbol? element = null;
        foreach (var indexer in IndexersOf(type))
        {
            var indexerType = ((IPropertySymbol)indexer).Type;
            if (element is not null && !SymbolEqualityComparer.Default.Equals(element, indexerType))
            {
                return null;
            }

            element = indexerType;
        }

        return element;
    }

    /// <summary>The indexers an element access of a value of this type can use: those of the nearest type in its bases, else of its interfaces.</summary>
    private static ImmutableArray<ISymbol> IndexersOf(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            var indexers = current.GetMembers(WellKnownMemberNames.Indexer);
            if (!indexers.IsEmpty)
            {
                return indexers;
            }
        }

        var inherited = ImmutableArray.CreateBuilder<ISymbol>();
        foreach (var implemented in type.AllInterfaces)
        {
            inherited.AddRange(implemented.GetMembers(WellKnownMemberNames.Indexer));
        }

        return inherited.ToImmutable();
    }

    /// <summary>
    /// A value named like its own type (<c>Color Color</c>): before a dot the name may stand for the value or the type,
    /// which only binding tells apart.
    /// </summary>
    private static bool IsColorColor(ISymbol symbol, SimpleNameSyntax name) =>
        name.Parent is MemberAccessExpressionSyntax access && access.Expression == name && TypeOfValue(symbol) is { } type && type.Name == name.Identifier.ValueText;

    private static ITypeSymbol? TypeOfValue(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        IFieldSymbol field => field.Type,
        IPropertySymbol { IsIndexer: false } property => property.Type,
        _ => null,
    };

    /// <summary><c>x?.M</c> reaches M on the value of <c>x</c>, for a nullable value type on its underlying type.</summary>
    private static INamespaceOrTypeSymbol Unwrapped(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

    /// <summary>The expression whose value <c>?.M</c> accesses: that of the conditional access the binding begins.</summary>
    private static ExpressionSyntax ReceiverOf(MemberBindingExpressionSyntax binding)
    {
        for (SyntaxNode? current = binding; current?.Parent is not null; current = current.Parent)
        {
            if (current.Parent is ConditionalAccessExpressionSyntax access && access.WhenNotNull == current)
            {
                return access.Expression;
            }
        }

        return binding;
    }

    private INamedTypeSymbol? EnclosingType(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is TypeDeclarationSyntax declaration)
            {
                return _semanticModel.GetDeclaredSymbol(declaration, _cancellationToken);
            }
        }

        return null;
    }

    /// <summary>
    /// The type or namespace that a type syntax or a name chain standing for one (<c>Shop.Infrastructure.SqlStore</c>,
    /// <c>Box&lt;int&gt;</c>) names, bound on its own, without any body; null if it names something else.
    /// </summary>
    private ISymbol? TypeOrNamespaceOf(ExpressionSyntax expression)
    {
        if (expression is not TypeSyntax type)
        {
            return null;
        }

        var info = _semanticModel.GetSpeculativeSymbolInfo(expression.SpanStart, type, SpeculativeBindingOption.BindAsTypeOrNamespace);
        return info.Symbol is INamespaceSymbol or ITypeSymbol { TypeKind: not TypeKind.Error } ? info.Symbol : null;
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

    /// <summary>
    /// Whether to resolve a use inside a body by lookups rather than by asking the semantic model, which binds the
    /// whole member. Each lookup costs a little; binding costs once per member, after which the semantic model answers
    /// every question about that member from what it bound. So the first uses of a member are looked up, and a member
    /// with more is bound. Outside bodies the semantic model binds just the name, so it is always asked.
    /// </summary>
    private bool ShouldLookUp(SyntaxNode node)
    {
        if (ExecutableMemberOf(node) is not { } member)
        {
            return false;
        }

        _lookUpsByMember.TryGetValue(member, out var count);
        _lookUpsByMember[member] = count + 1;
        return count < LookUpsPerMember;
    }

    /// <summary>
    /// The member whose body holds the node (a block, expression body, initializer or argument), or null outside
    /// bodies. Top-level statements form one member: the compilation unit stands for it.
    /// </summary>
    private static SyntaxNode? ExecutableMemberOf(SyntaxNode node)
    {
        var executable = false;
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case GlobalStatementSyntax:
                    return current.Parent;
                case BlockSyntax or ArrowExpressionClauseSyntax or EqualsValueClauseSyntax or ConstructorInitializerSyntax
                    or ArgumentListSyntax or AttributeArgumentListSyntax:
                    executable = true;
                    break;
                case MemberDeclarationSyntax:
                    return executable ? current : null;
                case CompilationUnitSyntax or UsingDirectiveSyntax:
                    return null;
            }
        }

        return null;
    }
}
