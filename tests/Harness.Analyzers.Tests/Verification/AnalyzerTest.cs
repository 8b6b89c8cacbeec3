using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Harness.Analyzers.Tests.Verification;

/// <summary>
/// Runs analyzers over the test project and asserts that they report exactly the expected diagnostics
/// (ID, file and exact span; message, severity and additional locations where given), that no analyzer
/// throws, and that the sources compile (unless <see cref="VerifierTest.AllowCompilerErrors"/>).
/// </summary>
public sealed class AnalyzerTest(params DiagnosticAnalyzer[] analyzers) : VerifierTest(ImmutableArray.Create(analyzers))
{
    /// <summary>One file, <c>/0/Test0.cs</c>, and the diagnostics its markup declares.</summary>
    public static Task VerifyAsync(DiagnosticAnalyzer analyzer, string markup)
    {
        var test = new AnalyzerTest(analyzer);
        test.Sources.Add(("/0/Test0.cs", markup));
        return test.RunAsync();
    }

    /// <exception cref="VerificationException">Something was not as expected.</exception>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        using var run = await StartAndVerifyAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The analyzers' diagnostics, without checking expectations or compiler errors (for fuzz and property tests);
    /// markup is still removed from the sources. Still fails if an analyzer throws.
    /// </summary>
    public async Task<ImmutableArray<Diagnostic>> GetAnalyzerDiagnosticsAsync(CancellationToken cancellationToken = default)
    {
        using var run = Start(cancellationToken);
        var result = await run.AnalyzeAsync(run.Solution, cancellationToken).ConfigureAwait(false);
        return result.AnalyzerDiagnostics;
    }
}
