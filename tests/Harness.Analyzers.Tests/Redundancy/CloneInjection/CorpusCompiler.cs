using System.Collections.Generic;
using System.Linq;
using Harness.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.Tests.Redundancy.CloneInjection;

/// <summary>The errors of a compiled corpus (which <see cref="TestProject"/> builds as it builds every test project).</summary>
internal static class CorpusCompiler
{
    public static List<Diagnostic> Errors(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    /// <summary>
    /// The errors a compiled corpus can have gained from injected methods: in declarations anywhere, and in the bodies
    /// of those methods. Other bodies compiled before, and injected members and classes take fresh names, so binding
    /// them again would only cost time.
    /// </summary>
    public static List<Diagnostic> ErrorsIn(Compilation compilation, IEnumerable<MemberKey> methods)
    {
        var errors = compilation.GetDeclarationDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var trees = compilation.SyntaxTrees.ToDictionary(t => t.FilePath, System.StringComparer.Ordinal);
        foreach (var group in methods.GroupBy(m => m.FilePath))
        {
            var tree = trees[group.Key];
            var model = compilation.GetSemanticModel(tree);
            foreach (var method in group)
            {
                var span = MemberLocator.Find(tree.GetRoot(), method).Span;
                errors.AddRange(model.GetDiagnostics(span).Where(d => d.Severity == DiagnosticSeverity.Error));
            }
        }

        return errors;
    }

    /// <summary>An error with the line it is on, for failure messages.</summary>
    public static string Describe(Diagnostic error) =>
        $"{error}\n    {error.Location.SourceTree!.GetText().Lines[error.Location.GetLineSpan().StartLinePosition.Line].ToString().Trim()}";
}
