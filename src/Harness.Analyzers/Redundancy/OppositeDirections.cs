using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Short runs shared by two members whose names differ by an antonym (<see cref="AntonymNames"/>): an output
/// visitor's <c>VisitConstructorDeclaration</c> and <c>VisitDestructorDeclaration</c> both writing the enclosing type's
/// name. The two directions of one thing are written alike by design, and a few lines of work they share are part of
/// that likeness; read on real code (ICSharpCode.Decompiler's output visitor) reviewers left such runs. A run that
/// returns or throws decides the outcome of both members (<c>Show</c> and <c>Hide</c> declining for one missing key):
/// that is one check worth one helper, and is still reported, and so is a longer run.
/// </summary>
internal static class OppositeDirections
{
    /// <summary>Past this many statements the shared run is worth a helper, whatever the members are named.</summary>
    public const int MaxStatements = 3;

    public static bool ShareShortRun(MemberFingerprint member, MemberFingerprint other, int statements, SyntaxTree tree, TextSpan span) =>
        statements <= MaxStatements
        && AntonymNames.Differ(member.Name, other.Name)
        && !RunStatements.Of(tree, span)
            .SelectMany(statement => statement.DescendantNodesAndSelf())
            .Any(node => node is ReturnStatementSyntax or ThrowStatementSyntax);
}
