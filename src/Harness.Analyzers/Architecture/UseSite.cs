using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Architecture;

/// <summary>One use: the referencing syntax, where it stands and what it refers to.</summary>
internal sealed class UseSite
{
    private readonly SemanticModel _semanticModel;
    private readonly CancellationToken _cancellationToken;
    private string? _referencingName;

    public UseSite(SyntaxNode node, UseContext context, UseTarget target, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        Node = node;
        Context = context;
        Target = target;
        _semanticModel = semanticModel;
        _cancellationToken = cancellationToken;
    }

    public SyntaxNode Node { get; }

    public UseContext Context { get; }

    public UseTarget Target { get; }

    /// <summary>The type whose code holds the use, as messages name it; looked up only when a rule is broken.</summary>
    public string ReferencingName => _referencingName ??= FindReferencingName();

    private string FindReferencingName()
    {
        for (var node = Node; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                    return _semanticModel.GetDeclaredSymbol(node, _cancellationToken)?.ToDisplayString() ?? Context.Facts.Name;
                case GlobalStatementSyntax:
                    return "<top-level statements>";
            }
        }

        return Context.Facts.Name.Length == 0 ? "<global namespace>" : Context.Facts.Name;
    }
}

/// <summary>A broken rule at a use site. Equal keys mean the same finding, so a qualified name reports it once.</summary>
internal sealed record Violation(DiagnosticDescriptor Descriptor, string Key, object[] Args);

/// <summary>A rule judged at every use site.</summary>
internal interface IUseRule
{
    void Check(UseSite use, List<Violation> violations);
}
