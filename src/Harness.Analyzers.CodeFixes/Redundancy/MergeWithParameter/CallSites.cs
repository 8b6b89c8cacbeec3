using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>The calls of a method the merge changes, with the semantic model of each call's document.</summary>
internal sealed class CallSites
{
    private readonly List<(SemanticModel Model, InvocationExpressionSyntax Call)> _calls;

    private CallSites(IReadOnlyList<(DocumentId Document, SimpleNameSyntax Name)> names, List<(SemanticModel, InvocationExpressionSyntax)> calls)
    {
        Names = names;
        _calls = calls;
    }

    public IReadOnlyList<(DocumentId Document, SimpleNameSyntax Name)> Names { get; }

    /// <summary>Every call of <paramref name="method"/>; null when a reference is not a call, or a call is inside one of the two members (the merge rewrites those whole).</summary>
    public static async Task<CallSites?> FindAsync(IMethodSymbol method, Solution solution, MemberPair pair, CancellationToken cancellationToken)
    {
        if (await MethodReferences.CallsAsync(method, solution, requireInvocations: true, cancellationToken).ConfigureAwait(false) is not { } names)
        {
            return null;
        }

        var calls = new List<(SemanticModel, InvocationExpressionSyntax)>();
        foreach (var (document, name) in names)
        {
            if (name.Ancestors().Any(a => a == pair.Kept || a == pair.Copy))
            {
                return null;
            }

            var model = await solution.GetDocument(document)!.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            calls.Add((model!, MethodReferences.InvocationOf(name)!));
        }

        return new CallSites(names, calls);
    }

    /// <summary>Whether every call is made on <c>this</c> (<c>M()</c>, <c>this.M()</c>), whose fields the callee reads.</summary>
    public bool AllOnThis => _calls.All(call => call.Call.Expression is SimpleNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax });

    /// <summary>Whether a call names one of these parameters in an argument (<c>Footer(parts: x)</c>).</summary>
    public bool Name(ISet<string> parameters) =>
        _calls.Any(call => call.Call.ArgumentList.Arguments.Any(a => a.NameColon is { } name && parameters.Contains(name.Name.Identifier.ValueText)));

    /// <summary>
    /// Whether every call, given <paramref name="kept"/>'s name, could find nothing but it: no method of that name in a
    /// derived receiver's type, no instance method that would win over an extension, no other extension or local
    /// function in scope. The overloads in the kept method's own type and its bases are <see cref="MergePlan"/>'s check.
    /// </summary>
    public bool FindOnly(IMethodSymbol kept, CancellationToken cancellationToken) => _calls.All(call =>
        Candidates(call.Model, call.Call, kept.Name, cancellationToken).All(candidate => candidate is IMethodSymbol method
            && SymbolEqualityComparer.Default.Equals((method.ReducedFrom ?? method).OriginalDefinition, kept.OriginalDefinition)));

    private static IEnumerable<ISymbol> Candidates(SemanticModel model, InvocationExpressionSyntax call, string name, CancellationToken cancellationToken)
    {
        if (call.Expression is not MemberAccessExpressionSyntax access)
        {
            return model.LookupSymbols(call.SpanStart, name: name);
        }

        return model.GetSymbolInfo(access.Expression, cancellationToken).Symbol is INamedTypeSymbol type
            ? model.LookupStaticMembers(call.SpanStart, type, name)
            : model.LookupSymbols(call.SpanStart, model.GetTypeInfo(access.Expression, cancellationToken).Type, name, includeReducedExtensionMethods: true);
    }

    /// <summary>Whether every call can pass these values: each names the same symbols at the call as where it was written.</summary>
    public bool CanPass(IEnumerable<ExpressionSyntax> values, SemanticModel valueModel, CancellationToken cancellationToken) =>
        values.All(value => _calls.All(call => MergedValue.BindsAt(value, valueModel, call.Model, call.Call.SpanStart, cancellationToken)));
}
