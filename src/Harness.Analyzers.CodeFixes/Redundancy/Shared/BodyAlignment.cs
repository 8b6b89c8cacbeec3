using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// Lines up the syntax trees of the kept method's body and its copy's. The copy is a rename of the kept method when
/// its locals and parameters map one-to-one onto the kept method's (parameters position by position) and every other
/// token is the same; what may differ are values (<see cref="ValueExpression"/>): one expression in place of another,
/// or a value the copy turned into one of its extra, last parameters.
/// </summary>
internal sealed class BodyAlignment
{
    /// <summary>More extra parameters than this, and the copy is a member of its own rather than a copy with values passed in.</summary>
    private const int MaxExtraParameters = 3;

    private readonly NameMapping _names = new();
    private readonly HashSet<string> _keptLocals;
    private readonly HashSet<string> _copyLocals;
    private readonly IReadOnlyList<ParameterSyntax> _extras;
    private readonly List<(ExpressionSyntax Kept, ExpressionSyntax Copy)> _sites = new();

    private BodyAlignment(MethodDeclarationSyntax kept, MethodDeclarationSyntax copy, IReadOnlyList<ParameterSyntax> extras)
    {
        _keptLocals = DeclaredNames.In(kept);
        _copyLocals = DeclaredNames.In(copy);
        _extras = extras;
    }

    /// <summary>The values that differ, each pair of values once, in the order of their first place.</summary>
    public IReadOnlyList<ValueDifference> Differences { get; private set; } = new List<ValueDifference>();

    /// <summary>The copy's parameters after the kept method's: each stands for one of <see cref="Differences"/>.</summary>
    public IReadOnlyList<ParameterSyntax> CopyExtraParameters => _extras;

    public bool IsIdentical => Differences.Count == 0;

    public static BodyAlignment? Align(MethodDeclarationSyntax kept, MethodDeclarationSyntax copy)
    {
        var keptParameters = kept.ParameterList.Parameters;
        var copyParameters = copy.ParameterList.Parameters;
        var extraCount = copyParameters.Count - keptParameters.Count;
        SyntaxNode? keptBody = (SyntaxNode?)kept.Body ?? kept.ExpressionBody;
        SyntaxNode? copyBody = (SyntaxNode?)copy.Body ?? copy.ExpressionBody;
        if (extraCount is < 0 or > MaxExtraParameters || keptBody is null || copyBody is null)
        {
            return null;
        }

        var alignment = new BodyAlignment(kept, copy, copyParameters.Skip(keptParameters.Count).ToList());
        for (var i = 0; i < keptParameters.Count; i++)
        {
            alignment._names.Declare(keptParameters[i].Identifier.ValueText, copyParameters[i].Identifier.ValueText);
        }

        // An extra parameter must stand only where the kept method has a value, never for one of its locals.
        if (!alignment.Match(keptBody, copyBody) || alignment._extras.Any(e => alignment._names.MapsCopy(e.Identifier.ValueText)))
        {
            return null;
        }

        return alignment.Group() ? alignment : null;
    }

    private bool Match(SyntaxNode kept, SyntaxNode copy)
    {
        if (kept.RawKind == copy.RawKind)
        {
            var mark = _sites.Count;
            if (ChildrenMatch(kept, copy))
            {
                return true;
            }

            _sites.RemoveRange(mark, _sites.Count - mark);
        }

        // The smallest differing expressions that are values, so that the parameter replaces as little as it can.
        if (kept is ExpressionSyntax keptValue && copy is ExpressionSyntax copyValue
            && ValueExpression.IsSite(keptValue) && ValueExpression.IsSite(copyValue)
            && ValueExpression.IsValue(keptValue, _keptLocals) && (ExtraParameter(copyValue) is not null || ValueExpression.IsValue(copyValue, _copyLocals)))
        {
            _sites.Add((keptValue, copyValue));
            return true;
        }

        return false;
    }

    private bool ChildrenMatch(SyntaxNode kept, SyntaxNode copy)
    {
        var keptChildren = kept.ChildNodesAndTokens();
        var copyChildren = copy.ChildNodesAndTokens();
        if (keptChildren.Count != copyChildren.Count)
        {
            return false;
        }

        for (var i = 0; i < keptChildren.Count; i++)
        {
            var (a, b) = (keptChildren[i], copyChildren[i]);
            var matches = a.IsNode && b.IsNode ? Match(a.AsNode()!, b.AsNode()!) : a.IsToken && b.IsToken && TokenMatch(a.AsToken(), b.AsToken());
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Locals match through the renaming; any other token only itself.</summary>
    private bool TokenMatch(SyntaxToken kept, SyntaxToken copy)
    {
        var keptLocal = kept.IsKind(SyntaxKind.IdentifierToken) && _keptLocals.Contains(kept.ValueText);
        var copyLocal = copy.IsKind(SyntaxKind.IdentifierToken) && _copyLocals.Contains(copy.ValueText);
        if (keptLocal || copyLocal)
        {
            return keptLocal && copyLocal && _names.Use(kept.ValueText, copy.ValueText);
        }

        return kept.RawKind == copy.RawKind && (kept.IsKind(SyntaxKind.IdentifierToken) ? kept.ValueText == copy.ValueText : kept.Text == copy.Text);
    }

    private ParameterSyntax? ExtraParameter(ExpressionSyntax copyValue) =>
        copyValue is IdentifierNameSyntax name ? _extras.FirstOrDefault(e => e.Identifier.ValueText == name.Identifier.ValueText) : null;

    /// <summary>One difference per pair of values; each extra parameter stands for exactly one value of the kept method.</summary>
    private bool Group()
    {
        var differences = new Dictionary<(string, string), ValueDifference>();
        foreach (var (kept, copy) in _sites)
        {
            var parameter = ExtraParameter(copy);
            var key = (Text(kept), parameter is null ? Text(copy) : "\0" + parameter.Identifier.ValueText);
            if (!differences.TryGetValue(key, out var difference))
            {
                differences.Add(key, difference = new ValueDifference(kept, copy, parameter));
            }

            difference.KeptSites.Add(kept);
            difference.CopySites.Add(copy);
        }

        Differences = differences.Values.ToList();
        return _extras.All(e => Differences.Count(d => d.CopyParameter == e) == 1);
    }

    private static string Text(SyntaxNode node) => string.Join(" ", node.DescendantTokens().Select(t => t.Text));

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
