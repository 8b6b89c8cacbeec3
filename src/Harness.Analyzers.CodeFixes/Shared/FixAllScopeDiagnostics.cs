using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Harness.Analyzers.CodeFixes;

/// <summary>The findings a FixAll is asked to fix, with the project of each: those of its document, project or solution.</summary>
internal static class FixAllScopeDiagnostics
{
    public static async Task<List<(Project Project, Diagnostic Diagnostic)>> GetAsync(FixAllContext fixAllContext)
    {
        var findings = new List<(Project Project, Diagnostic Diagnostic)>();
        switch (fixAllContext.Scope)
        {
            case FixAllScope.Document when fixAllContext.Document is { } document:
                findings.AddRange((await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false)).Select(d => (document.Project, d)));
                break;
            case FixAllScope.Project:
                findings.AddRange((await fixAllContext.GetAllDiagnosticsAsync(fixAllContext.Project).ConfigureAwait(false)).Select(d => (fixAllContext.Project, d)));
                break;
            case FixAllScope.Solution:
                foreach (var project in fixAllContext.Solution.Projects)
                {
                    findings.AddRange((await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false)).Select(d => (project, d)));
                }

                break;
        }

        return findings;
    }
}
