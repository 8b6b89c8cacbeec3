using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Architecture;

/// <summary>
/// Finds what a judged node refers to by asking the semantic model. The model an analyzer driver hands a semantic-model
/// action (csc's, and a <c>CompilationWithAnalyzers</c>', for a whole compilation or one document, from Roslyn 4.5 on)
/// is the one the compiler stores every body on that it binds while producing the compilation's events, so a question
/// about a use in a body reads what is bound already. Resolving uses from declarations by lookups instead, to spare
/// binding bodies a second time, cost about four times as much per use (ICSharpCode.Decompiler, 2026-12-06: README,
/// "Performance").
/// </summary>
internal sealed class UseResolver
{
    private readonly SemanticModel _semanticModel;
    private readonly CancellationToken _cancellationToken;

    public UseResolver(SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        _semanticModel = semanticModel;
        _cancellationToken = cancellationToken;
    }

    /// <summary>What a name refers to; for the type name of a <c>new</c> expression, the constructor it calls.</summary>
    public ISymbol? SymbolOfName(SimpleNameSyntax name)
    {
        if (CreationOf(name) is { } creation)
        {
            return Bound(creation);
        }

        // A called method is asked of its call: asked of its name, the model also gathers the whole method group,
        // extension methods of every namespace in scope included, a fifth of this analyzer's time in csc on Humanizer
        // (2026-12-07). A call of a delegate binds to the delegate's Invoke: then the name is asked, for the variable or
        // member it is.
        if (InvocationOf(name) is { } invocation
            && Bound(invocation) is IMethodSymbol { MethodKind: not MethodKind.DelegateInvoke } method
            && method.Name == name.Identifier.ValueText)
        {
            return method;
        }

        return Bound(name);
    }

    /// <summary>What a node refers to: the symbol binding found, else its first candidate.</summary>
    public ISymbol? Bound(SyntaxNode node)
    {
        var info = _semanticModel.GetSymbolInfo(node, _cancellationToken);
        return info.Symbol ?? (info.CandidateSymbols.IsEmpty ? null : info.CandidateSymbols[0]);
    }

    /// <summary>The call whose method this name is: <c>Name()</c>, <c>x.Name()</c>, <c>x?.Name()</c>, generic or not.</summary>
    private static InvocationExpressionSyntax? InvocationOf(SimpleNameSyntax name)
    {
        var callee = name.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Name == name => access,
            MemberBindingExpressionSyntax binding => binding,
            _ => (ExpressionSyntax)name,
        };
        return callee.Parent is InvocationExpressionSyntax invocation && invocation.Expression == callee ? invocation : null;
    }

    /// <summary>The <c>new</c> expression whose type this name is: binding it gives the constructor, which a ban may name.</summary>
    public static ObjectCreationExpressionSyntax? CreationOf(SyntaxNode node)
    {
        var type = node.Parent is QualifiedNameSyntax qualified && qualified.Right == node ? qualified : node;
        return type.Parent is ObjectCreationExpressionSyntax creation && creation.Type == type ? creation : null;
    }
}
