using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>A local or parameter that is certainly assigned where a statement is inserted, with its type.</summary>
internal sealed record VisibleVariable(string Name, ITypeSymbol Type, bool Assignable, bool IsParameter);

/// <summary>
/// The locals and parameters a statement inserted at a given place may use: parameters, locals declared (with a
/// value) by earlier statements of this and the enclosing blocks, and the variables of enclosing loops and catches.
/// Pattern and out variables are left out: they are not always assigned.
/// </summary>
internal static class VisibleVariables
{
    public static List<VisibleVariable> At(BlockSyntax block, int index, MethodDeclarationSyntax method, SemanticModel model)
    {
        var variables = new List<VisibleVariable>();
        foreach (var parameter in method.ParameterList.Parameters)
        {
            if (model.GetDeclaredSymbol(parameter) is { } symbol)
            {
                variables.Add(new VisibleVariable(symbol.Name, symbol.Type, Assignable: symbol.RefKind == RefKind.None, IsParameter: true));
            }
        }

        AddDeclaredBefore(block, index, model, variables);
        SyntaxNode current = block;
        while (current.Parent is { } parent && current != method.Body)
        {
            switch (parent)
            {
                case BlockSyntax outer:
                    AddDeclaredBefore(outer, outer.Statements.IndexOf((StatementSyntax)current), model, variables);
                    break;
                case ForEachStatementSyntax loop when model.GetDeclaredSymbol(loop) is { } element:
                    variables.Add(Local(element, assignable: false));
                    break;
                case ForStatementSyntax { Declaration: { } declaration }:
                    AddDeclarators(declaration, model, variables, assignable: true);
                    break;
                case CatchClauseSyntax { Declaration: { Identifier.RawKind: not 0 } caught } when model.GetDeclaredSymbol(caught) is { } error:
                    variables.Add(Local(error, assignable: true));
                    break;
            }

            current = parent;
        }

        return variables;
    }

    private static void AddDeclaredBefore(BlockSyntax block, int index, SemanticModel model, List<VisibleVariable> variables)
    {
        foreach (var statement in block.Statements.Take(index))
        {
            switch (statement)
            {
                case LocalDeclarationStatementSyntax local when local.IsConst == false:
                    AddDeclarators(local.Declaration, model, variables, assignable: local.UsingKeyword.RawKind == 0);
                    break;
                case ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: DeclarationExpressionSyntax deconstruction } }:
                    foreach (var designation in deconstruction.DescendantNodes().OfType<SingleVariableDesignationSyntax>())
                    {
                        if (model.GetDeclaredSymbol(designation) is ILocalSymbol symbol)
                        {
                            variables.Add(Local(symbol, assignable: true));
                        }
                    }

                    break;
            }
        }
    }

    private static void AddDeclarators(VariableDeclarationSyntax declaration, SemanticModel model, List<VisibleVariable> variables, bool assignable)
    {
        foreach (var declarator in declaration.Variables)
        {
            if (declarator.Initializer is not null && model.GetDeclaredSymbol(declarator) is ILocalSymbol symbol)
            {
                variables.Add(Local(symbol, assignable));
            }
        }
    }

    private static VisibleVariable Local(ILocalSymbol local, bool assignable) => new(local.Name, local.Type, assignable, IsParameter: false);
}
