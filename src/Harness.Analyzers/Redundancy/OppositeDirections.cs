namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Short runs shared by two members whose names differ by an antonym (<see cref="AntonymNames"/>): an output
/// visitor's <c>VisitConstructorDeclaration</c> and <c>VisitDestructorDeclaration</c> both writing the enclosing type's
/// name, a getter and a setter both finding their slot. The two directions of one thing are written alike by design, and
/// a few lines they share are part of that likeness; read on real code (ICSharpCode.Decompiler's output visitor)
/// reviewers left such runs. A longer run is shared work worth one helper, and is still reported.
/// </summary>
internal static class OppositeDirections
{
    /// <summary>Past this many statements the shared run is worth a helper, whatever the members are named.</summary>
    public const int MaxStatements = 3;

    public static bool ShareShortRun(MemberFingerprint member, MemberFingerprint other, int statements) =>
        statements <= MaxStatements && AntonymNames.Differ(member.Name, other.Name);
}
