using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// What one occurrence of a block needs from, and gives back to, the code around it, by data-flow and control-flow
/// analysis; null from <see cref="Analyze"/> when moving the statements into a method of their own could change
/// what they do.
/// </summary>
internal sealed class BlockFlow
{
    private static readonly ImmutableHashSet<string> CallerInfoAttributes = ImmutableHashSet.Create(
        "CallerMemberNameAttribute", "CallerLineNumberAttribute", "CallerFilePathAttribute", "CallerArgumentExpressionAttribute");

    private BlockFlow(
        INamedTypeSymbol containingType,
        bool inStaticContext,
        bool needsInstance,
        IReadOnlyCollection<ISymbol> outerVariables,
        IReadOnlyCollection<ISymbol> inputs,
        ISymbol? output,
        IReadOnlyList<ReferenceOutput> referenceOutputs,
        BlockExit exit)
    {
        ContainingType = containingType;
        InStaticContext = inStaticContext;
        NeedsInstance = needsInstance;
        OuterVariables = outerVariables;
        Inputs = inputs;
        Output = output;
        ReferenceOutputs = referenceOutputs;
        Exit = exit;
    }

    public INamedTypeSymbol ContainingType { get; }

    /// <summary>The occurrence sits where there is no <c>this</c> (a static member, a static lambda or local function).</summary>
    public bool InStaticContext { get; }

    /// <summary>The statements use <c>this</c>, explicitly or through an instance member.</summary>
    public bool NeedsInstance { get; }

    /// <summary>Variables declared outside the run that it reads or writes.</summary>
    public IReadOnlyCollection<ISymbol> OuterVariables { get; }

    /// <summary>Variables whose value on entry the run needs: the parameters.</summary>
    public IReadOnlyCollection<ISymbol> Inputs { get; }

    /// <summary>The one variable whose value after the run the code after it needs: the return value.</summary>
    public ISymbol? Output { get; }

    /// <summary>
    /// The variables whose values after the run the code after it needs, when there are several or the run also
    /// returns: parameters passed by reference, in order of first appearance.
    /// </summary>
    public IReadOnlyList<ReferenceOutput> ReferenceOutputs { get; }

    /// <summary>How the run leaves the code around it: at its end only, or also by returns of the containing method.</summary>
    public BlockExit Exit { get; }

    /// <summary>Whether <see cref="Output"/> is declared inside the run (so the call declares it).</summary>
    public bool OutputDeclaredInside { get; private set; }

    /// <summary>
    /// The flow of the run; <paramref name="alsoOutputs"/> are variables whose values are passed out as if the code after
    /// the run needed them (another copy's code does: each copy then passes its own, and what it does not read stays unread).
    /// </summary>
    public static BlockFlow? Analyze(BlockSymbols symbols, IEnumerable<ISymbol> alsoOutputs, CancellationToken cancellationToken)
    {
        var run = symbols.Run;
        if (!symbols.IsSupported || !HasSafeShape(run) || ContainingTypeOf(run, cancellationToken) is not { } type
            || BlockExit.Analyze(run, cancellationToken) is not { } exit)
        {
            return null;
        }

        var flow = run.Model.AnalyzeDataFlow(run.First, run.Last);
        if (flow is null || !flow.Succeeded || flow.UnsafeAddressTaken.Length > 0)
        {
            return null;
        }

        var declared = new HashSet<ISymbol>(flow.VariablesDeclared, SymbolEqualityComparer.Default);
        var named = new HashSet<ISymbol>(symbols.Variables, SymbolEqualityComparer.Default);

        // A return reads the method's out parameters, which the block need not name: they are not the block's to pass.
        var outer = OuterVariablesOf(flow, declared);
        outer.IntersectWith(named);

        // Every variable the statements name must be one the flow analysis knows (not a constant, not only in nameof).
        if (symbols.Variables.Any(variable => !BlockSymbols.DeclaredIn(variable, run) && !outer.Contains(variable)))
        {
            return null;
        }

        var outputs = OutputsOf(flow, declared);
        outputs.UnionWith(alsoOutputs);

        // One value the code after needs is the return value, unless the call returns whether to go on or what the
        // block returns: then, as with several, every one is passed by reference.
        var byReference = outputs.Count > 1 || (outputs.Count == 1 && exit.Kind != BlockExitKind.FallsThrough);
        var output = byReference ? null : outputs.FirstOrDefault();
        var referenceOutputs = new List<ReferenceOutput>();
        if (byReference && !TryPassByReference(run, flow, declared, outputs, symbols, referenceOutputs))
        {
            return null;
        }

        var passed = new HashSet<ISymbol>(referenceOutputs.Select(r => r.Variable), SymbolEqualityComparer.Default);
        var inputs = InputsOf(flow, output, outer);
        inputs.IntersectWith(named);
        inputs.ExceptWith(passed);
        var byValue = outer.Where(v => !passed.Contains(v)).ToList();
        if (!CanCrossMethodBoundary(run, flow, declared, byValue.Concat(inputs).Concat(output is null ? Enumerable.Empty<ISymbol>() : new[] { output }), output, cancellationToken)
            || UsesInstance(run, flow, new HashSet<ISymbol>(byValue, SymbolEqualityComparer.Default), cancellationToken) is not { } needsInstance)
        {
            return null;
        }

        return new BlockFlow(type, IsInStaticContext(run, cancellationToken), needsInstance, outer, inputs, output, referenceOutputs, exit)
        {
            OutputDeclaredInside = output is not null && declared.Contains(output),
        };
    }

