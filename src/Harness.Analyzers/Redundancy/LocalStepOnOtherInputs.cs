using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// The shortest run there is, repeated inside its own member on other inputs: the same few steps applied to two
/// different pairs of the member's values (format a count with one format string, find a sentinel, protect the format;
/// later the same with another format and another template). A helper for it takes a parameter per input that differs
/// to save a few lines; reviewers called such reports a small local repeat. A repeat that reads the same values, or
/// differs in one of them (the same steps for another symbol), is still reported, and so is any longer run.
/// </summary>
internal static class LocalStepOnOtherInputs
{
    private const int MinDifferentInputs = 2;

    public static bool Is(MemberFingerprint member, BlockWindow repeat, SyntaxTree tree, TextSpan span, TextSpan repeatSpan)
    {
        if (repeat.Member != member)
        {
            return false;
        }

        var root = tree.GetRoot();
        if (DifferingNames.Of(root.DescendantTokens(span).ToList(), root.DescendantTokens(repeatSpan).ToList()) is not { } differing)
        {
            return false;
        }

        // A local the run declares itself may have another name in each copy: that is no other input.
        var declared = DeclaredNames.In(root, span);
        var repeatDeclared = DeclaredNames.In(root, repeatSpan);
        var inputs = new HashSet<(string Name, string RepeatName)>();
        foreach (var (name, repeatName) in differing)
        {
            if (!declared.Contains(name) && !repeatDeclared.Contains(repeatName))
            {
                inputs.Add((name, repeatName));
            }
        }

        return inputs.Count >= MinDifferentInputs;
    }
}
