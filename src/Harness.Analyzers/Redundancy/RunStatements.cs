using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>The statements of a reported run, read back from its span: the run's rules judge them by their syntax.</summary>
internal static class RunStatements
{
    public static List<StatementSyntax> Of(SyntaxTree tree, TextSpan span)
    {
        var container = tree.GetRoot().FindNode(span, getInnermostNodeForTie: true);
        return container.ChildNodes().OfType<StatementSyntax>().Where(statement => span.Contains(statement.Span)).ToList();
    }
}
