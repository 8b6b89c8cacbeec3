using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Which local is which, for exact codes: parameters keep their place in the signature (<c>P(a) - P(b)</c> in
/// <c>F(a, b)</c> is not <c>P(b) - P(a)</c> in <c>G(a, b)</c>), other locals are numbered by first use. Parameters
/// count down from -1 and locals up from 1, so an added parameter does not renumber the locals.
/// </summary>
internal sealed class LocalNumbering
{
    private readonly Dictionary<string, int> _numbers = new();
    private int _locals;

    public LocalNumbering(IEnumerable<SyntaxToken> parameterNames)
    {
        foreach (var parameter in parameterNames)
        {
            if (!parameter.IsMissing && !_numbers.ContainsKey(parameter.ValueText))
            {
                _numbers.Add(parameter.ValueText, -1 - _numbers.Count);
            }
        }
    }

    public int Of(string name)
    {
        if (!_numbers.TryGetValue(name, out var number))
        {
            number = ++_locals;
            _numbers.Add(name, number);
        }

        return number;
    }
}
