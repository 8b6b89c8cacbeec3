using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Architecture;

/// <summary>
/// Walks one document and judges every use the spec counts: names in declarations, base lists, generic arguments,
/// attributes, expressions, <c>typeof</c>, casts and patterns, target-typed <c>new()</c>, using directives, and
/// member uses (calls, extension methods included, property, field and event access, indexers, method groups,
/// constructor initializers). A node is resolved only when the name index says a rule could care about it where it
/// stands, and then bound (<see cref="UseResolver"/>).
/// </summary>
internal sealed class UseSiteWalker : CSharpSyntaxWalker
{
    private readonly ArchitectureState _state;
    private readonly SemanticModel _semanticModel;
    private readonly UseResolver _resolver;
    private readonly System.Action<Diagnostic> _report;
    private readonly CancellationToken _cancellationToken;
    private readonly NameIndex _index;
    private readonly HashSet<string> _aliasNames;
    private readonly List<Violation> _violations = new();
    private readonly Dictionary<SyntaxNode, List<string>> _reportedKeys = new();
    private readonly Dictionary<SyntaxNode, string> _typeNames = new();
    private UseContext _context;
    private IReadOnlyList<UseContext> _usingContexts;
    private bool _namesToo = true;

    public UseSiteWalker(ArchitectureState state, SemanticModel semanticModel, System.Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        _state = state;
        _semanticModel = semanticModel;
        _resolver = new UseResolver(semanticModel, cancellationToken);
        _report = report;
        _cancellationToken = cancellationToken;
        _index = state.IndexFor(cancellationToken);
        _aliasNames = state.AliasNamesFor(cancellationToken);
        _context = state.ContextOf(string.Empty, _index);
        _usingContexts = new[] { _context };
    }

    /// <summary>
    /// Judges a document. Its text is scanned first for any word a rule could care about where it stands; a
    /// document without one (most of them, in code that keeps its rules) has only its using directives judged,
    /// which spares the walk over every node.
    /// </summary>
    public void Judge(CompilationUnitSyntax root, SourceText text)
    {
        _namesToo = MayNameAnythingJudged(root, text);
        Visit(root);
    }

    public override void VisitCompilationUnit(CompilationUnitSyntax node)
    {
        // File-level usings serve every namespace the file declares, e.g. those before 'namespace X;'.
        _usingContexts = DeclaredNamespaces(node).Select(name => _state.ContextOf(name, _index)).Distinct().ToList();
        if (_namesToo)
        {
            base.VisitCompilationUnit(node);
            return;
        }

        foreach (var directive in node.Usings)
        {
            VisitUsingDirective(directive);
        }

        foreach (var member in node.Members)
        {
            if (member is BaseNamespaceDeclarationSyntax)
            {
                Visit(member);
            }
        }
    }

    public override void VisitNamespaceDeclaration(NamespaceDeclarationSyntax node) => VisitNamespace(node);

    public override void VisitFileScopedNamespaceDeclaration(FileScopedNamespaceDeclarationSyntax node) => VisitNamespace(node);

