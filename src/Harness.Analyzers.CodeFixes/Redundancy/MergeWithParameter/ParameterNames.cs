using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// Names the new parameters from the code, in this order: the copy's own parameter; what the value flows into (the
/// local it initialises, the parameter it is passed to, the member it is assigned to, the member it is compared
/// with); the words one member name adds to the other (<c>TrimToWidth</c> beside <c>Trim</c>: <c>width</c>), for
/// one value left unnamed; else <c>value</c>. A name already used in the kept method gets a number.
/// </summary>
internal static class ParameterNames
{
    private const string LastResort = "value";

    /// <summary>Parameter names that say nothing: numbered (<c>arg0</c>, <c>val2</c>), <c>obj</c>, one letter.</summary>
    private static readonly Regex Meaningless = new("^(?:\\w*\\d|obj|value|[a-z])$", RegexOptions.CultureInvariant);

    public static void Choose(IReadOnlyList<MergedValue> values, MemberPair pair, SemanticModel keptModel, CancellationToken cancellationToken)
    {
        var names = values.Select(v => v.Difference.CopyParameter?.Identifier.ValueText ?? v.ReplacedLocalName
            ?? v.Difference.KeptSites.Select(site => FlowsInto(site, keptModel, cancellationToken)).FirstOrDefault(n => n is not null)).ToList();
        if (names.Count(n => n is null) == 1 && AddedName(pair.KeptSymbol.Name, pair.CopySymbol.Name) is { } added)
        {
            names[names.IndexOf(null)] = added;
        }

        var taken = new HashSet<string>(pair.Kept.DescendantTokens().Where(CanClash).Select(t => t.ValueText));

        // A local the parameter replaces gives up its name, unless another declaration in the method uses it too.
        foreach (var local in values.Select(v => v.ReplacedLocalName).Where(n => n is not null && DeclaredNames.Count(pair.Kept, n) == 1))
        {
            taken.Remove(local!);
        }

        for (var i = 0; i < values.Count; i++)
        {
            // Callers pass the copy's own parameter by position, so it can take a number like any other name.
            values[i].Name = Unique(names[i] ?? LastResort, taken);
            taken.Add(values[i].Name);
            if (values[i].ReplacedLocalName is { } local && local != values[i].Name)
            {
                // The local's uses read its name: a parameter under another name cannot take its place.
                values[i].KeepLocal();
            }
        }
    }

    /// <summary>The name of what the value is stored in, passed to, or compared with; null when it only takes part in a computation.</summary>
    private static string? FlowsInto(ExpressionSyntax site, SemanticModel model, CancellationToken cancellationToken)
    {
        var value = site;
        while (value.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            value = parenthesized;
        }

        var name = value.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => declarator.Identifier.ValueText,
            ArgumentSyntax { NameColon: { } nameColon } => nameColon.Name.Identifier.ValueText,
            ArgumentSyntax argument => ParameterOf(argument, model, cancellationToken),
            AssignmentExpressionSyntax assignment when assignment.Right == value => LastName(assignment.Left),
            BinaryExpressionSyntax comparison when IsComparison(comparison) => ComparedMember(comparison.Left == value ? comparison.Right : comparison.Left, model, cancellationToken),
            _ => null,
        };

        return name is null ? null : CamelCase(name);
    }

    private static string? ParameterOf(ArgumentSyntax argument, SemanticModel model, CancellationToken cancellationToken)
    {
        if (argument.Parent is not ArgumentListSyntax list
            || model.GetSymbolInfo(list.Parent!, cancellationToken).Symbol is not IMethodSymbol method
            || list.Arguments.IndexOf(argument) is not (>= 0 and var index)
            || index >= method.Parameters.Length
            || method.Parameters[index].IsParams)
        {
            return null;
        }

        var name = method.Parameters[index].Name;
        return Meaningless.IsMatch(name) ? null : name;
    }

    private static bool IsComparison(BinaryExpressionSyntax binary) => binary.Kind() is SyntaxKind.LessThanExpression
        or SyntaxKind.LessThanOrEqualExpression or SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression
        or SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression;

    /// <summary>A property or field, not a local: <c>text.Length</c> names a limit, <c>attempts</c> is only a counter.</summary>
    private static string? ComparedMember(ExpressionSyntax other, SemanticModel model, CancellationToken cancellationToken) =>
        model.GetSymbolInfo(other, cancellationToken).Symbol is IPropertySymbol or IFieldSymbol ? LastName(other) : null;

    private static string? LastName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The words the longer member name adds after a joining word: <c>Send</c>/<c>SendWithRetries</c> give <c>retries</c>.</summary>
    private static string? AddedName(string kept, string copy)
    {
        var (shorter, longer) = kept.Length <= copy.Length ? (kept, copy) : (copy, kept);
        return AddedWords.Of(longer, shorter) is { } added ? CamelCase(added) : null;
    }

    private static string CamelCase(string name) => name.TrimStart('_') is { Length: > 0 } trimmed ? char.ToLowerInvariant(trimmed[0]) + trimmed.Substring(1) : name;

    /// <summary>A name a parameter could hide or clash with: not an argument's name, not a member after a dot.</summary>
    private static bool CanClash(SyntaxToken token) =>
        token.IsKind(SyntaxKind.IdentifierToken)
        && token.Parent is not IdentifierNameSyntax { Parent: NameColonSyntax }
        && !(token.Parent is SimpleNameSyntax name && name.Parent is MemberAccessExpressionSyntax access && access.Name == name);

    private static string Unique(string name, HashSet<string> taken)
    {
        var candidate = SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : LastResort;
        var unique = candidate;
        for (var i = 2; taken.Contains(unique); i++)
        {
            unique = candidate + i;
        }

        return unique;
    }
}