    /// <summary>Variables declared outside the run that it reads or writes (<c>this</c> aside).</summary>
    private static HashSet<ISymbol> OuterVariablesOf(DataFlowAnalysis flow, HashSet<ISymbol> declared)
    {
        var outer = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var variable in flow.ReadInside.Concat(flow.WrittenInside))
        {
            if (!IsThis(variable) && !declared.Contains(variable))
            {
                outer.Add(variable);
            }
        }

        return outer;
    }

    /// <summary>Variables whose value after the run the code after it needs: written and read later, or declared inside and used later.</summary>
    private static HashSet<ISymbol> OutputsOf(DataFlowAnalysis flow, HashSet<ISymbol> declared)
    {
        var outputs = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var variable in flow.DataFlowsOut)
        {
            if (!IsThis(variable))
            {
                outputs.Add(variable);
            }
        }

        var usedAfter = new HashSet<ISymbol>(flow.ReadOutside.Concat(flow.WrittenOutside), SymbolEqualityComparer.Default);
        foreach (var variable in declared)
        {
            if (usedAfter.Contains(variable))
            {
                outputs.Add(variable);
            }
        }

        return outputs;
    }

    /// <summary>
    /// Each output as a <see cref="ReferenceOutput"/>, in order of first appearance; false when one cannot be passed so:
    /// captured by a lambda inside the block (or by one outside when it has no value on entry), not a by-value local or
    /// a parameter (by value, <c>ref</c> or <c>out</c>) of a plain type, or declared inside other than by <c>var x = …;</c> among the run's statements or by an <c>out var x</c> argument
    /// (the only declarations the new method can turn into assignments of its parameter).
    /// </summary>
    private static bool TryPassByReference(
        StatementRun run, DataFlowAnalysis flow, HashSet<ISymbol> declared, HashSet<ISymbol> outputs, BlockSymbols symbols, List<ReferenceOutput> passed)
    {
        var captured = new HashSet<ISymbol>(flow.Captured, SymbolEqualityComparer.Default);
        var capturedInside = new HashSet<ISymbol>(flow.CapturedInside, SymbolEqualityComparer.Default);
        var assignedOnEntry = new HashSet<ISymbol>(flow.DefinitelyAssignedOnEntry, SymbolEqualityComparer.Default);
        var alwaysAssigned = new HashSet<ISymbol>(flow.AlwaysAssigned, SymbolEqualityComparer.Default);
        foreach (var variable in symbols.Variables.Where(outputs.Contains))
        {
            var isDeclared = declared.Contains(variable);
            if (capturedInside.Contains(variable) || !CanPassByReference(variable) || (isDeclared && !HasAssignableDeclaration(variable, run)))
            {
                return false;
            }

            // A lambda outside the block that captures the variable sees the caller's variable itself, which the new
            // method writes through the reference, as the block wrote it; unless it had no value on entry, where the
            // new method may give it its default first.
            var kind = !isDeclared && assignedOnEntry.Contains(variable) ? RefKind.Ref : RefKind.Out;
            if (captured.Contains(variable) && kind == RefKind.Out && !isDeclared)
            {
                return false;
            }

            passed.Add(new ReferenceOutput(variable, kind, isDeclared, kind == RefKind.Out && !alwaysAssigned.Contains(variable)));
        }

        return passed.Count == outputs.Count;
    }

    private static bool CanPassByReference(ISymbol variable) => variable switch
    {
        ILocalSymbol local => local.RefKind == RefKind.None && !local.IsConst && IsPlainType(local.Type),
        IParameterSymbol parameter => parameter.RefKind is RefKind.None or RefKind.Ref or RefKind.Out && IsPlainType(parameter.Type),
        _ => false,
    };

    /// <summary><c>var x = …;</c> (one variable, with a value) as one of the run's statements, or an <c>out var x</c> argument.</summary>
    private static bool HasAssignableDeclaration(ISymbol variable, StatementRun run) =>
        variable.DeclaringSyntaxReferences.Length == 1 && variable.DeclaringSyntaxReferences[0].GetSyntax() switch
        {
            VariableDeclaratorSyntax { Initializer: not null, Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax statement } } =>
                statement.Modifiers.Count == 0 && statement.UsingKeyword.IsKind(SyntaxKind.None) && run.Statements.Contains(statement),
            SingleVariableDesignationSyntax { Parent: DeclarationExpressionSyntax { Parent: ArgumentSyntax argument } } => argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword),
            _ => false,
        };

    /// <summary>Variables whose value on entry the run needs; an outer output that the run does not always assign is one too.</summary>
    private static HashSet<ISymbol> InputsOf(DataFlowAnalysis flow, ISymbol? output, HashSet<ISymbol> outer)
    {
        var inputs = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var variable in flow.DataFlowsIn)
        {
            if (!IsThis(variable))
            {
                inputs.Add(variable);
            }
        }

        var alwaysAssigned = new HashSet<ISymbol>(flow.AlwaysAssigned, SymbolEqualityComparer.Default);
        if (output is not null && outer.Contains(output) && !alwaysAssigned.Contains(output))
        {
            inputs.Add(output);
        }

        return inputs;
    }

    /// <summary>
    /// Whether the variables the run shares with the code around it can become parameters and a return value: plain
    /// by-value variables, none captured by a lambda that could see a later write, a returned value not captured (but
    /// for one the block declares, which only a lambda after it can capture, once the call has returned), and no
    /// constant declared inside and used after.
    /// </summary>
    private static bool CanCrossMethodBoundary(
        StatementRun run, DataFlowAnalysis flow, HashSet<ISymbol> declared, IEnumerable<ISymbol> shared, ISymbol? output, CancellationToken cancellationToken)
    {
        var captured = new HashSet<ISymbol>(flow.Captured, SymbolEqualityComparer.Default);
        if (output is not null && (flow.CapturedInside.Contains(output, SymbolEqualityComparer.Default) || (captured.Contains(output) && !declared.Contains(output))))
        {
            return false;
        }

        var member = run.Container.AncestorsAndSelf().OfType<MemberDeclarationSyntax>().FirstOrDefault();
        foreach (var variable in shared)
        {
            // A lambda captures a variable the block declares only after the block, once the call has returned it.
            if (!IsPlainVariable(variable)
                || (captured.Contains(variable) && !declared.Contains(variable)
                    && (member is null || IsWrittenAfterDeclaration(variable, member, run.Model, cancellationToken))))
            {
                return false;
            }
        }

        return !declared.Any(variable => variable is ILocalSymbol { IsConst: true } && SymbolEqualityComparer.Default.Equals(variable, output));
    }

    /// <summary>
    /// Whether the statements use <c>this</c>, explicitly or through an instance member; null when one of them cannot
    /// move: a caller-info argument filled in by the compiler, or a member of an outer struct variable that may change it.
    /// </summary>
    private static bool? UsesInstance(StatementRun run, DataFlowAnalysis flow, HashSet<ISymbol> outer, CancellationToken cancellationToken)
    {
        var needsInstance = flow.ReadInside.Any(IsThis) || flow.WrittenInside.Any(IsThis);
        foreach (var statement in run.Statements)
        {
            var operation = run.Model.GetOperation(statement, cancellationToken);
            if (operation is null)
            {
                return null;
            }

            foreach (var descendant in operation.DescendantsAndSelf())
            {
                switch (descendant)
                {
                    case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance }:
                        needsInstance = true;
                        break;
                    case IArgumentOperation { ArgumentKind: ArgumentKind.DefaultValue, Parameter: { } parameter }
                        when parameter.GetAttributes().Any(a => a.AttributeClass is { } c && CallerInfoAttributes.Contains(c.Name)):
                        return null;
                    case IInvocationOperation { Instance: { } receiver, TargetMethod.IsReadOnly: false } when IsMutableStruct(receiver, outer):
                        return null;
                    case IPropertyReferenceOperation { Instance: { } receiver, Property: var property } reference
                        when IsMutableStruct(receiver, outer) && (property.GetMethod is not { IsReadOnly: true } || IsAssigned(reference)):
                        return null;
                }
            }
        }

        return needsInstance;
    }

    /// <summary>
    /// A variable from outside the block of a struct type whose members may change it: passed by value, the extracted
    /// method would change a copy (a field write is a write of the variable, so the flow analysis sees that one).
    /// </summary>
    private static bool IsMutableStruct(IOperation receiver, HashSet<ISymbol> outer)
    {
        var variable = receiver switch
        {
            ILocalReferenceOperation local => (ISymbol)local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };
        return variable is not null && outer.Contains(variable) && receiver.Type is { } type
            && (type is ITypeParameterSymbol ? !type.IsReferenceType : type.IsValueType && type.TypeKind != TypeKind.Enum && !type.IsReadOnly);
    }

    private static bool IsAssigned(IOperation target) => target.Parent switch
    {
        IAssignmentOperation assignment => assignment.Target == target,
        IIncrementOrDecrementOperation increment => increment.Target == target,
        _ => false,
    };

    private static bool IsThis(ISymbol symbol) => symbol is IParameterSymbol { IsThis: true };

    /// <summary>A by-value local or parameter of a type that a method signature can name and copy.</summary>
    private static bool IsPlainVariable(ISymbol variable) => variable switch
    {
        ILocalSymbol local => local.RefKind == RefKind.None && !local.IsConst && IsPlainType(local.Type),
        IParameterSymbol parameter => parameter.RefKind == RefKind.None && IsPlainType(parameter.Type),
        _ => false,
    };

    public static bool IsPlainType(ITypeSymbol type) => type switch
    {
        IErrorTypeSymbol or IPointerTypeSymbol or IFunctionPointerTypeSymbol => false,
        ITypeParameterSymbol parameter => parameter.TypeParameterKind != TypeParameterKind.Method,
        IArrayTypeSymbol array => IsPlainType(array.ElementType),
        INamedTypeSymbol named => !named.IsAnonymousType && !named.IsRefLikeType && named.TypeArguments.All(IsPlainType)
            && (named.ContainingType is null || IsPlainType(named.ContainingType)),
        _ => type.TypeKind == TypeKind.Dynamic,
    };

    /// <summary>
    /// Statements an extracted method can hold as they are: no <c>yield</c>, <c>await</c> (outside a lambda of their
    /// own), labels, <c>goto</c>, local functions, rethrow outside a catch of their own, <c>using</c> declarations
    /// (they would be disposed earlier), directives, syntax errors; not under <c>checked</c>/<c>unchecked</c>.
    /// </summary>
    private static bool HasSafeShape(StatementRun run)
    {
        foreach (var statement in run.Statements)
        {
            if (statement.ContainsDiagnostics || statement.ContainsDirectives
                || statement is LocalDeclarationStatementSyntax { UsingKeyword.RawKind: not 0 })
            {
                return false;
            }

            foreach (var node in statement.DescendantNodesAndSelf())
            {
                switch (node)
                {
                    case YieldStatementSyntax or LabeledStatementSyntax or GotoStatementSyntax or LocalFunctionStatementSyntax:
                        return false;
                    case AwaitExpressionSyntax when !InLambda(node, statement):
                    case CommonForEachStatementSyntax { AwaitKeyword.RawKind: not 0 } when !InLambda(node, statement):
                    case UsingStatementSyntax { AwaitKeyword.RawKind: not 0 } when !InLambda(node, statement):
                    case LocalDeclarationStatementSyntax { AwaitKeyword.RawKind: not 0 } when !InLambda(node, statement):
                    case ThrowStatementSyntax { Expression: null } when !node.Ancestors().TakeWhile(a => a != statement.Parent).Any(a => a is CatchClauseSyntax):
                        return false;
                }
            }
        }

        return !run.Container.AncestorsAndSelf().TakeWhile(a => a is not MemberDeclarationSyntax)
            .Any(a => a is CheckedStatementSyntax or CheckedExpressionSyntax);
    }

    private static bool InLambda(SyntaxNode node, StatementSyntax statement) =>
        node.Ancestors().TakeWhile(a => a != statement.Parent).Any(a => a is AnonymousFunctionExpressionSyntax);

    /// <summary>The class, struct or record whose member holds the run (not an interface or an extension block).</summary>
    private static INamedTypeSymbol? ContainingTypeOf(StatementRun run, CancellationToken cancellationToken)
    {
        var declaration = run.Container.Ancestors().OfType<TypeDeclarationSyntax>().FirstOrDefault();
        if (declaration is null || !(declaration.IsKind(SyntaxKind.ClassDeclaration) || declaration.IsKind(SyntaxKind.StructDeclaration)
            || declaration.IsKind(SyntaxKind.RecordDeclaration) || declaration.IsKind(SyntaxKind.RecordStructDeclaration)))
        {
            return null;
        }

        var type = run.Model.GetDeclaredSymbol(declaration, cancellationToken);
        var enclosing = run.Model.GetEnclosingSymbol(run.First.SpanStart, cancellationToken);
        return type is not null && SymbolEqualityComparer.Default.Equals(enclosing?.ContainingType, type) ? type : null;
    }

    private static bool IsInStaticContext(StatementRun run, CancellationToken cancellationToken)
    {
        for (var symbol = run.Model.GetEnclosingSymbol(run.First.SpanStart, cancellationToken); symbol is not null and not INamedTypeSymbol; symbol = symbol.ContainingSymbol)
        {
            if (symbol.IsStatic)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether anything in the member assigns the variable after its declaration (so a captured copy could go stale).</summary>
    private static bool IsWrittenAfterDeclaration(ISymbol variable, SyntaxNode member, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var name in member.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.Identifier.ValueText == variable.Name && IsWritten(name)
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, variable))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the name is assigned, incremented, passed by reference or has its address taken.</summary>
    public static bool IsWritten(ExpressionSyntax name)
    {
        SyntaxNode node = name;
        while (node.Parent is ArgumentSyntax { Parent: TupleExpressionSyntax tuple })
        {
            node = tuple;
        }

        return node.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left == node,
            PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => node.Parent.IsKind(SyntaxKind.PreIncrementExpression)
                || node.Parent.IsKind(SyntaxKind.PreDecrementExpression) || node.Parent.IsKind(SyntaxKind.PostIncrementExpression)
                || node.Parent.IsKind(SyntaxKind.PostDecrementExpression) || node.Parent.IsKind(SyntaxKind.AddressOfExpression),
            ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
            RefExpressionSyntax => true,
            _ => false,
        };
    }
}
