using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Extension methods that do the same for receivers of different types: <c>SelectArray(this ICollection&lt;T&gt;)</c>,
/// <c>SelectReadOnlyArray(this IReadOnlyCollection&lt;T&gt;)</c> and <c>SelectArray(this List&lt;T&gt;)</c> (which
/// keeps the struct enumerator). An extension is picked by its receiver's type, so an extension API holds one such
/// method per receiver type it serves, often with no common interface to share one body through. Read on real code
/// (ICSharpCode.Decompiler's CollectionExtensions) reviewers left them, as the typed overloads they are, whatever
/// their names. Extensions of one receiver type, and other methods, are still copies.
/// </summary>
internal static class ReceiverOverloads
{
    public static bool Are(SyntaxNode body, SyntaxNode otherBody) =>
        ReceiverType(body) is { } receiver && ReceiverType(otherBody) is { } otherReceiver && receiver != otherReceiver;

    /// <summary>The written type of an extension method's <c>this</c> parameter, or <see langword="null"/> for any other member.</summary>
    private static string? ReceiverType(SyntaxNode body) =>
        body.Parent is MethodDeclarationSyntax { ParameterList.Parameters: { Count: > 0 } parameters }
        && parameters[0].Modifiers.Any(SyntaxKind.ThisKeyword)
            ? parameters[0].Type?.ToString()
            : null;
}
