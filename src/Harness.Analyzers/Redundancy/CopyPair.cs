using System;

namespace Harness.Analyzers.Redundancy;

/// <summary>
/// Which pairs of look-alike members are findings a reviewer acts on, and which copy carries the one diagnostic.
/// </summary>
internal static class CopyPair
{
    private const string Visit = "Visit";

    /// <summary>
    /// Not a finding: overloads of one name in one type (the language cannot share typed overloads cheaply),
    /// a member and a local function declared inside it (their texts overlap), and two pieces of plumbing.
    /// </summary>
    public static bool IsFinding(MemberFingerprint member, MemberFingerprint other) =>
        !(member.TypeKey == other.TypeKey && member.Name == other.Name)
        && !(member.Tree == other.Tree && (member.Span.Contains(other.Span) || other.Span.Contains(member.Span)))
        && !(member.IsPlumbing && other.IsPlumbing);

    /// <summary>
    /// One diagnostic per pair, on the copy: the later one in file-path and source order, unless it is plumbing,
    /// which is the original a new member copied.
    /// </summary>
    public static bool ReportsOn(MemberFingerprint member, MemberFingerprint other)
    {
        if (member.IsPlumbing != other.IsPlumbing)
        {
            return other.IsPlumbing;
        }

        return FingerprintOrder.Compare(member, other) > 0;
    }

    /// <summary>
    /// Members of one shape that a design asks for one per kind: the overrides of one method in different types
    /// (each node's <c>WriteTo</c>) and the methods of a visitor (<c>VisitWhileStatement</c>, <c>VisitLockStatement</c>).
    /// Alike by design; an exact copy among overrides is still a finding, a near one is not.
    /// </summary>
    public static bool ArePolymorphicTwins(MemberFingerprint member, MemberFingerprint other) =>
        (member.IsOverride && other.IsOverride && member.Name == other.Name)
        || AreVisitorMethods(member, other);

    /// <summary>
    /// Two methods of a visitor (<c>VisitTupleType</c>, <c>VisitTupleExpression</c>): one per kind of node, even where two
    /// kinds are handled the same way (reviewers left such exact twins too).
    /// </summary>
    public static bool AreVisitorMethods(MemberFingerprint member, MemberFingerprint other) =>
        IsVisit(member.Name) && IsVisit(other.Name);

    private static bool IsVisit(string name) => name.Length > Visit.Length && name.StartsWith(Visit, StringComparison.Ordinal) && char.IsUpper(name[Visit.Length]);

    /// <summary>A rewrite and its original, in either order: reported as a versioned twin (HAR2005) only.</summary>
    public static bool IsVersionedPair(MemberFingerprint member, MemberFingerprint other, Configuration.RedundancySettings settings) =>
        VersionedTwinRule.IsRewriteOf(member, other, settings) || VersionedTwinRule.IsRewriteOf(other, member, settings);
}
