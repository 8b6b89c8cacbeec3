using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Harness.Analyzers.Redundancy;

/// <summary>What the clone index keeps of one member body. Belongs to its tree, so it is reused while the tree is.</summary>
internal sealed class MemberFingerprint
{
    public MemberFingerprint(SyntaxTree tree, MemberDeclaration declaration, NormalizedBody body, int[] shingles)
    {
        Tree = tree;
        NameSpan = declaration.NameSpan;
        Span = declaration.Span;
        Name = declaration.Name;
        Signature = declaration.Signature;
        ContainingType = declaration.ContainingType;
        TypeKey = declaration.TypeKey;
        Statements = declaration.Statements;
        IsPlumbing = declaration.IsPlumbing;
        IsOverride = declaration.IsOverride;
        Codes = body.Codes;
        ExactHash = body.ExactHash;
        Shingles = shingles;
    }

    public SyntaxTree Tree { get; }

    /// <summary>The member's name token, where its findings are reported.</summary>
    public TextSpan NameSpan { get; }

    /// <summary>The whole declaration: a local function lies inside the member that declares it.</summary>
    public TextSpan Span { get; }

    public string Name { get; }

    /// <summary>What tells it from its overloads, where its name alone does not: <c>explicit operator int(Token)</c>.</summary>
    public string Signature { get; }

    public string ContainingType { get; }

    /// <summary>Statements in the body, nested ones included; an expression body counts as one.</summary>
    public int Statements { get; }

    /// <summary>
    /// An override every type writes for itself (<c>ToString</c>, <c>Equals</c>, explicit interface members): never
    /// reported, but a new member that copies one is.
    /// </summary>
    public bool IsPlumbing { get; }

    /// <summary>An override: a type's own answer to what its base asks, such as a visitor's or writer's per-node method.</summary>
    public bool IsOverride { get; }

    /// <summary>The containing type with its namespace: members of one type, across partial declarations, share it.</summary>
    public string TypeKey { get; }

    /// <summary>How messages name it: <c>Orders.OrderService.Place</c>.</summary>
    public string Display => ContainingType.Length == 0 ? Signature : ContainingType + "." + Signature;

    public int[] Codes { get; }

    public ulong ExactHash { get; }

    /// <summary>Sampled hashes of token 5-grams: members that share many are candidates for near-duplicates.</summary>
    public int[] Shingles { get; }

    public Location Location => Location.Create(Tree, NameSpan);

    /// <summary>Where it is, as messages say it: <c>Orders.cs line 12</c>.</summary>
    public string Where => SourcePlace.Of(Tree, NameSpan);
}