    public override void VisitUsingDirective(UsingDirectiveSyntax node)
    {
        if (node.Name is { } name && (node.Alias is not null || node.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) || name is AliasQualifiedNameSyntax
            || MayNameJudgedNamespace(name, relative: node.Parent is BaseNamespaceDeclarationSyntax)))
        {
            var symbol = _resolver.Bound(name);
            foreach (var context in _usingContexts)
            {
                Judge(name, symbol, context, isUsingDirective: true);
            }
        }
    }

    public override void VisitIdentifierName(IdentifierNameSyntax node)
    {
        if (!node.IsVar)
        {
            JudgeIfIndexed(node, node.Identifier.ValueText);
        }
    }

    public override void VisitGenericName(GenericNameSyntax node)
    {
        JudgeIfIndexed(node, node.Identifier.ValueText);
        base.VisitGenericName(node);
    }

    /// <summary>
    /// A target-typed <c>new()</c> names no type. Where its declaration names the type, that name tells whether a rule
    /// could care; elsewhere (an argument, an assignment) only binding can tell.
    /// </summary>
    public override void VisitImplicitObjectCreationExpression(ImplicitObjectCreationExpressionSyntax node)
    {
        var declaredType = DeclaredTypeOf(node);
        if (declaredType is null || (RightmostName(declaredType is NullableTypeSyntax nullable ? nullable.ElementType : declaredType) is SimpleNameSyntax name && IsIndexedHere(name.Identifier.ValueText)))
        {
            Judge(node, _resolver.Bound(node), _context, isUsingDirective: false);
        }

        base.VisitImplicitObjectCreationExpression(node);
    }

    public override void VisitElementAccessExpression(ElementAccessExpressionSyntax node)
    {
        if (IsIndexerIndexedHere())
        {
            Judge(node, _resolver.Bound(node), _context, isUsingDirective: false);
        }

        base.VisitElementAccessExpression(node);
    }

    public override void VisitElementBindingExpression(ElementBindingExpressionSyntax node)
    {
        if (IsIndexerIndexedHere())
        {
            Judge(node, _resolver.Bound(node), _context, isUsingDirective: false);
        }

        base.VisitElementBindingExpression(node);
    }

    /// <summary><c>: base(...)</c> and <c>: this(...)</c> call a constructor of the base or own type, which no name here spells.</summary>
    public override void VisitConstructorInitializer(ConstructorInitializerSyntax node)
    {
        if (node.Parent?.Parent is BaseTypeDeclarationSyntax declaration
            && _semanticModel.GetDeclaredSymbol(declaration, _cancellationToken) is { } own
            && (node.IsKind(SyntaxKind.ThisConstructorInitializer) ? own : own.BaseType) is { } called)
        {
            // Every constructor of a type is judged as the type is, unless a rule tells them apart (a ban of one of them).
            Judge(node, _state.JudgesEachConstructor(called) ? _resolver.Bound(node) : called, _context, isUsingDirective: false);
        }

        base.VisitConstructorInitializer(node);
    }

    private void VisitNamespace(BaseNamespaceDeclarationSyntax node)
    {
        var outer = _context;
        var outerUsings = _usingContexts;
        _context = _state.ContextOf(Qualify(outer.Facts.Name, node.Name), _index);
        _usingContexts = new[] { _context };
        foreach (var directive in node.Usings)
        {
            VisitUsingDirective(directive);
        }

        foreach (var member in node.Members)
        {
            if (_namesToo || member is BaseNamespaceDeclarationSyntax)
            {
                Visit(member);
            }
        }

        _context = outer;
        _usingContexts = outerUsings;
    }

    private void JudgeIfIndexed(SimpleNameSyntax node, string name)
    {
        if (IsIndexedHere(name) && !IsParameterName(node))
        {
            Judge(node, _resolver.SymbolOfName(node), _context, isUsingDirective: false);
        }
    }

    private bool IsIndexedHere(string name) => _context.IsRelevant(_index.InterestsOf(name)) || _aliasNames.Contains(name);

    /// <summary>Indexers are used by <c>x[i]</c>: such an access is resolved only where an indexer a rule cares about could be meant.</summary>
    private bool IsIndexerIndexedHere() => _context.IsRelevant(_index.InterestsOf(NameIndex.IndexerKey));

    /// <summary>The name in <c>f(count: 1)</c> or <c>[Attr(Name = 1)]</c> names a parameter or an attribute's setting, not a use.</summary>
    private static bool IsParameterName(SyntaxNode node) =>
        node.Parent is NameColonSyntax { Parent: ArgumentSyntax or AttributeArgumentSyntax } or NameEqualsSyntax { Parent: AttributeArgumentSyntax };

    private void Judge(SyntaxNode node, ISymbol? symbol, UseContext context, bool isUsingDirective)
    {
        if (symbol is null || !IsJudgedHere(symbol, node, isUsingDirective) || _state.TargetOf(symbol) is not { } target || !_state.MayViolate(context, target))
        {
            return;
        }

        _violations.Clear();
        _state.Judge(new UseSite(node, context, target, () => ReferencingNameOf(node, context)), _violations);

        if (_violations.Count > 0)
        {
            Report(node, symbol, isUsingDirective ? node.GetLocation() : LocationOf(node));
        }
    }

    /// <summary>
    /// Reports each violation once per use: in <c>Infra.Store.Save()</c> a finding already made at the type
    /// <c>Store</c> (or at <c>new Store()</c>) is not repeated at <c>Save</c>. A member is a use of its own: in
    /// <c>x.Store.Save()</c> the property <c>Store</c> and the method <c>Save</c> are each reported, and so is an
    /// extension method called through its class (<c>Ext.Flush(x)</c>), which reads as a use of <c>x</c>'s layer.
    /// </summary>
    private void Report(SyntaxNode node, ISymbol symbol, Location location)
    {
        var qualifierKeys = symbol is not IMethodSymbol { IsExtensionMethod: true } && QualifierOf(node) is { } qualifier && _reportedKeys.TryGetValue(qualifier, out var keys) ? keys : null;
        var earlierKeys = _reportedKeys.TryGetValue(node, out var sameNode) ? sameNode : null;
        var reported = new List<string>(_violations.Count);
        foreach (var violation in _violations)
        {
            // A file-level using serves each namespace of the file; one finding is one report.
            if ((qualifierKeys is not null && qualifierKeys.Contains(violation.Key)) || (earlierKeys is not null && earlierKeys.Contains(violation.Key)))
            {
                continue;
            }

            reported.Add(violation.Key);
            _report(Finding.Create(violation.Descriptor, location, violation.Args));
        }

        if (symbol is INamespaceOrTypeSymbol or IAliasSymbol or IMethodSymbol { MethodKind: MethodKind.Constructor })
        {
            _reportedKeys[node] = reported.Concat(qualifierKeys ?? Enumerable.Empty<string>()).Concat(earlierKeys ?? Enumerable.Empty<string>()).ToList();
        }
    }

    /// <summary>
    /// Namespaces are judged in using directives only (a qualified name's namespace is judged as the type it leads
    /// to); constructors where a type stands for them (<c>new T()</c>, <c>new()</c>, attributes, constructor
    /// initializers); types and other members wherever they are used.
    /// </summary>
    private static bool IsJudgedHere(ISymbol symbol, SyntaxNode node, bool isUsingDirective) => symbol switch
    {
        INamespaceSymbol => isUsingDirective,
        ITypeSymbol or IAliasSymbol => true,
        IMethodSymbol { MethodKind: MethodKind.Constructor } => node is ImplicitObjectCreationExpressionSyntax or ConstructorInitializerSyntax
            || UseResolver.CreationOf(node) is not null || node.Parent is AttributeSyntax || node.Parent?.Parent is AttributeSyntax,
        IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol => !isUsingDirective,
        _ => false,
    };

    private string ReferencingNameOf(SyntaxNode node, UseContext context)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                    if (!_typeNames.TryGetValue(current, out var typeName))
                    {
                        typeName = _semanticModel.GetDeclaredSymbol(current, _cancellationToken)?.ToDisplayString() ?? context.Facts.Name;
                        _typeNames.Add(current, typeName);
                    }

                    return typeName;
                case GlobalStatementSyntax:
                    return ReferencingName.TopLevelStatements;
            }
        }

        return ReferencingName.OfNamespace(context.Facts.Name);
    }

    /// <summary>
    /// The type a declaration gives a target-typed <c>new()</c>: <c>T x = new();</c>, <c>T F = new();</c>,
    /// <c>T P { get; } = new();</c>, <c>return new();</c> in a member returning <c>T</c>.
    /// </summary>
    private static TypeSyntax? DeclaredTypeOf(ImplicitObjectCreationExpressionSyntax creation)
    {
        var type = creation.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } } => declaration.Type,
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Type,
            ReturnStatementSyntax or ArrowExpressionClauseSyntax => ReturnedTypeAt(creation),
            _ => null,
        };
        return type is { IsVar: false } ? type : null;
    }

    /// <summary>The type the enclosing member returns; null in a lambda or an async member, which return something else than they declare.</summary>
    private static TypeSyntax? ReturnedTypeAt(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case AnonymousFunctionExpressionSyntax:
                    return null;
                case MethodDeclarationSyntax method:
                    return method.Modifiers.Any(SyntaxKind.AsyncKeyword) ? null : method.ReturnType;
                case LocalFunctionStatementSyntax local:
                    return local.Modifiers.Any(SyntaxKind.AsyncKeyword) ? null : local.ReturnType;
                case OperatorDeclarationSyntax @operator:
                    return @operator.ReturnType;
                case ConversionOperatorDeclarationSyntax conversion:
                    return conversion.Type;
                case AccessorDeclarationSyntax accessor:
                    return accessor.IsKind(SyntaxKind.GetAccessorDeclaration) && accessor.Parent?.Parent is BasePropertyDeclarationSyntax owner ? owner.Type : null;
                case BasePropertyDeclarationSyntax property:
                    return property.Type;
                case MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    private static Location LocationOf(SyntaxNode node) => node switch
    {
        ImplicitObjectCreationExpressionSyntax creation => creation.NewKeyword.GetLocation(),
        GenericNameSyntax generic => generic.Identifier.GetLocation(),
        _ => node.GetLocation(),
    };

    /// <summary>The name to the left of this one in a qualified name or member access (or the type of a <c>new</c> there), if any.</summary>
    private static SyntaxNode? QualifierOf(SyntaxNode node)
    {
        var left = node.Parent switch
        {
            QualifiedNameSyntax qualified when qualified.Right == node => qualified.Left,
            MemberAccessExpressionSyntax access when access.Name == node => access.Expression,
            _ => null,
        };

        return left switch
        {
            QualifiedNameSyntax qualified => qualified.Right,
            MemberAccessExpressionSyntax access => access.Name,
            SimpleNameSyntax simple => simple,
            ObjectCreationExpressionSyntax creation => RightmostName(creation.Type),
            _ => null,
        };
    }

    private static SyntaxNode? RightmostName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right,
        SimpleNameSyntax simple => simple,
        _ => null,
    };

    /// <summary>
    /// Whether the namespace a using directive names could matter to a rule, told from its text: the directive is
    /// bound only then. Inside a namespace declaration (<paramref name="relative"/>) the name may be relative to any
    /// namespace that encloses it; at file level it is in full.
    /// </summary>
    private bool MayNameJudgedNamespace(NameSyntax name, bool relative)
    {
        var text = Qualify(string.Empty, name);
        foreach (var context in _usingContexts)
        {
            var outer = relative ? context.Facts.Name : string.Empty;
            while (true)
            {
                if (_state.MayViolate(context, outer.Length == 0 ? text : outer + "." + text))
                {
                    return true;
                }

                if (outer.Length == 0)
                {
                    break;
                }

                outer = outer.Substring(0, Math.Max(0, outer.LastIndexOf('.')));
            }
        }

        return false;
    }

    private bool MayNameAnythingJudged(CompilationUnitSyntax root, SourceText text)
    {
        var contexts = new List<UseContext> { _state.ContextOf(string.Empty, _index) };
        AddNamespaces(root.Members, string.Empty, contexts);
        if (contexts.Exists(context => context.JudgesEveryName))
        {
            return true; // In a layer with an external list any name may be a type in no layer.
        }

        var content = text.ToString();
        if (content.IndexOf("\\u", StringComparison.Ordinal) >= 0)
        {
            return true; // A Unicode escape can spell any name.
        }

        if (content.IndexOf('[') >= 0 && IsRelevantAnywhere(NameIndex.IndexerKey, contexts))
        {
            return true; // An element access may use an indexer a rule cares about.
        }

        var wordHashes = _state.WordHashesFor(_cancellationToken);
        for (var start = 0; start < content.Length; start++)
        {
            if (!IsNameStart(content[start]) || (start > 0 && IsNamePart(content[start - 1])))
            {
                continue;
            }

            var hash = WordHash.Add(WordHash.Empty, content[start]);
            var end = start + 1;
            while (end < content.Length && IsNamePart(content[end]))
            {
                hash = WordHash.Add(hash, content[end]);
                end++;
            }

            // Most words are no name a rule could care about: the hash tells, without making a string.
            if (!wordHashes.Contains(hash))
            {
                start = end - 1;
                continue;
            }

            var word = content.Substring(start, end - start);
            if (_aliasNames.Contains(word) || (word is "new" or "base" or "this" && NextNonSpace(content, end) == '(') || IsRelevantAnywhere(word, contexts))
            {
                return true;
            }

            start = end - 1;
        }

        return false;
    }

    private bool IsRelevantAnywhere(string word, List<UseContext> contexts)
    {
        var interests = _index.InterestsOf(word);
        if (interests.Length == 0)
        {
            return false;
        }

        foreach (var context in contexts)
        {
            if (context.IsRelevant(interests))
            {
                return true;
            }
        }

        return false;
    }

    private void AddNamespaces(SyntaxList<MemberDeclarationSyntax> members, string outer, List<UseContext> contexts)
    {
        foreach (var member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax ns)
            {
                var name = Qualify(outer, ns.Name);
                contexts.Add(_state.ContextOf(name, _index));
                AddNamespaces(ns.Members, name, contexts);
            }
        }
    }

    private static bool IsNameStart(char c) => c == '_' || char.IsLetter(c);

    private static bool IsNamePart(char c) => c == '_' || char.IsLetterOrDigit(c);

    private static char NextNonSpace(string content, int index)
    {
        while (index < content.Length && char.IsWhiteSpace(content[index]))
        {
            index++;
        }

        return index < content.Length ? content[index] : '\0';
    }

    private static IEnumerable<string> DeclaredNamespaces(CompilationUnitSyntax root)
    {
        var names = root.Members.OfType<BaseNamespaceDeclarationSyntax>().Select(ns => Qualify(string.Empty, ns.Name)).ToList();
        if (names.Count == 0 || root.Members.Any(member => member is not BaseNamespaceDeclarationSyntax))
        {
            names.Add(string.Empty);
        }

        return names;
    }

    private static string Qualify(string outer, NameSyntax name)
    {
        var inner = string.Concat(name.DescendantTokens().Where(t => !t.IsMissing).Select(t => t.ValueText));
        return outer.Length == 0 ? inner : outer + "." + inner;
    }
}
