using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Configuration;

/// <summary>
/// Documentation-comment IDs as [ban] keys, and the IDs under which a used symbol can be banned: itself, all its
/// overloads (an <c>M:</c> ID without parameters), its containing types (<c>T:</c>) and namespaces (<c>N:</c>).
/// </summary>
internal static class BannedSymbolId
{
    private const string Kinds = "NTMPFE";

    public static bool TryValidate(string id, out string error)
    {
        if (id.Length < 3 || id[1] != ':' || Kinds.IndexOf(id[0]) < 0)
        {
            error = "it must start with N:, T:, M:, P:, F: or E:";
            return false;
        }

        var parameters = id.IndexOf('(');
        var name = parameters < 0 ? id.Substring(2) : id.Substring(2, parameters - 2);
        if (parameters >= 0 && id[0] is not ('M' or 'P'))
        {
            error = "only M: and P: IDs take a parameter list";
            return false;
        }

        if (parameters >= 0 && id[id.Length - 1] != ')')
        {
            error = "the parameter list must end with ')'";
            return false;
        }

        foreach (var segment in name.Split('.'))
        {
            if (segment.Length == 0 || !IsIdSegment(segment))
            {
                error = $"'{name}' is not a dotted name";
                return false;
            }
        }

        error = string.Empty;
        return true;
    }

    /// <summary>The IDs a use of <paramref name="symbol"/> is banned by, most specific first.</summary>
    public static List<string> CandidatesFor(ISymbol symbol)
    {
        var ids = new List<string>(6);
        if (symbol is not INamespaceSymbol && symbol is not INamedTypeSymbol)
        {
            var id = DocumentationCommentId.CreateDeclarationId(symbol);
            if (id is not null)
            {
                // Some Roslyn versions append '~ReturnType' to method IDs; ban keys are written without it.
                var returnType = id.IndexOf('~');
                if (returnType > 0)
                {
                    ids.Add(id);
                    id = id.Substring(0, returnType);
                }

                ids.Add(id);
                var parameters = id.IndexOf('(');
                var allOverloads = WithoutMethodArity(parameters < 0 ? id : id.Substring(0, parameters));
                if (allOverloads != id)
                {
                    ids.Add(allOverloads);
                }
            }
        }

        for (var type = symbol as INamedTypeSymbol ?? symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            if (DocumentationCommentId.CreateDeclarationId(type) is { } typeId)
            {
                ids.Add(typeId);
            }
        }

        for (var ns = symbol as INamespaceSymbol ?? symbol.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            ids.Add("N:" + ns.ToDisplayString());
        }

        return ids;
    }

    /// <summary>Drops a generic method's trailing <c>``n</c>, so that the ID names every overload.</summary>
    private static string WithoutMethodArity(string id)
    {
        var ticks = id.LastIndexOf("``", StringComparison.Ordinal);
        return ticks > 0 && ticks > id.LastIndexOf('.') ? id.Substring(0, ticks) : id;
    }

    private static bool IsIdSegment(string segment)
    {
        foreach (var c in segment)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('_' or '`' or '#' or '@'))
            {
                return false;
            }
        }

        return true;
    }
}
