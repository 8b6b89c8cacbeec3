using System;

namespace Harness.Analyzers.Benchmarks.Measurement;

/// <summary>An analyzer threw (or reported AD0001) during a probe: the run ends with exit code 1.</summary>
internal sealed class AnalyzerFailedException : InvalidOperationException
{
    public AnalyzerFailedException(string message)
        : base(message)
    {
    }
}
