using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Harness.Analyzers.Architecture;

/// <summary>
/// Judges uses of members (calls, extension methods included, property, field and event access, indexers, method
/// groups) from the operations the compiler already bound, so no name needs binding again. One callback per body,
/// not per operation: the driver's cost per callback would otherwise outweigh the check. A member reached through
/// a type name or a <c>new T()</c> that is itself reported is not reported a second time for the same rule.
/// </summary>
internal sealed class MemberUseJudge
{
    private readonly ArchitectureState _state;

    public MemberUseJudge(ArchitectureState state) => _state = state;

    public void JudgeBlocks(OperationBlockAnalysisContext context)
    {
        foreach (var block in context.OperationBlocks)
        {
            foreach (var operation in block.DescendantsAndSelf())
            {
                if (operation.Kind is OperationKind.Invocation or OperationKind.PropertyReference or OperationKind.FieldReference
                    or OperationKind.EventReference or OperationKind.MethodReference)
                {
                    Judge(operation, context);
                }
            }
        }
    }

    private void Judge(IOperation operation, OperationBlockAnalysisContext context)
    {
        var member = operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IMemberReferenceOperation reference => reference.Member,
            _ => null,
        };

        if (member is null || operation.IsImplicit || _state.TargetOf(member) is not { } target || !target.IsConstrained(_state.Model))
        {
            return;
        }

        var index = _state.IndexFor(context.CancellationToken);
        var containing = context.OwningSymbol;
        var useContext = _state.ContextOf(containing.ContainingNamespace ?? context.Compilation.GlobalNamespace, index);
        if (!_state.MayViolate(useContext, target))
        {
            return;
        }

        var name = NameOf(operation.Syntax);
        var location = name is GenericNameSyntax generic ? generic.Identifier.GetLocation() : name.GetLocation();
        var violations = new List<Violation>();
        _state.Judge(new UseSite(name, useContext, target, () => ReferencingNameOf(containing)), violations);
        if (violations.Count == 0)
        {
            return;
        }

        var alreadyReported = ReportedAtReceiver(operation, useContext);
        foreach (var violation in violations)
        {
            if (alreadyReported is null || !alreadyReported.Contains(violation.Key))
            {
                context.ReportDiagnostic(Diagnostic.Create(violation.Descriptor, location, violation.Args));
            }
        }
    }

    /// <summary>The keys the syntax walk reports for the receiver when it is a type name or an explicit <c>new T()</c>.</summary>
    private HashSet<string>? ReportedAtReceiver(IOperation operation, UseContext useContext)
    {
        var instance = operation switch
        {
            IInvocationOperation invocation => invocation.Instance,
            IMemberReferenceOperation reference => reference.Instance,
            _ => null,
        };

        var accessed = operation.Syntax is InvocationExpressionSyntax invocationSyntax ? invocationSyntax.Expression : operation.Syntax;
        var receiverType = instance switch
        {
            // A static member reached through 'X.Member': X names a type, which the syntax walk judged.
            null when accessed is MemberAccessExpressionSyntax && MemberOf(operation) is { } member && member is not IMethodSymbol { IsExtensionMethod: true } => member.ContainingType,
            IObjectCreationOperation { Syntax: ObjectCreationExpressionSyntax } creation => creation.Type,
            _ => null,
        };

        if (receiverType is null || _state.TargetOf(receiverType) is not { } receiver)
        {
            return null;
        }

        var violations = new List<Violation>();
        _state.Judge(new UseSite(operation.Syntax, useContext, receiver, () => string.Empty), violations);
        var keys = new HashSet<string>();
        foreach (var violation in violations)
        {
            keys.Add(violation.Key);
        }

        return keys;
    }

    private static ISymbol? MemberOf(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => invocation.TargetMethod,
        IMemberReferenceOperation reference => reference.Member,
        _ => null,
    };

    /// <summary>Where a member use is reported: its name (<c>Save</c> in <c>store.Save()</c>), or the whole syntax for an indexer.</summary>
    private static SyntaxNode NameOf(SyntaxNode syntax) => syntax switch
    {
        InvocationExpressionSyntax invocation => NameOf(invocation.Expression),
        MemberAccessExpressionSyntax access => access.Name,
        MemberBindingExpressionSyntax binding => binding.Name,
        _ => syntax,
    };

    private static string ReferencingNameOf(ISymbol containing)
    {
        var type = containing as INamedTypeSymbol ?? containing.ContainingType;
        if (type is { IsImplicitlyDeclared: true } || containing is IMethodSymbol { Name: WellKnownMemberNames.TopLevelStatementsEntryPointMethodName })
        {
            return ReferencingName.TopLevelStatements;
        }

        return type?.ToDisplayString() ?? ReferencingName.OfNamespace(containing.ContainingNamespace?.ToDisplayString() ?? string.Empty);
    }
}
