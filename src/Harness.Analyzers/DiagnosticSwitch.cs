using Microsoft.CodeAnalysis;

namespace Harness.Analyzers;

/// <summary>Whether the compilation's options may let a diagnostic through.</summary>
internal static class DiagnosticSwitch
{
    /// <summary>
    /// Whether <paramref name="descriptor"/> may be reported: for a rule off by default, unless a rule set,
    /// <c>/warnaserror</c> or a global config raises it, work that only it needs can be skipped.
    /// </summary>
    public static bool MayReport(Compilation compilation, DiagnosticDescriptor descriptor)
    {
        if (compilation.Options.SpecificDiagnosticOptions.TryGetValue(descriptor.Id, out var specific))
        {
            return specific != ReportDiagnostic.Suppress;
        }

        if (compilation.Options.SyntaxTreeOptionsProvider is { } provider && provider.TryGetGlobalDiagnosticValue(descriptor.Id, default, out var global))
        {
            return global != ReportDiagnostic.Suppress;
        }

        return descriptor.IsEnabledByDefault;
    }
}
