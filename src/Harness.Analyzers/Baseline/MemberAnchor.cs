using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Baseline;

/// <summary>
/// The member or type a finding is in, written like its documentation-comment ID (<c>M:Contoso.Order.Save(int)</c>)
/// but read from syntax: it needs no binding, holds for code that does not compile, and does not change when lines
/// move, the file is reformatted or unrelated code changes. Accessors, local functions and lambdas belong to their
/// member; top-level statements are <c>M:Program.&lt;Main&gt;$</c>; code outside any type is <c>(file)</c>.
/// </summary>
internal static class MemberAnchor
{
    public const string OutsideTypes = "(file)";

    public static string Of(SyntaxNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case GlobalStatementSyntax:
                    return "M:Program.<Main>$";
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                    return "T:" + TypeName(current);
                case MemberDeclarationSyntax member when MemberId(member) is { } id:
                    return id;
            }
        }

        return OutsideTypes;
    }

    private static string? MemberId(MemberDeclarationSyntax member) => member switch
    {
        MethodDeclarationSyntax method => Method(method, method.Identifier.ValueText + Arity(method.TypeParameterList, "``"), method.ParameterList),
        ConstructorDeclarationSyntax constructor => Method(constructor, constructor.Modifiers.Any(SyntaxKind.StaticKeyword) ? "#cctor" : "#ctor", constructor.ParameterList),
        DestructorDeclarationSyntax destructor => Method(destructor, "Finalize", destructor.ParameterList),
        OperatorDeclarationSyntax op => Method(op, "op:" + op.OperatorToken.ValueText, op.ParameterList),
        ConversionOperatorDeclarationSyntax conversion => Method(conversion, "op:" + conversion.ImplicitOrExplicitKeyword.ValueText + ":" + Tokens(conversion.Type), conversion.ParameterList),
        PropertyDeclarationSyntax property => Member("P:", property, property.Identifier.ValueText),
        IndexerDeclarationSyntax indexer => Member("P:", indexer, "this" + Parameters(indexer.ParameterList.Parameters, '[', ']')),
        EventDeclarationSyntax @event => Member("E:", @event, @event.Identifier.ValueText),
        EventFieldDeclarationSyntax eventField => Member("E:", eventField, string.Join(",", eventField.Declaration.Variables.Select(v => v.Identifier.ValueText))),
        FieldDeclarationSyntax field => Member("F:", field, string.Join(",", field.Declaration.Variables.Select(v => v.Identifier.ValueText))),
        EnumMemberDeclarationSyntax enumMember => Member("F:", enumMember, enumMember.Identifier.ValueText),
        _ => null,
    };

    private static string Method(MemberDeclarationSyntax member, string name, ParameterListSyntax parameters) =>
        Member("M:", member, name + Parameters(parameters.Parameters, '(', ')'));

    private static string Member(string prefix, MemberDeclarationSyntax member, string name) =>
        prefix + (member.Parent is BaseTypeDeclarationSyntax type ? TypeName(type) + "." : string.Empty) + name;

    private static string TypeName(SyntaxNode type)
    {
        var names = new Stack<string>();
        for (var current = type; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case TypeDeclarationSyntax declaration:
                    names.Push(declaration.Identifier.ValueText + Arity(declaration.TypeParameterList, "`"));
                    break;
                case BaseTypeDeclarationSyntax other:
                    names.Push(other.Identifier.ValueText);
                    break;
                case DelegateDeclarationSyntax @delegate:
                    names.Push(@delegate.Identifier.ValueText + Arity(@delegate.TypeParameterList, "`"));
                    break;
                case BaseNamespaceDeclarationSyntax ns:
                    names.Push(Tokens(ns.Name));
                    break;
            }
        }

        return string.Join(".", names);
    }

    private static string Arity(TypeParameterListSyntax? parameters, string marker) =>
        parameters is { Parameters.Count: > 0 } ? marker + parameters.Parameters.Count : string.Empty;

    private static string Parameters(SeparatedSyntaxList<ParameterSyntax> parameters, char open, char close)
    {
        if (parameters.Count == 0 && open == '(')
        {
            return string.Empty;
        }

        var text = new StringBuilder().Append(open);
        for (var i = 0; i < parameters.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            foreach (var modifier in parameters[i].Modifiers)
            {
                text.Append(modifier.ValueText).Append(' ');
            }

            text.Append(parameters[i].Type is { } type ? Tokens(type) : "?");
        }

        return text.Append(close).ToString();
    }

    private static string Tokens(SyntaxNode node) => Tokens(node.DescendantTokens());

    /// <summary>Tokens without trivia: the same text for any layout, with or without comments.</summary>
    public static string Tokens(IEnumerable<SyntaxToken> tokens)
    {
        var text = new StringBuilder();
        SyntaxToken previous = default;
        foreach (var token in tokens)
        {
            if (token.Text.Length == 0)
            {
                continue; // a token the parser had to invent in broken code
            }

            // Two words in a row keep a space between them ('ref int', 'new Order'), as they must to stay two words.
            if (text.Length > 0 && IsWordChar(previous.Text[previous.Text.Length - 1]) && IsWordChar(token.Text[0]))
            {
                text.Append(' ');
            }

            text.Append(token.Text);
            previous = token;
        }

        return text.ToString();
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
