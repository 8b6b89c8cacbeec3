using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace Harness.Analyzers.Benchmarks.Measurement;

/// <summary>
/// One compile of the corpus: parsing (measured apart, not compile time), then emit. <see cref="Emitted"/> is false
/// when Emit stopped on errors: it still binds every declaration and method body and reports their diagnostics (the
/// work of <c>GetDiagnostics()</c>), but lowers and writes no IL, so such a "compile" is cheaper than a build's.
/// </summary>
internal sealed record CompileSample(PhaseCost Parse, PhaseCost Compile, IReadOnlyList<Diagnostic> Errors, int Warnings, bool Emitted);

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

        EmitResult? result = null;
        var compile = PhaseMeter.Measure(() => result = Emit(compilation));

        var diagnostics = result!.Diagnostics;
        return new CompileSample(
            parse,
            compile,
            diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList(),
            diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
            result.Success);
    }

    private static EmitResult Emit(CSharpCompilation compilation)
    {
        using var peStream = new MemoryStream();
        return compilation.Emit(peStream);
    }
}
