using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>Where a fingerprinted member is declared and what it is, as read from its syntax.</summary>
internal sealed record MemberDeclaration(
    TextSpan NameSpan,
    TextSpan Span,
    string Name,
    string Signature,
    string ContainingType,
    string TypeKey,
    int Statements,
    bool IsPlumbing,
    bool IsOverride);
