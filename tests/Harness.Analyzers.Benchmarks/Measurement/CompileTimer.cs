using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Harness.Analyzers.Benchmarks.Measurement;

/// <summary>One compile of the corpus: parsing (measured apart, not compile time), then emit.</summary>
internal sealed record CompileSample(PhaseCost Parse, PhaseCost Compile, IReadOnlyList<Diagnostic> Errors, int Warnings);

/// <summary>
/// Times what the compiler does without analyzers: <c>Emit</c> to a <see cref="MemoryStream"/> on a fresh
/// compilation. Emit reports every diagnostic (declarations and method bodies) as <c>csc</c> does; a
/// separate <c>GetDiagnostics()</c> first would bind every method body twice (60k lines: 9.7 s against
/// 6.6 s), make "compile" half as long again as <c>csc</c>'s, and so understate the analyzers' share.
/// </summary>
internal sealed class CompileTimer
{
    private readonly CompilationFactory _factory;

    public CompileTimer(CompilationFactory factory) => _factory = factory;

    public CompileSample Run()
    {
        IReadOnlyList<SyntaxTree> trees = [];
        var parse = PhaseMeter.Measure(() => trees = _factory.Parse());
        var compilation = _factory.Create(trees);

        IReadOnlyList<Diagnostic> diagnostics = [];
        var compile = PhaseMeter.Measure(() => diagnostics = Emit(compilation));

        return new CompileSample(
            parse,
            compile,
            diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList(),
            diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
    }

    private static IReadOnlyList<Diagnostic> Emit(CSharpCompilation compilation)
    {
        using var peStream = new MemoryStream();
        return compilation.Emit(peStream).Diagnostics;
    }
}
