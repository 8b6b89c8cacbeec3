using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// Lines up the tokens of the kept method and its copy. The copy is a rename of the kept method when its locals and
/// parameters map one-to-one onto the kept method's (parameters position by position) and every other token is the
/// same; what may differ is one literal value, or one literal that the copy turned into an extra, last parameter.
/// </summary>
internal sealed class BodyAlignment
{
    private BodyAlignment(IReadOnlyList<SyntaxToken> keptLiterals, IReadOnlyList<SyntaxToken> copyValues, ParameterSyntax? copyExtraParameter)
    {
        KeptLiterals = keptLiterals;
        CopyValues = copyValues;
        CopyExtraParameter = copyExtraParameter;
    }

    /// <summary>The literal tokens of the kept method where the copy has another value: one value, possibly used several times.</summary>
    public IReadOnlyList<SyntaxToken> KeptLiterals { get; }

    /// <summary>What the copy has at those places: literals of another value, or uses of <see cref="CopyExtraParameter"/>.</summary>
    public IReadOnlyList<SyntaxToken> CopyValues { get; }

    /// <summary>The copy's last parameter, when it is what replaced the kept method's literal.</summary>
    public ParameterSyntax? CopyExtraParameter { get; }

    public bool IsIdentical => KeptLiterals.Count == 0;

    public static BodyAlignment? Align(MethodDeclarationSyntax kept, MethodDeclarationSyntax copy)
    {
        var keptParameters = kept.ParameterList.Parameters;
        var copyParameters = copy.ParameterList.Parameters;
        var extra = copyParameters.Count == keptParameters.Count + 1 ? copyParameters.Last() : null;
        if (extra is null && copyParameters.Count != keptParameters.Count)
        {
            return null;
        }

        var names = new NameMapping();
        for (var i = 0; i < keptParameters.Count; i++)
        {
            names.Declare(keptParameters[i].Identifier.ValueText, copyParameters[i].Identifier.ValueText);
        }

        var keptTokens = BodyTokens(kept);
        var copyTokens = BodyTokens(copy);
        if (keptTokens.Count == 0 || keptTokens.Count != copyTokens.Count)
        {
            return null;
        }

        var keptLocals = DeclaredNames(kept);
        var copyLocals = DeclaredNames(copy);
        var keptLiterals = new List<SyntaxToken>();
        var copyValues = new List<SyntaxToken>();
        for (var i = 0; i < keptTokens.Count; i++)
        {
            var (a, b) = (keptTokens[i], copyTokens[i]);
            if (IsLiteral(a) && (IsLiteral(b) ? a.ValueText != b.ValueText || !a.IsKind(b.Kind()) : extra is not null && b.ValueText == extra.Identifier.ValueText))
            {
                keptLiterals.Add(a);
                copyValues.Add(b);
            }
            else if (a.IsKind(SyntaxKind.IdentifierToken) && b.IsKind(SyntaxKind.IdentifierToken) && keptLocals.Contains(a.ValueText) && copyLocals.Contains(b.ValueText))
            {
                if (!names.Use(a.ValueText, b.ValueText))
                {
                    return null;
                }
            }
            else if (a.RawKind != b.RawKind || a.ValueText != b.ValueText)
            {
                return null;
            }
        }

        // The extra parameter must stand only where the kept method has its literal, never for one of its locals.
        var extraStandsAlone = extra is null || !names.MapsCopy(extra.Identifier.ValueText);
        return extraStandsAlone && IsOneValue(keptLiterals, copyValues, extra) ? new BodyAlignment(keptLiterals, copyValues, extra) : null;
    }

    /// <summary>One parameter can carry the difference only if the kept side is one value and the copy one value or its extra parameter.</summary>
    private static bool IsOneValue(List<SyntaxToken> keptLiterals, List<SyntaxToken> copyValues, ParameterSyntax? extra)
    {
        if (keptLiterals.Count == 0)
        {
            return extra is null;
        }

        var usesExtra = extra is not null && copyValues.All(v => v.IsKind(SyntaxKind.IdentifierToken));
        return keptLiterals.All(l => l.ValueText == keptLiterals[0].ValueText && l.IsKind(keptLiterals[0].Kind()))
            && (usesExtra || (extra is null && copyValues.All(v => v.ValueText == copyValues[0].ValueText && v.IsKind(copyValues[0].Kind()))));
    }

    private static bool IsLiteral(SyntaxToken token) =>
        token.Parent is LiteralExpressionSyntax && !token.IsKind(SyntaxKind.NullKeyword) && !token.IsKind(SyntaxKind.DefaultKeyword);

    private static List<SyntaxToken> BodyTokens(MethodDeclarationSyntax method) =>
        ((SyntaxNode?)method.Body ?? method.ExpressionBody)?.DescendantTokens().Where(t => !t.IsMissing).ToList() ?? new List<SyntaxToken>();

    private static HashSet<string> DeclaredNames(MethodDeclarationSyntax method)
    {
        var names = new HashSet<string>(method.ParameterList.Parameters.Select(p => p.Identifier.ValueText));
        foreach (var node in method.DescendantNodes())
        {
            var identifier = node switch
            {
                VariableDeclaratorSyntax v => v.Identifier,
                ForEachStatementSyntax f => f.Identifier,
                CatchDeclarationSyntax c => c.Identifier,
                SingleVariableDesignationSyntax d => d.Identifier,
                ParameterSyntax p => p.Identifier,
                _ => default,
            };

            if (identifier.IsKind(SyntaxKind.IdentifierToken))
            {
                names.Add(identifier.ValueText);
            }
        }

        return names;
    }

    /// <summary>A one-to-one map between the two methods' local names.</summary>
    private sealed class NameMapping
    {
        private readonly Dictionary<string, string> _keptToCopy = new();
        private readonly Dictionary<string, string> _copyToKept = new();

        public void Declare(string kept, string copy)
        {
            _keptToCopy[kept] = copy;
            _copyToKept[copy] = kept;
        }

        public bool MapsCopy(string copy) => _copyToKept.ContainsKey(copy);

        public bool Use(string kept, string copy)
        {
            if (_keptToCopy.TryGetValue(kept, out var mapped) || _copyToKept.ContainsKey(copy))
            {
                return mapped == copy;
            }

            Declare(kept, copy);
            return true;
        }
    }
}
