using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Tests.Verification;

/// <summary>An additional file (say, <c>harness.rules</c>) as analyzers see it.</summary>
internal sealed class TestAdditionalText(string path, SourceText text) : AdditionalText
{
    public override string Path => path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}
