using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>Where a fingerprinted member is declared and what it is, as read from its syntax.</summary>
internal sealed record MemberDeclaration(
    TextSpan NameSpan,
    TextSpan Span,
    string Name,
    string Signature,
    string ContainingNamespace,
    string ContainingType,
    int Statements,
    bool IsPlumbing,
    bool IsOverride)
{
    /// <summary>The containing type with its namespace: members of one type, across partial declarations, share it.</summary>
    public string TypeKey => ContainingNamespace + "|" + ContainingType;
}
