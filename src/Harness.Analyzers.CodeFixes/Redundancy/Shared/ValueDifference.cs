using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>
/// One value the copy changed: every place where the kept method has one expression and the copy another (or its
/// extra parameter). The same pair of values at several places is one difference, so it becomes one parameter.
/// </summary>
internal sealed class ValueDifference
{
    public ValueDifference(ExpressionSyntax keptValue, ExpressionSyntax copyValue, ParameterSyntax? copyParameter)
    {
        KeptValue = keptValue;
        CopyValue = copyValue;
        CopyParameter = copyParameter;
    }

    /// <summary>The kept method's expression at the first place.</summary>
    public ExpressionSyntax KeptValue { get; }

    /// <summary>The copy's expression at the first place: a value, or a use of <see cref="CopyParameter"/>.</summary>
    public ExpressionSyntax CopyValue { get; }

    /// <summary>The copy's extra parameter, when the copy passes this value in rather than writing another one.</summary>
    public ParameterSyntax? CopyParameter { get; }

    /// <summary>Every place in the kept method, the first included.</summary>
    public List<ExpressionSyntax> KeptSites { get; } = new();

    /// <summary>Every place in the copy, at the same positions as <see cref="KeptSites"/>.</summary>
    public List<ExpressionSyntax> CopySites { get; } = new();
}
