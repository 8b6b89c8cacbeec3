using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Harness.Analyzers.CodeFixes.Redundancy;

/// <summary>The solution after an extraction, the new method's name, and the documents that changed.</summary>
internal sealed class Extracted
{
    public Extracted(Solution solution, string methodName, ImmutableArray<DocumentId> documents)
    {
        Solution = solution;
        MethodName = methodName;
        Documents = documents;
    }

    public Solution Solution { get; }

    public string MethodName { get; }

    public ImmutableArray<DocumentId> Documents { get; }
}
