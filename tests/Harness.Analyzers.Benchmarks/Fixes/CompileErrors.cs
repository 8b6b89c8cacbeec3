using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Benchmarks.Fixes;

/// <summary>
/// A compilation's errors, compared as a multiset of (ID, message): a fix shifts lines, so locations cannot be
/// compared, and the corpora never compile cleanly (their source generators and packages are missing), so only errors
/// beyond those already there count against a fix.
/// </summary>
internal sealed class CompileErrors
{
    private readonly IReadOnlyList<Diagnostic> _errors;

    private CompileErrors(IReadOnlyList<Diagnostic> errors) => _errors = errors;

    public int Count => _errors.Count;

    public static CompileErrors Of(Compilation compilation)
        => new(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList());

    /// <summary>The errors here beyond the count of their (ID, message) in <paramref name="before"/>, in compiler order.</summary>
    public IReadOnlyList<Diagnostic> NewSince(CompileErrors before)
    {
        var left = before._errors.GroupBy(Key).ToDictionary(g => g.Key, g => g.Count());
        var added = new List<Diagnostic>();
        foreach (var error in _errors)
        {
            var key = Key(error);
            if (left.GetValueOrDefault(key) > 0)
            {
                left[key]--;
            }
            else
            {
                added.Add(error);
            }
        }

        return added;
    }

    private static (string, string) Key(Diagnostic error) => (error.Id, error.GetMessage(CultureInfo.InvariantCulture));
}
